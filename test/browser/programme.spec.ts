import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openBrowser } from '../support/browser.js';
import { type DemoAccount, demoAccountsFrom } from '../support/demo-accounts.js';
import { type RunningServer, startServer } from '../support/server.js';

async function signIn(page: Page, account: DemoAccount, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password', { exact: true }).press('Enter');
}

async function openFromNav(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
}

const chooser = (page: Page) => page.getByTestId('programme-chooser');

/*
 * The admin imports the demo package a second time: two programmes of the
 * same name. Nothing is chosen for them yet, so the first programme page asks
 * which one; the choice is then in every address, kept from page to page, in
 * a reloaded page and in a link opened afresh, and remembered for pages
 * opened without a programme.
 */
describe('the chosen programme in Chromium', () => {
  let server: RunningServer;
  let admin: DemoAccount;
  let password: string;

  beforeAll(async () => {
    server = await startServer();
    const demo = demoAccountsFrom(server.output());
    password = demo.password;
    admin = demo.accounts.find((a) => a.role === 'admin')!;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('keeps the programme chosen on one page on the next page and in a reloaded link', async () => {
    const browser = await openBrowser();
    try {
      const { page, context, problems } = browser;
      await page.goto(`${server.url}/sign-in`);
      await signIn(page, admin, password);
      await page.waitForURL('**/home');

      // A second import of the same package (the session cookie is the browser's).
      const listed = async () =>
        (
          (await (await page.request.get(`${server.url}/api/programmes`)).json()) as {
            items: { id: string; name: string }[];
          }
        ).items;
      const [demo] = await listed();
      assert.ok(demo, 'the demo programme');
      const pkg = await page.request.get(`${server.url}/api/programmes/${demo.id}/package`);
      assert.equal(pkg.status(), 200);
      const imported = await page.request.post(`${server.url}/api/programmes/import`, {
        headers: { 'x-requested-with': 'attune' },
        multipart: {
          package: { name: 'again.zip', mimeType: 'application/zip', buffer: await pkg.body() },
        },
      });
      assert.equal(imported.status(), 201, await imported.text());
      const again = (await listed()).find((p) => p.id !== demo.id);
      assert.ok(again && again.name === demo.name, 'two programmes of the same name');

      // Two programmes and no choice yet: asked, never given the first silently.
      await openFromNav(page, 'Capacity');
      await page.getByRole('heading', { level: 1, name: 'Choose a programme' }).waitFor();
      assert.match(page.url(), /\/choose-programme\?next=capacity$/);
      const options = (await chooser(page).locator('option:not([disabled])').allInnerTexts()).map(
        (o) => o.trim(),
      );
      assert.equal(options.length, 2);
      assert.notEqual(options[0], options[1], 'told apart by their import date');
      assert.ok(
        options.every((o) =>
          /^.+: \d+ \w{3} \d{4} to \d+ \w{3} \d{4}, imported \d+ \w{3} \d{4}, \d\d:\d\d:\d\d$/.test(
            o,
          ),
        ),
      );
      await chooser(page).selectOption(again.id);

      await page.waitForURL(`**/p/${again.id}/capacity`);
      await page.getByRole('heading', { level: 1, name: 'Capacity' }).waitFor();
      assert.equal(await chooser(page).inputValue(), again.id);

      // The next page keeps it.
      await openFromNav(page, 'Families');
      await page.waitForURL(`**/p/${again.id}/families`);
      await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor();
      assert.equal(await chooser(page).inputValue(), again.id);

      // So does the page reloaded.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor();
      assert.match(page.url(), new RegExp(`/p/${again.id}/families$`));
      assert.equal(await chooser(page).inputValue(), again.id);

      // An address without a programme opens the one chosen last.
      await page.goto(`${server.url}/sign-off`);
      await page.waitForURL(`**/p/${again.id}/sign-off`);
      await page.getByRole('heading', { level: 1, name: 'Sign-off' }).waitFor();

      // Choosing the other one changes the address, and the navigation follows.
      await chooser(page).selectOption(demo.id);
      await page.waitForURL(`**/p/${demo.id}/sign-off`);
      await openFromNav(page, 'Capacity');
      await page.waitForURL(`**/p/${demo.id}/capacity`);
      await page.locator('tr[data-code="P-LA1-01"]').waitFor();
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.consoleErrors, []);
      await page.close();

      // A link opened afresh opens the same view of the same programme: in a new tab,
      // and after signing in again when the session has ended.
      const link = `${server.url}/p/${again.id}/families?overdue=true`;
      const tab = await context.newPage();
      await tab.goto(link);
      await tab.getByRole('heading', { level: 1, name: 'Families' }).waitFor();
      assert.equal(await chooser(tab).inputValue(), again.id);
      await tab.close();
      await context.clearCookies();
      const fresh = await context.newPage();
      await fresh.goto(link);
      await fresh.waitForURL('**/sign-in?returnUrl=*');
      await signIn(fresh, admin, password);
      await fresh.waitForURL(`**/p/${again.id}/families?overdue=true`);
      await fresh.getByRole('heading', { level: 1, name: 'Families' }).waitFor();
      assert.equal(await chooser(fresh).inputValue(), again.id);
      assert.equal(await fresh.getByRole('checkbox', { name: 'Overdue only' }).isChecked(), true);
    } finally {
      await browser.close();
    }
  });
});
