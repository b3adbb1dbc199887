import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  WIDTHS,
  accessibilityProblems,
  navAddresses,
  openSettled,
  signInByKeyboard,
} from '../support/accessibility.js';
import { openBrowser } from '../support/browser.js';
import { type DemoAccount, demoAccountsFrom } from '../support/demo-accounts.js';
import { type RunningServer, startServer } from '../support/server.js';

/**
 * axe-core on every page of the portal, at 1366 and 375 px, for the role that
 * opens it: each address of the navigation (read from each role's menu, so a
 * new entry is checked as soon as it is listed) goes to the first role below
 * whose menu has it, so each page is visited once per width; every role's home
 * page; and the pages reached from others (a family, a practitioner's
 * capacity, supervision's milestones and training events, the programme
 * chooser, the page an unknown address shows). Fails on any WCAG 2.0/2.1/2.2
 * A or AA violation and on any page that scrolls sideways at 375 px.
 */
const ROLE_ORDER = ['practitioner', 'supervisor', 'la_manager', 'economist', 'admin'] as const;

/** Pages that are in no menu, by role: `{p}` is the programme's id, `{family}` a family's reference. */
const MORE_PAGES: Record<string, string[]> = {
  supervisor: ['/p/{p}/supervision/milestones', '/p/{p}/supervision/training-events'],
  la_manager: ['/p/{p}/families/{family}', '/p/{p}/capacity/P-LA1-06'],
  admin: ['/choose-programme', '/no-such-page'],
};

describe('accessibility of every page in Chromium (axe-core, 1366 and 375 px)', () => {
  let server: RunningServer;
  let accounts: DemoAccount[];
  let password: string;
  /** Addresses already given to an earlier role. */
  const visited = new Set<string>(['/home', '/health']);

  beforeAll(async () => {
    server = await startServer();
    ({ accounts, password } = demoAccountsFrom(server.output()));
  });

  afterAll(async () => {
    await server?.stop();
  });

  async function checkPages(page: Page, paths: string[]): Promise<string[]> {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width > 600 ? 800 : 740 });
      for (const path of paths) {
        await openSettled(page, `${server.url}${path}`);
        problems.push(...(await accessibilityProblems(page, `${path} at ${width} px`)));
      }
    }
    return problems;
  }

  it('signed out: sign-in and system health', async () => {
    const browser = await openBrowser();
    try {
      const problems = await checkPages(browser.page, ['/sign-in', '/health']);
      assert.deepEqual(problems, [], problems.join('\n'));
    } finally {
      await browser.close();
    }
  });

  for (const role of ROLE_ORDER) {
    it(`${role}: home and the pages of its menu`, async () => {
      const account = accounts.find((a) => a.role === role);
      assert.ok(account, `a demo account for ${role}`);
      const browser = await openBrowser();
      try {
        const { page } = browser;
        await page.goto(`${server.url}/sign-in`);
        await signInByKeyboard(page, account, password);
        const mine = (await navAddresses(page)).filter((path) => !visited.has(path));
        mine.forEach((path) => visited.add(path));

        // The demo programme's id and a family of the LA manager's, for the pages in no menu.
        const programmes = await page.request.get(`${server.url}/api/programmes`);
        const programmeId = ((await programmes.json()) as { items: Array<{ id: string }> }).items[0]
          ?.id;
        assert.ok(programmeId, 'the demo programme');
        let family = '';
        if (role === 'la_manager') {
          const listed = await page.request.get(
            `${server.url}/api/programmes/${programmeId}/families`,
          );
          const { items } = (await listed.json()) as { items: Array<{ reference: string }> };
          family = items[0]?.reference ?? '';
          assert.ok(family, 'the demo programme has a family in LA1');
        }
        const more = (MORE_PAGES[role] ?? []).map((path) =>
          path.replace('{p}', programmeId).replace('{family}', family),
        );

        const problems = await checkPages(page, ['/home', ...mine, ...more]);
        assert.deepEqual(problems, [], problems.join('\n'));
      } finally {
        await browser.close();
      }
    });
  }
});
