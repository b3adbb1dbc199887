import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { openBrowser } from '../support/browser.js';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { HttpClient } from '../support/http.js';
import { type RunningServer, startServer } from '../support/server.js';

const CLOSED = new Set(['completed', 'withdrawn', 'not_proceeded']);

/**
 * The admin withdraws a practitioner of the demo programme in Chromium: the
 * status form asks for the date and reason and a confirmation, the page then
 * lists the practitioner's open families (the ones the API counts as open),
 * each linking to its family page, and the capacity page shows the
 * practitioner withdrawn straight away.
 */
describe('admin withdraws a practitioner in Chromium', () => {
  let server: RunningServer;
  let password: string;
  let code: string;
  let openFamilies: string[];

  beforeAll(async () => {
    server = await startServer();
    ({ password } = demoAccountsFrom(server.output()));
    const api = new HttpClient(server.url);
    const login = await api.request('POST', '/api/auth/login', {
      email: 'admin@attune.test',
      password,
    });
    assert.equal(login.status, 200);
    const { items } = (await (await api.request('GET', '/api/programmes')).json()) as {
      items: Array<{ id: string }>;
    };
    const base = `/api/programmes/${items[0]!.id}`;
    const practitioners = (
      (await (await api.request('GET', `${base}/practitioners?pageSize=1000`)).json()) as {
        items: Array<{ code: string; status: string; laCode: string }>;
      }
    ).items;
    const families = (
      (await (await api.request('GET', `${base}/families?pageSize=1000`)).json()) as {
        items: Array<{ reference: string; practitionerCode: string | null; status: string }>;
      }
    ).items;
    const openOf = (c: string) =>
      families
        .filter((f) => f.practitionerCode === c && !CLOSED.has(f.status))
        .map((f) => f.reference)
        .sort();
    // An active practitioner who still has open families: they will need another practitioner.
    const chosen = practitioners.find((p) => p.status === 'active' && openOf(p.code).length > 0);
    assert.ok(chosen, 'the demo has an active practitioner with open families');
    code = chosen.code;
    openFamilies = openOf(code);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('withdraws them with a date and reason, lists their open families, and capacity shows it at once', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.url}/`);
      await page.getByLabel('Email address').fill('admin@attune.test');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Staff and practitioners' }).click();
      await page.getByRole('heading', { level: 1, name: 'Staff and practitioners' }).waitFor();

      const row = page.locator(`[data-testid="practitioners-table"] tr[data-code="${code}"]`);
      await row.waitFor();
      assert.equal(await row.getAttribute('data-status'), 'active');
      await row.getByRole('button', { name: `Change status of ${code}` }).click();
      await page.getByLabel('New status').selectOption('withdrawn');
      await page.getByLabel('Date it takes effect', { exact: true }).fill('02/05/2022');
      await page.getByLabel('Reason').selectOption('left_post');
      await page.getByRole('button', { name: 'Change status', exact: true }).click();
      // Destructive: nothing is sent before the admin confirms.
      const question = page.getByRole('alertdialog');
      assert.match(await question.innerText(), new RegExp(`Withdraw ${code} from 2 May 2022\\?`));
      await page.getByRole('button', { name: 'Confirm withdrawal' }).click();

      const listed = page.getByTestId('open-families');
      await listed.waitFor();
      await page.locator(`tr[data-code="${code}"][data-status="withdrawn"]`).waitFor();
      const references = (
        await listed
          .locator('li')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-reference') ?? ''))
      ).sort();
      // As text: the page's array and the API's come from other realms than the test's.
      assert.equal(references.join(' '), openFamilies.join(' '));
      const first = listed.getByRole('link', { name: openFamilies[0]! });
      assert.match(
        (await first.getAttribute('href')) ?? '',
        new RegExp(`/families/${openFamilies[0]}$`),
      );

      await nav.getByRole('link', { name: 'Capacity' }).click();
      await page.getByRole('heading', { level: 1, name: 'Capacity' }).waitFor();
      const capacityRow = page.locator(`tr[data-code="${code}"]`);
      await capacityRow.waitFor();
      assert.equal(await capacityRow.getAttribute('data-status'), 'withdrawn');
      assert.match(await capacityRow.innerText(), /Withdrawn/);
      assert.deepEqual(browser.problems.consoleErrors, []);
      assert.deepEqual(browser.problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
