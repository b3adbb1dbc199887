import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser } from '../support/browser.js';
import { openFromNav } from '../support/journey.js';
import { type DemoAccount, demoAccountsFrom } from '../support/demo-accounts.js';
import { repositoryRoot } from '../support/paths.js';
import { type RunningServer, startServer } from '../support/server.js';

/**
 * The screenshots of docs/user-guide.md: each role signs in, sees its home
 * page's figures, then opens its main page, at 1366 px; then three phone
 * views at 375 px (the menu, a caseload as cards, a cost chart). The journey runs with
 * every `npm test` (so the guide's steps stay true); the PNGs are written to
 * docs/images/ only with ATTUNE_SCREENSHOTS=1, because their bytes change with
 * every run (dates, font rendering) and writing them each time would dirty the
 * work tree. Regenerate after a visible change:
 *   ATTUNE_SCREENSHOTS=1 npm test -w @attune/test -- browser/user-guide.spec.ts
 */
const WRITE = process.env['ATTUNE_SCREENSHOTS'] === '1';
const imagesDir = join(repositoryRoot, 'docs', 'images');

/** Each role's home figures (its first question) and the page it goes to next. */
const JOURNEYS: Record<string, { figures: string; page: string; heading: string | RegExp }> = {
  la_manager: { figures: 'capacity-overview', page: 'Capacity', heading: 'Capacity' },
  supervisor: { figures: 'pace-overview', page: 'Accreditation', heading: /Accreditation/ },
  practitioner: { figures: 'my-families-overview', page: 'My families', heading: 'My families' },
  economist: { figures: 'costs-overview', page: 'Costs', heading: 'Costs' },
  admin: { figures: 'programme-status', page: 'Programmes', heading: 'Programmes' },
};

describe('the user guide, in Chromium at 1366 px', () => {
  let server: RunningServer;
  let accounts: DemoAccount[];
  let password: string;

  beforeAll(async () => {
    server = await startServer();
    ({ accounts, password } = demoAccountsFrom(server.output()));
    if (WRITE) mkdirSync(imagesDir, { recursive: true });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('shows every role its figures on the home page, then its main page', async () => {
    assert.deepEqual(
      accounts.map((a) => a.role).sort(),
      Object.keys(JOURNEYS).sort(),
      'a journey for each demo role',
    );
    for (const account of accounts) {
      const journey = JOURNEYS[account.role]!;
      const browser = await openBrowser();
      try {
        const { page, problems } = browser;
        await page.setViewportSize({ width: 1366, height: 900 });
        await page.goto(`${server.url}/sign-in`);
        await page.getByLabel('Email address').fill(account.email);
        await page.getByLabel('Password', { exact: true }).fill(password);
        await page.getByLabel('Password', { exact: true }).press('Enter');
        await page.waitForURL('**/home');
        await page.getByTestId(journey.figures).waitFor();
        const home = await page.screenshot({
          fullPage: true,
          ...(WRITE ? { path: join(imagesDir, `home-${account.role}.png`) } : {}),
        });
        assert.ok(home.length > 10_000, `${account.role}'s home page was drawn`);

        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: journey.page, exact: true })
          .click();
        await page.getByRole('heading', { level: 1, name: journey.heading }).waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({
          fullPage: false,
          ...(WRITE ? { path: join(imagesDir, `${account.role}-main.png`) } : {}),
        });
        assert.deepEqual(problems.pageErrors, [], `${account.role}: no uncaught errors`);
      } finally {
        await browser.close();
      }
    }
  });

  it('shows the phone layout: the menu, a caseload as cards, a cost chart', async () => {
    const phone = async (role: string, run: (page: Page) => Promise<void>): Promise<void> => {
      const account = accounts.find((a) => a.role === role)!;
      const browser = await openBrowser();
      try {
        const { page, problems } = browser;
        await page.setViewportSize({ width: 375, height: 740 });
        await page.goto(`${server.url}/sign-in`);
        await page.getByLabel('Email address').fill(account.email);
        await page.getByLabel('Password', { exact: true }).fill(password);
        await page.getByLabel('Password', { exact: true }).press('Enter');
        await page.waitForURL('**/home');
        await run(page);
        assert.deepEqual(problems.pageErrors, [], `${role}: no uncaught errors`);
      } finally {
        await browser.close();
      }
    };
    const shot = async (page: Page, name: string): Promise<void> => {
      await page.waitForLoadState('networkidle');
      const png = await page.screenshot(WRITE ? { path: join(imagesDir, name) } : {});
      assert.ok(png.length > 10_000, `${name} was drawn`);
    };

    // The practitioner's menu, folded behind the Menu button on a phone.
    await phone('practitioner', async (page) => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await shot(page, 'phone-menu-practitioner.png');
    });
    // The LA manager's capacity: each practitioner a card, each value named.
    await phone('la_manager', async (page) => {
      await openFromNav(page, 'Capacity');
      const card = page.locator('table.cards-on-phone tbody tr').first();
      await card.waitFor();
      await card.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -120));
      await shot(page, 'phone-capacity-la_manager.png');
    });
    // The economist's costs by LA: a chart drawn for the phone's width, labels above the bars.
    await phone('economist', async (page) => {
      await openFromNav(page, 'Costs');
      const chart = page.getByRole('figure', { name: 'Total cost by local authority' });
      await chart.waitFor();
      await chart.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -60));
      await shot(page, 'phone-costs-economist.png');
    });
  });
});
