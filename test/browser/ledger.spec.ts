import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openBrowser } from '../support/browser.js';
import { type DemoAccount, demoAccountsFrom } from '../support/demo-accounts.js';
import { HttpClient } from '../support/http.js';
import { type RunningServer, startServer } from '../support/server.js';

/** "1234567.50" as the portal shows it: "£1,234,567.50". */
function pounds(value: string): string {
  const [whole, pence] = value.split('.');
  return `£${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${pence}`;
}

interface Summary {
  byLocalAuthority: Array<{ code: string; total: string; ledgerQuery: string }>;
  byActivity: Array<{ activity: string; cost: string; ledgerQuery: string }>;
}

describe('the economist traces a figure to its ledger lines in Chromium', () => {
  let server: RunningServer;
  let economist: DemoAccount;
  let password: string;
  let programmeId: string;
  let summary: Summary;

  beforeAll(async () => {
    server = await startServer();
    const demo = demoAccountsFrom(server.output());
    password = demo.password;
    economist = demo.accounts.find((a) => a.role === 'economist')!;
    const api = new HttpClient(server.url);
    assert.equal(
      (await api.post('/api/auth/login', { email: economist.email, password })).status,
      200,
    );
    const list = (await (await api.get('/api/programmes')).json()) as { items: { id: string }[] };
    programmeId = list.items[0]!.id;
    summary = (await (
      await api.get(`/api/programmes/${programmeId}/cost-summary`)
    ).json()) as Summary;
  });

  afterAll(async () => {
    await server?.stop();
  });

  async function ledgerTotal(page: Page): Promise<string> {
    const total = page.getByTestId('ledger-total-cost');
    await total.waitFor();
    return (await total.innerText()).trim();
  }

  it("clicks the LA1 bar and sees the lines whose total is the bar's; a table row by keyboard too", async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      await page.goto(`${server.url}/sign-in`);
      await page.getByLabel('Email address').fill(economist.email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      await page.waitForURL('**/home');
      await page.goto(`${server.url}/p/${programmeId}/costs`);
      await page.getByTestId('total-cost').waitFor();

      const la1 = summary.byLocalAuthority.find((r) => r.code === 'LA1')!;
      const chart = page.getByRole('group', { name: /^Total cost by local authority: bar chart/ });
      const bar = chart.getByRole('link', {
        name: `LA1 ${pounds(la1.total)}: show its ledger lines`,
      });
      await bar.click();
      await page.waitForURL(`**/p/${programmeId}/ledger?laCode=LA1`);
      await page.getByRole('heading', { level: 1, name: 'Ledger' }).waitFor();
      assert.equal(await ledgerTotal(page), pounds(la1.total));
      // The lines are LA1's, pseudonymised; the filter is editable and the CSV has the same filter.
      const rows = page.getByRole('table', { name: /Ledger lines/ }).getByRole('row');
      assert.ok((await rows.count()) > 2, 'lines are listed');
      assert.equal(await page.getByLabel('Local authority', { exact: true }).inputValue(), 'LA1');
      const csv = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
      assert.equal(csv, `/api/programmes/${programmeId}/ledger.csv?laCode=LA1`);

      // Back on the costs page, a row of the activity table by keyboard alone.
      await page.goBack();
      await page.getByTestId('total-cost').waitFor();
      const travel = summary.byActivity.find((r) => r.activity === 'travel')!;
      const activityTable = page.getByRole('table', {
        name: /Staff time cost by activity, as a table/,
      });
      await activityTable.getByRole('link', { name: /^Travel/ }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/p/${programmeId}/ledger?activity=travel`);
      await page.getByLabel('Activity').waitFor();
      await page.waitForFunction(
        (want) =>
          document.querySelector('[data-testid="ledger-total-cost"]')?.textContent?.trim() === want,
        pounds(travel.cost),
      );

      // Editing the filter narrows the lines and keeps the address in step.
      await page.getByLabel('Local authority', { exact: true }).fill('LA1');
      await page.getByRole('button', { name: 'Apply filter' }).click();
      await page.waitForURL(`**/p/${programmeId}/ledger?laCode=LA1&activity=travel`);
      await page
        .getByRole('status')
        .filter({ hasText: /lines?,/ })
        .waitFor();

      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
