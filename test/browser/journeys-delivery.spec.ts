import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  WIDTHS,
  apiGet,
  assertFits,
  confirmDialog,
  openFromNav,
  shownDate,
  demoServer,
  roleSession,
} from '../support/journey.js';

interface SessionRow {
  id: string;
  date: string;
  contactMinutes: number;
  familyReference: string;
  locked: boolean;
}

/**
 * The practitioner's and the LA manager's main jobs at 1366 and 375 px: a
 * practitioner logs a family session and corrects its minutes, refers a
 * family, reads their own progress, and logs time, corrects it and deletes
 * it; LA1's manager reads capacity and caseloads, lists families by status
 * and overdue, and deletes a session. The LA manager's referral, time import
 * and sign-off are journeys-la-manager.spec (README.md here).
 */
describe('practitioner and LA manager journeys in Chromium', () => {
  const demo = demoServer();

  for (const width of WIDTHS) {
    describe(`practitioner at ${width} px`, () => {
      const session = roleSession(demo, width, 'practitioner@attune.test');

      it('logs a family session, then corrects its minutes', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'My families');
        const day = width === 1366 ? '2022-06-23' : '2022-06-24';
        const [y, m, d] = day.split('-');
        const minutes = width === 1366 ? 47 : 53;
        await page.getByRole('textbox', { name: 'Date', exact: true }).fill(`${d}/${m}/${y}`);
        await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption('other');
        await page.getByRole('spinbutton', { name: 'Contact minutes' }).fill(String(minutes));
        await page.getByRole('button', { name: 'Log session' }).click();
        await page
          .getByText(new RegExp(`^Logged the .* session of ${shownDate(day)} with F-LA1-\\d+\\.$`))
          .waitFor();
        await assertFits(page, width, 'My families');

        const sessions = async () =>
          (
            (await (
              await page.request.get(
                `${demo.server.url}/api/programmes/${session.programmeId}/family-sessions?pageSize=100`,
              )
            ).json()) as { items: SessionRow[] }
          ).items;
        const logged = (await sessions()).find(
          (s) => s.date === day && s.contactMinutes === minutes,
        );
        assert.ok(logged, 'the API has the session');

        const row = page.locator(`[data-testid="family-sessions"] tr[data-id="${logged.id}"]`);
        await row.getByRole('button', { name: /^Edit/ }).click();
        const form = page.getByRole('form', { name: /^Edit the session of/ });
        await form.waitFor();
        await form.getByRole('spinbutton', { name: 'Contact minutes' }).fill(String(minutes + 10));
        await form.getByRole('button', { name: 'Save session' }).click();
        await page
          .getByText(
            new RegExp(
              `^Saved the session of ${shownDate(day)} with ${logged.familyReference}\\.$`,
            ),
          )
          .waitFor();
        const saved = (await sessions()).find((s) => s.id === logged.id);
        assert.equal(saved?.contactMinutes, minutes + 10);
        assert.deepEqual(problems.pageErrors, []);
      });

      it('refers a family to their LA from My families', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'My families');
        const refer = page.getByRole('heading', { level: 2, name: 'Refer a family' });
        await refer.waitFor();
        // Found without scrolling past every session logged: the form comes before that list.
        const recent = page.getByRole('heading', { level: 2, name: 'Recent sessions' });
        assert.ok((await refer.boundingBox())!.y < (await recent.boundingBox())!.y);
        await page.getByLabel('Referral date', { exact: true }).fill('01/03/2022');
        await page.getByLabel("Child's birth month").fill('2021-10');
        await page.getByLabel('Plan at referral').selectOption('CP');
        await page.getByText('Eligible: under 12 months old at referral').waitFor();
        await page.getByRole('button', { name: 'Refer the family' }).click();
        // Referred to the practitioner's own LA, waiting for its manager to randomise it.
        await page.getByText(/^Referred: the family's reference is F-LA1-\S+\.$/).waitFor();
        await assertFits(page, width, 'My families');
        assert.deepEqual(problems.pageErrors, []);
      });

      it('logs time in quick entry, sees it in the week, edits it and deletes it', async () => {
        const { page, problems } = session.browser;
        // The demo ended on 30 June 2022: My time opens on that week, with the 30th to log.
        await openFromNav(page, 'My time');
        await page.getByText('Week of 27 Jun 2022 to 3 Jul 2022').waitFor();
        assert.equal(await page.getByLabel('Date', { exact: true }).inputValue(), '30/06/2022');
        const [first, second] = width === 1366 ? [37, 52] : [38, 53];

        await page
          .getByRole('combobox', { name: 'Activity', exact: true })
          .selectOption('meetings');
        await page.getByLabel('Minutes', { exact: true }).fill(String(first));
        await page.getByRole('button', { name: 'Log time' }).click();
        await page.getByText(`Logged ${first} minutes of meetings on 30 Jun 2022.`).waitFor();
        const day = page.locator('tbody[data-date="2022-06-30"]');
        // By its text: at 375 px the week is cards, each cell's name led by its column's.
        const minutesCell = (n: number) =>
          day.getByRole('cell').filter({ hasText: new RegExp(`^${n} min$`) });
        await minutesCell(first).waitFor();
        await assertFits(page, width, 'My time');
        // A day with nothing recorded is still named "Day" on its card (it read "Note").
        const sunday = page.locator('tbody[data-date="2022-07-03"]');
        await sunday.getByText('No time recorded').waitFor();
        assert.equal(await sunday.getByRole('rowheader').getAttribute('data-label'), 'Day');

        await page
          .getByRole('button', { name: `Edit ${first} minutes of meetings on Thu 30 Jun 2022` })
          .click();
        await page.getByRole('heading', { name: 'Edit time' }).waitFor();
        const minutes = page.getByLabel('Minutes', { exact: true });
        assert.equal(await minutes.inputValue(), String(first));
        await minutes.fill(String(second));
        await page.getByRole('button', { name: 'Save changes' }).click();
        await page.getByText(`Saved: ${second} minutes of meetings on 30 Jun 2022.`).waitFor();
        await minutesCell(second).waitFor();
        assert.equal(await minutesCell(first).count(), 0);
        const entries = async () =>
          (
            await apiGet<{ items: Array<{ activity: string; minutes: number }> }>(
              page,
              `${demo.server.url}/api/programmes/${session.programmeId}/time-entries?from=2022-06-30&to=2022-06-30&pageSize=100`,
            )
          ).items.filter((e) => e.activity === 'meetings');
        assert.ok(
          (await entries()).some((e) => e.minutes === second),
          'the API has the change',
        );

        await page
          .getByRole('button', { name: `Delete ${second} minutes of meetings on Thu 30 Jun 2022` })
          .click();
        assert.match(
          await confirmDialog(page, 'Delete entry'),
          new RegExp(`${second} minutes of meetings on 30 Jun 2022 will be deleted`),
        );
        await page.getByText(`Deleted ${second} minutes of meetings on 30 Jun 2022.`).waitFor();
        // The message comes with the answer; the week is read again after it, so wait for the row to go.
        await minutesCell(second).waitFor({ state: 'detached' });
        assert.ok(!(await entries()).some((e) => e.minutes === second), 'gone from the API');
        await assertFits(page, width, 'My time, after deleting');
        assert.deepEqual(problems.pageErrors, []);
      });

      it('reads their own progress toward accreditation', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'My progress');
        const card = page.getByRole('article', { name: /\(P-LA1-01\)$/ });
        await card.waitFor();
        await card.getByText(/(On|Off) track/).waitFor();
        assert.ok((await card.getByRole('progressbar').count()) > 0, 'a bar per requirement');
        await assertFits(page, width, 'My progress');
        assert.deepEqual(problems.pageErrors, []);
      });
    });

    describe(`LA manager at ${width} px`, () => {
      const session = roleSession(demo, width, 'la.manager@attune.test');

      it("reads capacity and a practitioner's caseload", async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Capacity');
        const row = page.locator('tr[data-code="P-LA1-01"]');
        await row.waitFor();
        await assertFits(page, width, 'Capacity');
        // The rate in brackets, then the full stop with no space before it.
        const rate = (await page.getByTestId('not-proceeded-rate').innerText()).trim();
        assert.match(rate, /^\d+ of \d+ referrals did not proceed( \(\d+(\.\d)?%\))?\.$/);
        await row.getByRole('link', { name: 'P-LA1-01' }).click();
        await page.getByRole('heading', { level: 1, name: 'Practitioner P-LA1-01' }).waitFor();
        await page.locator('tr[data-reference^="F-LA1-"]').first().waitFor();
        await assertFits(page, width, "a practitioner's caseload");
        assert.deepEqual(problems.pageErrors, []);
      });

      it('lists families by status, then only the overdue ones', async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Families');
        const table = page.locator('att-families-table table');
        const references = async () =>
          (await table.locator('tbody th[scope="row"]').allInnerTexts()).map((t) => t.trim());
        // The list as loaded (not an empty or loading row that may show first).
        await table.locator('tbody th[scope="row"]', { hasText: /^F-/ }).first().waitFor();
        const all = await references();
        assert.ok(all.length > 0 && all.every((r) => /^F-LA1-/.test(r)), 'LA1 only');

        await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('completed');
        await page.waitForURL(/status=completed/);
        const statusesShown = () => table.locator('tbody tr td:nth-of-type(1)').allInnerTexts();
        let statuses = await statusesShown();
        for (let i = 0; i < 100 && !statuses.every((s) => /completed/i.test(s)); i++) {
          await page.waitForTimeout(100);
          statuses = await statusesShown();
        }
        // In words, starting with a capital like every other cell ('Completed', not 'completed').
        assert.ok(
          statuses.length > 0 && statuses.every((s) => /\bCompleted\b/.test(s)),
          statuses.join(' | '),
        );
        await assertFits(page, width, 'Families');

        await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('');
        await page.getByRole('checkbox', { name: 'Overdue only' }).check();
        await page.waitForURL(/overdue=true/);
        await assertFits(page, width, 'Families, overdue only');
        assert.deepEqual(problems.pageErrors, []);
      });

      it("deletes a session of their LA's family after confirming", async () => {
        const { page, problems } = session.browser;
        const sessionsOf = async (query: string) =>
          (
            await apiGet<{ items: SessionRow[] }>(
              page,
              `${demo.server.url}/api/programmes/${session.programmeId}/family-sessions?${query}pageSize=1000`,
            )
          ).items;
        await openFromNav(page, 'Families');
        const shown = page.locator('att-families-table tbody tr[data-reference]');
        await shown.first().waitFor();
        const references = new Set(
          await shown.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-reference'))),
        );
        // A family listed on the first page with a session in a month still open.
        const target = (await sessionsOf('')).find(
          (s) => !s.locked && references.has(s.familyReference),
        );
        assert.ok(target, 'a session of a listed LA1 family to correct');
        await shown
          .filter({ has: page.getByRole('link', { name: target.familyReference, exact: true }) })
          .getByRole('link', { name: target.familyReference, exact: true })
          .click();
        await page
          .getByRole('heading', { level: 1, name: `Family ${target.familyReference}` })
          .waitFor();
        const row = page.locator(`[data-testid="family-sessions"] tr[data-id="${target.id}"]`);
        await row.waitFor();
        await assertFits(page, width, 'a family');
        await row.getByRole('button', { name: /^Delete/ }).click();
        // Cancelling first changes nothing.
        await confirmDialog(page, 'Cancel');
        assert.equal(await row.count(), 1);
        await row.getByRole('button', { name: /^Delete/ }).click();
        await confirmDialog(page, 'Delete session');
        await page
          .getByText(new RegExp(`^Deleted the session of ${shownDate(target.date)}\\.$`))
          .waitFor();
        await row.waitFor({ state: 'detached' });
        const after = await sessionsOf(`familyReference=${target.familyReference}&`);
        assert.ok(!after.some((s) => s.id === target.id), 'the session is gone');
        assert.deepEqual(problems.pageErrors, []);
      });
    });
  }
});
