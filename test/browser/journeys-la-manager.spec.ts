import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
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

const HEADER = 'staff_code,date,activity,minutes,la_code,family_reference';

/** A row of the overall flow table on the Trial page (the diagram's figures, as text). */
async function flowCount(page: Page, row: string): Promise<number> {
  const table = page.locator('[data-testid="flow-table"]').first();
  await table.waitFor();
  const cell = table.locator('tr', {
    has: page.getByRole('rowheader', { name: row, exact: true }),
  });
  return Number((await cell.locator('td').innerText()).trim());
}

/**
 * LA1's manager's jobs that change the records, at 1366 and 375 px: the trial
 * flow (a refused referral counted by its reason, an eligible family referred,
 * its baseline recorded, randomised by Attune, and the Trial page's counts
 * moving), a time import (the template, a bad row located, a dry run, the
 * import, and the same file refused as a duplicate), and signing off a month
 * after its review, after which LA1's practitioner is refused an edit in it
 * with the reason. The 1366 px run signs off May 2022 and the 375 px run June
 * 2022, so that each run signs off a month still open; sign-off comes last.
 */
describe('LA manager journeys in Chromium', () => {
  const demo = demoServer();

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      const session = roleSession(demo, width, 'la.manager@attune.test');
      const practitioner = roleSession(demo, width, 'practitioner@attune.test');

      it('refers an eligible family, records its baseline, randomises it, and the flow counts it', async () => {
        const { page, problems } = session.browser;
        const today = new Date().toISOString().slice(0, 10);
        // The home page counts the collection points due, linking to the list on the Trial page.
        await page
          .getByTestId('due-summary')
          .getByRole('link', { name: /due in the next 14 days, \d+ overdue/ })
          .waitFor();

        const openTrial = async () => {
          await openFromNav(page, 'Trial');
          // The demo has ended, so the counts default to its last day: today's work shows as of today.
          const asOf = page.getByLabel('Counts as of', { exact: true });
          await asOf.fill(today.split('-').reverse().join('/')); // typed day first: DD/MM/YYYY
          await asOf.dispatchEvent('change');
          await page
            .getByTestId('flow-table')
            .first()
            .locator('caption', { hasText: new RegExp(`Trial flow as of ${shownDate(today)}`) })
            .waitFor();
          await assertFits(page, width, 'Trial');
        };
        await openTrial();
        const before = {
          referred: await flowCount(page, 'Referred'),
          randomised: await flowCount(page, 'Randomised'),
          ineligible: await flowCount(page, 'Ineligible (refused)'),
        };

        await openFromNav(page, 'Families');
        await page.getByLabel('Referral date', { exact: true }).fill('01/03/2022');
        // Sixteen months old: refused, and recorded as such by its reason alone.
        await page.getByLabel("Child's birth month", { exact: true }).fill('2020-11');
        await page.getByTestId('ineligible').waitFor();
        await page.getByRole('button', { name: 'Record as ineligible (child too old)' }).click();
        await page
          .getByText(/Recorded as ineligible \(.*\)\. It counts in the trial's flow/)
          .waitFor();

        await page.getByLabel('Referral date', { exact: true }).fill('01/03/2022');
        await page.getByLabel("Child's birth month", { exact: true }).fill('2021-10');
        await page
          .getByRole('combobox', { name: 'Plan at referral', exact: true })
          .selectOption('CP');
        await page.getByText('Eligible: under 12 months old at referral').waitFor();
        await page.getByRole('button', { name: 'Refer the family' }).click();
        const referred = page.getByText(/Referred: the family's reference is (\S+)\./);
        await referred.waitFor();
        const reference = /reference is (\S+)\./.exec(await referred.innerText())![1]!;
        await assertFits(page, width, 'Families, after a referral');

        // The family's own page (its address: the list may page it out of sight).
        await page.goto(page.url().replace(/\/families.*$/, `/families/${reference}`));
        await page.getByRole('heading', { level: 1, name: `Family ${reference}` }).waitFor();
        const arm = page.getByTestId('arm');
        assert.match(
          await arm.innerText(),
          /awaiting randomisation/,
          'the arm is concealed before',
        );
        const randomise = page.getByTestId('randomise');
        assert.equal(await randomise.isDisabled(), true, 'no randomisation before the baseline');
        await page.getByLabel('Completed on', { exact: true }).fill('02/03/2022');
        await page.getByTestId('save-baseline').click();
        await page.locator('[data-testid="randomise"]:not([disabled])').waitFor();
        await randomise.click();
        await page.getByTestId('confirm-randomise').click();
        await page.getByText('Randomised.').waitFor();
        // The family page says the randomisation date in words (`7 Dec 2026`).
        await arm
          .filter({ hasText: /(intervention|control), randomised /i })
          .filter({ hasText: new RegExp(shownDate(today)) })
          .waitFor();
        await assertFits(page, width, 'a family, randomised');

        await openTrial();
        assert.equal(await flowCount(page, 'Referred'), before.referred + 1);
        assert.equal(await flowCount(page, 'Randomised'), before.randomised + 1);
        assert.equal(await flowCount(page, 'Ineligible (refused)'), before.ineligible + 1);
        assert.deepEqual(problems.pageErrors, []);
      });

      it('downloads the time template, sees a bad row located, dry-runs and imports a good file, and is refused the same file again', async () => {
        const { page, problems } = session.browser;
        const base = `${demo.server.url}/api/programmes/${session.programmeId}`;
        const staffCode = (
          await apiGet<{ items: Array<{ staffCode: string }> }>(
            page,
            `${base}/time-entries?pageSize=1`,
          )
        ).items[0]!.staffCode;
        // A day of June 2022 (open until the 375 px run signs it off), its own for each width.
        const day = width === 1366 ? '2022-06-27' : '2022-06-29';

        await openFromNav(page, 'Import time');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Download the CSV template' }).click(),
        ]);
        const template = readFileSync(await download.path(), 'utf8');
        assert.equal(template.replace(/^\uFEFF/, '').split(/\r?\n/)[0], HEADER);

        const input = page.getByLabel('File (.csv or .xlsx)', { exact: true });
        const choose = async (name: string, rows: string[]) =>
          input.setInputFiles({
            name,
            mimeType: 'text/csv',
            buffer: Buffer.from(`${HEADER}\n${rows.join('\n')}\n`),
          });
        const dryRun = page.getByRole('button', { name: 'Check the file (dry run)' });

        await choose(`bad-${width}.csv`, [
          `${staffCode},${day},meetings,30,,`,
          `${staffCode},2022-02-30,meetings,30,,`,
        ]);
        await dryRun.click();
        await page.getByText(`bad-${width}.csv was refused: 1 problem(s), listed below.`).waitFor();
        const problem = page.getByRole('table').getByRole('row').filter({ hasText: 'date' });
        await problem.waitFor();
        const cells = await problem.getByRole('cell').allInnerTexts();
        assert.equal(cells[0], '3');
        assert.equal(cells[1], 'date');
        assert.ok(cells[2]!.length > 0, 'the problem is said');
        await assertFits(page, width, 'Import time, a problem listed');

        const good = [`${staffCode},${day},meetings,41,,`, `${staffCode},${day},admin,19,,`];
        await choose(`good-${width}.csv`, good);
        await dryRun.click();
        await page.getByText(`good-${width}.csv passed: 2 rows would be imported.`).waitFor();
        const summary = page.getByRole('table', { name: /What the import would write/ });
        const meetings = summary.getByRole('row').filter({ hasText: 'meetings' });
        assert.deepEqual((await meetings.getByRole('cell').allInnerTexts()).slice(0, 4), [
          'LA1',
          'meetings',
          '1',
          '41',
        ]);
        assert.match(await summary.locator('tfoot tr').innerText(), /Total\s+2\s+60/);
        await assertFits(page, width, 'Import time, a dry run');

        await page.getByRole('button', { name: 'Import', exact: true }).click();
        await page.getByText(`Imported 2 rows from good-${width}.csv.`).waitFor();
        const written = await apiGet<{ items: Array<{ activity: string; minutes: number }> }>(
          page,
          `${base}/time-entries?staffCode=${staffCode}&from=${day}&to=${day}&pageSize=100`,
        );
        const minutes = written.items.map((e) => `${e.activity} ${e.minutes}`);
        assert.ok(minutes.includes('meetings 41') && minutes.includes('admin 19'), minutes.join());

        await choose(`good-again-${width}.csv`, good);
        await dryRun.click();
        await page.getByText(`good-again-${width}.csv was refused as a duplicate.`).waitFor();
        await page.getByText(/imported before/).waitFor();
        await page.getByText(/keeps a fingerprint of every file it imports/).waitFor();
        assert.deepEqual(problems.pageErrors, []);
      });

      it("reads the team's week on Team time: which week it is, and each person by name", async () => {
        const { page, problems } = session.browser;
        await openFromNav(page, 'Team time');
        // The demo ended on 30 June 2022: the week shown is that one, named.
        await page
          .getByTestId('team-week-heading')
          .filter({ hasText: 'Week of 27 Jun 2022 to 3 Jul 2022' })
          .waitFor();
        // Names come from the staff list (its request was refused, leaving bare codes).
        await page
          .getByTestId('team-week')
          .getByRole('rowheader', { name: 'P-LA1-01 · Alex Hartley' })
          .waitFor();
        await assertFits(page, width, 'Team time');
        assert.deepEqual(problems.pageErrors, []);
      });

      it('reviews a month, signs it off, and a later edit in it is refused with the reason', async () => {
        const { page, problems } = session.browser;
        const [month, monthName, typed] =
          width === 1366
            ? ['2022-05', 'May 2022', '16/05/2022']
            : ['2022-06', 'June 2022', '15/06/2022'];
        await openFromNav(page, 'Sign-off');
        const monthField = page.getByRole('combobox', { name: 'Month', exact: true });
        // The programme's last month is offered first (it has ended), its months named in words.
        assert.equal(await monthField.inputValue(), '2022-06');
        assert.equal((await monthField.locator('option:checked').innerText()).trim(), 'June 2022');
        if (month !== '2022-06') await monthField.selectOption({ label: monthName });
        const review = page.locator('att-month-review-table table');
        await review.locator('caption', { hasText: `${monthName} for LA1` }).waitFor();
        // Each person's time as hours and minutes, as everywhere else, not bare minutes.
        assert.match(await review.locator('tbody td').first().innerText(), /^\d+ (h|min)/);
        assert.ok((await review.locator('tbody tr').count()) > 0, 'a row per person');
        assert.match(await review.locator('tbody').innerText(), /P-LA1-01/);
        await assertFits(page, width, 'Sign-off');

        await page.getByRole('button', { name: `Sign off ${monthName}` }).click();
        assert.match(
          await confirmDialog(page, 'Confirm sign-off'),
          /(person|people), [\d,]+ (h|min)[\d h min]*, \d+ sessions? held/,
        );
        await page
          .getByText(`Signed off ${monthName} for LA1: its records are now read-only.`)
          .waitFor();
        await page
          .getByText(/Signed off by la\.manager@attune\.test on \d{1,2} [A-Z][a-z]{2} \d{4}\./)
          .waitFor();
        await assertFits(page, width, 'Sign-off, signed off');
        const locks = await apiGet<{ items: Array<{ month: string; laCode: string }> }>(
          page,
          `${demo.server.url}/api/programmes/${session.programmeId}/period-locks?pageSize=100`,
        );
        assert.ok(locks.items.some((l) => l.month.startsWith(month) && l.laCode === 'LA1'));

        // LA1's practitioner, in their own browser, is refused a session in that month.
        const other = practitioner.browser.page;
        await openFromNav(other, 'My families');
        await other.getByLabel('Date', { exact: true }).fill(typed);
        await other.getByRole('combobox', { name: 'Type', exact: true }).selectOption('other');
        await other.getByRole('button', { name: 'Log session' }).click();
        await other
          .getByText(
            new RegExp(
              `${monthName} is signed off for LA1.*Signed off by la\\.manager@attune\\.test on .*Ask an admin to reopen ${monthName} for LA1\\.`,
            ),
          )
          .waitFor();
        await assertFits(other, width, 'My families, a refused session');
        assert.deepEqual(problems.pageErrors, []);
        assert.deepEqual(practitioner.browser.problems.pageErrors, []);
      });
    });
  }
});
