import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { openBrowser } from '../support/browser.js';
import { type DemoAccount, demoAccountsFrom } from '../support/demo-accounts.js';
import { HttpClient } from '../support/http.js';
import { csvFields, unzip } from '../support/package-zip.js';
import { type RunningServer, startServer } from '../support/server.js';

/** "1234567.50" as the portal must show it: "£1,234,567.50" (regrouped as text, as money should be). */
function pounds(value: string): string {
  const [whole, pence] = value.split('.');
  return `£${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${pence}`;
}

describe('the economist in Chromium', () => {
  let server: RunningServer;
  let economist: DemoAccount;
  let password: string;
  let programmeId: string;
  let staffNames: string[];
  let total: string;

  beforeAll(async () => {
    server = await startServer();
    const demo = demoAccountsFrom(server.output());
    password = demo.password;
    economist = demo.accounts.find((a) => a.role === 'economist')!;
    const admin = demo.accounts.find((a) => a.role === 'admin')!;

    // The staff's real names, from the admin's (not pseudonymised) package.
    const asAdmin = new HttpClient(server.url);
    assert.equal(
      (await asAdmin.post('/api/auth/login', { email: admin.email, password })).status,
      200,
    );
    const list = (await (await asAdmin.get('/api/programmes')).json()) as {
      items: { id: string; name: string }[];
    };
    assert.equal(list.items.length, 1, 'the demo programme');
    programmeId = list.items[0]!.id;
    const packageResponse = await asAdmin.get(`/api/programmes/${programmeId}/package`);
    assert.equal(packageResponse.status, 200);
    const staff = unzip(Buffer.from(await packageResponse.arrayBuffer()))
      .get('staff.csv')!
      .toString('utf8')
      .trim()
      .split(/\r?\n/)
      .map(csvFields);
    const nameColumn = staff[0]!.indexOf('display_name');
    staffNames = staff.slice(1).map((row) => row[nameColumn]!);
    assert.ok(staffNames.length >= 21 && staffNames.every((n) => n.length > 3));

    const asEconomist = new HttpClient(server.url);
    await asEconomist.post('/api/auth/login', { email: economist.email, password });
    const summary = await asEconomist.get(`/api/programmes/${programmeId}/cost-summary`);
    assert.equal(summary.status, 200);
    ({
      totals: { total },
    } = (await summary.json()) as { totals: { total: string } });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("shows the demo programme's total as the API gives it, and no member of staff by name", async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      await page.goto(`${server.url}/sign-in`);
      await page.getByLabel('Email address').fill(economist.email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      await page.waitForURL('**/home');

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Costs', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Costs' }).waitFor();
      // The only programme opens by itself, and the address names it.
      await page.waitForURL(`**/p/${programmeId}/costs`);

      const shown = page.getByTestId('total-cost');
      await shown.waitFor();
      assert.equal((await shown.innerText()).trim(), pounds(total));

      // The chart speaks, and its figures are in a table too, programme-wide row included.
      // A group, not an image: its bars are links to their ledger lines.
      const chart = page.getByRole('group', { name: /^Total cost by local authority: bar chart/ });
      await chart.waitFor();
      const laTable = page.getByRole('table', {
        name: /Total cost by local authority, as a table/,
      });
      await laTable.getByRole('rowheader', { name: 'Programme-wide' }).waitFor();
      await laTable.getByRole('rowheader', { name: 'LA1' }).waitFor();
      await page.getByRole('group', { name: /^Staff time cost by activity: bar chart/ }).waitFor();
      await page.getByRole('link', { name: /Download package/ }).waitFor();

      const html = await page.content();
      const text = await page.locator('body').innerText();
      const named = staffNames.filter((name) => html.includes(name) || text.includes(name));
      assert.deepEqual(named, [], 'no staff display name anywhere on the page');

      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
