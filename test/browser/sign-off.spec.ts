import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { openBrowser } from '../support/browser.js';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { type RunningServer, startServer } from '../support/server.js';

/**
 * The demo programme's LA1 manager opens the sign-off page, which offers June
 * 2022 (the programme's last month: it has ended), reviews what the month
 * holds, signs it off after confirming a summary, and then LA1's practitioner
 * logging a session dated in June is refused with the lock's reason: who
 * signed it off, and that an admin can reopen it.
 */
describe('month sign-off journey in Chromium', () => {
  let server: RunningServer;
  let password: string;

  beforeAll(async () => {
    server = await startServer();
    ({ password } = demoAccountsFrom(server.output()));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('reviews a month, signs it off, and a later edit in it is refused with the reason', async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      const signIn = async (email: string) => {
        await page.goto(`${server.url}/`);
        await page.getByLabel('Email address').fill(email);
        await page.getByLabel('Password', { exact: true }).fill(password);
        await page.getByLabel('Password', { exact: true }).press('Enter');
      };
      await signIn('la.manager@attune.test');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Sign-off' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Sign-off' }).waitFor();
      assert.equal(await page.getByLabel('Month', { exact: true }).inputValue(), '2022-06');
      const review = page.locator('att-month-review-table table');
      await review.waitFor();
      assert.match((await review.locator('caption').textContent()) ?? '', /Jun 2022 for LA1/);
      assert.ok((await review.locator('tbody tr').count()) > 0, 'a row per person');
      assert.match(await review.locator('tbody').innerText(), /P-LA1-01/);

      await page.getByRole('button', { name: 'Sign off June 2022' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      assert.match(
        await dialog.innerText(),
        /(person|people), [\d,]+ (h|min)[\d h min]*, \d+ sessions? held/,
      );
      await dialog.getByRole('button', { name: 'Confirm sign-off' }).click();
      await page
        .getByText('Signed off June 2022 for LA1: its records are now read-only.')
        .waitFor();
      await page
        .getByText(/Signed off by la\.manager@attune\.test on \d{1,2} [A-Z][a-z]{2} \d{4}\./)
        .waitFor();

      await page.getByRole('button', { name: /sign out/i }).click();
      await signIn('practitioner@attune.test');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'My families' })
        .click();
      await page.getByLabel('Date', { exact: true }).fill('15/06/2022');
      await page.getByLabel('Type').selectOption('other');
      await page.getByRole('button', { name: 'Log session' }).click();
      await page
        .getByText(
          /June 2022 is signed off for LA1.*Signed off by la\.manager@attune\.test on .*Ask an admin to reopen June 2022 for LA1\./,
        )
        .waitFor();
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
