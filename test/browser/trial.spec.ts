import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openBrowser } from '../support/browser.js';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { shownDate } from '../support/journey.js';
import { type RunningServer, startServer } from '../support/server.js';

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
 * The demo programme's LA1 manager sees what is due on the home page, records
 * a refused referral (counted by its reason only), refers an eligible family,
 * records its baseline questionnaire, randomises it with Attune, and sees the
 * Trial page's flow move: one more referred, one more randomised, one more
 * refused.
 */
describe('the trial journey in Chromium', () => {
  let server: RunningServer;
  let password: string;

  beforeAll(async () => {
    server = await startServer();
    ({ password } = demoAccountsFrom(server.output()));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refers an eligible family, records its baseline, randomises it, and the flow counts it', async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      const today = new Date().toISOString().slice(0, 10);
      const [y, m, d] = today.split('-');
      const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
      const ukToday = `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
      await page.goto(`${server.url}/`);
      await page.getByLabel('Email address').fill('la.manager@attune.test');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password', { exact: true }).press('Enter');

      // The home page counts the collection points due, linking to the list on the Trial page.
      const due = page.getByTestId('due-summary');
      await due.getByRole('link', { name: /due in the next 14 days, \d+ overdue/ }).waitFor();

      const nav = page.getByRole('navigation', { name: 'Main' });
      const openTrial = async () => {
        await nav.getByRole('link', { name: 'Trial' }).click();
        await page.getByRole('heading', { level: 1, name: 'Trial' }).waitFor();
        // The demo has ended, so the counts default to its last day: today's work shows as of today.
        const asOf = page.getByLabel('Counts as of', { exact: true });
        await asOf.fill(today.split('-').reverse().join('/')); // typed day first: DD/MM/YYYY
        await asOf.dispatchEvent('change');
        await page
          .getByTestId('flow-table')
          .first()
          .locator('caption', { hasText: new RegExp(`Trial flow as of ${shownDate(today)}`) })
          .waitFor();
      };
      await openTrial();
      const before = {
        referred: await flowCount(page, 'Referred'),
        randomised: await flowCount(page, 'Randomised'),
        ineligible: await flowCount(page, 'Ineligible (refused)'),
      };

      await nav.getByRole('link', { name: 'Families' }).click();
      await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor();
      await page.getByLabel('Referral date', { exact: true }).fill('01/03/2022');
      // Sixteen months old: refused, and recorded as such by its reason alone.
      await page.getByLabel("Child's birth month").fill('2020-11');
      await page.getByTestId('ineligible').waitFor();
      await page.getByRole('button', { name: 'Record as ineligible (child too old)' }).click();
      await page
        .getByText(/Recorded as ineligible \(.*\)\. It counts in the trial's flow/)
        .waitFor();

      await page.getByLabel('Referral date', { exact: true }).fill('01/03/2022');
      await page.getByLabel("Child's birth month").fill('2021-10');
      await page.getByLabel('Plan at referral').selectOption('CP');
      await page.getByText('Eligible: under 12 months old at referral').waitFor();
      await page.getByRole('button', { name: 'Refer the family' }).click();
      const referred = page.getByText(/Referred: the family's reference is (\S+)\./);
      await referred.waitFor();
      const reference = /reference is (\S+)\./.exec(await referred.innerText())![1]!;

      // The family's own page (its address: the list may page it out of sight).
      await page.goto(page.url().replace(/\/families.*$/, `/families/${reference}`));
      await page.getByRole('heading', { level: 1, name: `Family ${reference}` }).waitFor();
      const arm = page.getByTestId('arm');
      assert.match(await arm.innerText(), /awaiting randomisation/, 'the arm is concealed before');
      const randomise = page.getByTestId('randomise');
      assert.equal(await randomise.isDisabled(), true, 'no randomisation before the baseline');
      await page.getByLabel('Completed on', { exact: true }).fill('02/03/2022');
      await page.getByTestId('save-baseline').click();
      await page.locator('[data-testid="randomise"]:not([disabled])').waitFor();
      await randomise.click();
      await page.getByTestId('confirm-randomise').click();
      await page.getByText('Randomised.').waitFor();
      await page.waitForFunction(
        (day) =>
          /(intervention|control), randomised /i.test(
            document.querySelector('[data-testid="arm"]')?.textContent ?? '',
          ) && (document.querySelector('[data-testid="arm"]')?.textContent ?? '').includes(day),
        // The family page says the randomisation date in words: `7 Dec 2026`.
        ukToday,
      );

      await openTrial();
      assert.equal(await flowCount(page, 'Referred'), before.referred + 1);
      assert.equal(await flowCount(page, 'Randomised'), before.randomised + 1);
      assert.equal(await flowCount(page, 'Ineligible (refused)'), before.ineligible + 1);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
