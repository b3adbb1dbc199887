import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSettled } from '../support/accessibility.js';
import { demoServer, roleSession } from '../support/journey.js';
import { describeProblems, fitsWindow, phoneProblems } from '../support/phone.js';

/**
 * Every page of every role as a phone shows it (375 px, issue 18): each page
 * of the role's menu, and the pages reached from them, is opened and measured
 * (test/support/phone.ts): nothing reaches past the screen outside a table's
 * own scrolling box, every target is at least 24 × 24 px or spaced as WCAG
 * 2.5.8 allows, a table that is cards names each value by its column, no
 * text is cut off (a chart's included), and no field's hint runs over the next field. A date field's calendar and a confirmation dialog must fit
 * the screen. One server, one sign-in per role.
 *
 * With ATTUNE_PHONE_SHOTS=<directory>, full-page screenshots of each page at
 * 375 and at 1366 px are written there, to look at.
 */
const SHOTS = process.env['ATTUNE_PHONE_SHOTS'];
const PHONE = { width: 375, height: 740 };

const ROLES: Record<string, string> = {
  admin: 'admin@attune.test',
  supervisor: 'supervisor@attune.test',
  la_manager: 'la.manager@attune.test',
  practitioner: 'practitioner@attune.test',
  economist: 'economist@attune.test',
};

/** Pages in no menu, by role: `{p}` is the programme's id, `{family}` a family's reference. */
const MORE_PAGES: Record<string, string[]> = {
  supervisor: ['/p/{p}/supervision/milestones', '/p/{p}/supervision/training-events'],
  la_manager: ['/p/{p}/families/{family}', '/p/{p}/capacity/P-LA1-06'],
  admin: ['/choose-programme'],
};

/**
 * The tables that may scroll sideways in their own box on a phone, by caption:
 * grids read across (a month by person and activity), not lists people scan,
 * which are cards (CardsOnPhone).
 */
const SIDEWAYS: RegExp[] = [
  /, as a table$/, // a chart's figures, below the chart
  /^Referrals (and randomisations by month|that never started)/,
  /^(Programme|By local authority|By practitioner)$/, // fidelity's measures side by side
  /^One-way sensitivity/,
];

async function screenshot(page: Page, role: string, path: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const slug = path.replace(/^\/p\/[^/]+/, '').replace(/[^a-z0-9]+/gi, '-') || 'root';
  // In screen-high pieces, to look at one at a time.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, n = 0; y < height && n < 12; y += 1100, n++) {
    const clip = { x: 0, y, width: PHONE.width, height: Math.min(1100, height - y) };
    await page.screenshot({
      path: join(SHOTS, `${role}${slug}-375-${n}.png`),
      fullPage: true,
      clip,
    });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(SHOTS, `${role}${slug}-1366.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(200);
}

/**
 * Opens the page's first date field's calendar and checks that it fits, then
 * closes it with Escape. (Material's calendar stays open after the first
 * Escape in headless Chromium, at every width, and closes at the second:
 * reported with issue 18's findings, not asserted here.)
 */
async function calendarProblems(page: Page, where: string): Promise<string[]> {
  const toggle = page.locator('mat-datepicker-toggle button').first();
  if ((await toggle.count()) === 0 || !(await toggle.isVisible())) return [];
  await toggle.click();
  const calendar = page.locator('.mat-datepicker-content');
  await calendar.waitFor();
  await page.locator('.mat-calendar-body-active:focus').waitFor();
  const problem = await fitsWindow(page, '.mat-datepicker-content');
  for (let press = 0; press < 3 && (await calendar.count()) > 0; press++) {
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached', timeout: 1000 }).catch(() => undefined);
  }
  await calendar.waitFor({ state: 'detached' });
  return problem ? [`${where}: calendar: ${problem}`] : [];
}

describe('every page at 375 px in Chromium, measured as a phone shows it', () => {
  const demo = demoServer();

  for (const [role, email] of Object.entries(ROLES)) {
    describe(role, () => {
      const session = roleSession(demo, 375, email);

      it('fits the screen, with targets a finger can press and cards that name their values', async () => {
        const { page, problems: pageProblems } = session.browser;
        let family = '';
        if (role === 'la_manager') {
          const listed = await page.request.get(
            `${demo.server.url}/api/programmes/${session.programmeId}/families`,
          );
          family = ((await listed.json()) as { items: Array<{ reference: string }> }).items[0]!
            .reference;
        }
        const more = (MORE_PAGES[role] ?? []).map((path) =>
          path.replace('{p}', session.programmeId).replace('{family}', family),
        );
        // The menu lists the pages once the programme is known.
        // (Folded behind the Menu button at this width, so read from the page, not the a11y tree.)
        const links = page.locator('#main-nav a[href]');
        await links.nth(1).waitFor({ state: 'attached' });
        const menu = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
        const paths = ['/home', ...menu.filter((p) => p !== '/home'), ...more];
        assert.ok(paths.length >= 3, `${role} has a menu`);

        const found: string[] = [];
        for (const path of paths) {
          await openSettled(page, `${demo.server.url}${path}`);
          await screenshot(page, role, path);
          const measured = await phoneProblems(page);
          found.push(...describeProblems(path, measured));
          for (const table of measured.sidewaysTables) {
            if (!SIDEWAYS.some((allowed) => allowed.test(table))) {
              found.push(`${path}: scrolls sideways, should be cards: ${table}`);
            }
          }
          found.push(...(await calendarProblems(page, path)));
        }

        // The menu, opened: its entries are full-width targets, and it fits too.
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.locator('button[aria-controls="main-nav"][aria-expanded="true"]').waitFor();
        found.push(...describeProblems('the open menu', await phoneProblems(page)));
        await page.getByRole('button', { name: 'Menu' }).click();

        assert.deepEqual(found, [], found.join('\n'));
        assert.deepEqual(pageProblems.pageErrors, [], 'no uncaught errors');
      });
    });
  }

  describe('a confirmation at 375 px', () => {
    const session = roleSession(demo, 375, 'la.manager@attune.test');

    it('fits the screen, its buttons on it', async () => {
      const { page } = session.browser;
      await openSettled(page, `${demo.server.url}/p/${session.programmeId}/sign-off`);
      await page.getByRole('button', { name: /^Sign off/ }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'la_manager-sign-off-dialog-375.png') });
      assert.equal(await fitsWindow(page, '[role="alertdialog"]'), null);
      const problems = describeProblems('the sign-off dialog', await phoneProblems(page));
      assert.deepEqual(problems, [], problems.join('\n'));
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
    });
  });
});
