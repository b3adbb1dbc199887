import { beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { HttpClient } from '../support/http.js';
import { WIDTHS, assertFits, openFromNav, demoServer, roleSession } from '../support/journey.js';

interface Listed {
  id: string;
  name: string;
}

const chooser = (page: Page) => page.getByTestId('programme-chooser');

async function signIn(page: Page, password: string): Promise<void> {
  await page.getByLabel('Email address', { exact: true }).fill('admin@attune.test');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password', { exact: true }).press('Enter');
}

/*
 * The demo package imported a second time: two programmes of the same name.
 * At each width the admin, in a browser of their own (nothing chosen in it
 * yet), is asked which one on the first programme page; the choice is then in
 * every address, kept from page to page, in a reloaded page and in a link
 * opened afresh, and remembered for pages opened without a programme.
 */
describe('the chosen programme in Chromium', () => {
  const demo = demoServer();
  let first: Listed;
  let again: Listed;

  beforeAll(async () => {
    const api = new HttpClient(demo.server.url);
    const login = await api.post('/api/auth/login', {
      email: 'admin@attune.test',
      password: demo.password,
    });
    assert.equal(login.status, 200);
    const listed = async () =>
      ((await (await api.get('/api/programmes')).json()) as { items: Listed[] }).items;
    [first] = (await listed()) as [Listed];
    const pkg = await api.get(`/api/programmes/${first.id}/package`);
    assert.equal(pkg.status, 200);
    const form = new FormData();
    form.append(
      'package',
      new Blob([await pkg.arrayBuffer()], { type: 'application/zip' }),
      'again.zip',
    );
    const imported = await api.request('POST', '/api/programmes/import', form);
    assert.equal(imported.status, 201, await imported.text());
    again = (await listed()).find((p) => p.id !== first.id)!;
    assert.ok(again && again.name === first.name, 'two programmes of the same name');
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      const session = roleSession(demo, width, 'admin@attune.test');

      it('keeps the programme chosen on one page on the next page and in a reloaded link', async () => {
        const { page, context, problems } = session.browser;
        const url = demo.server.url;

        // Two programmes and no choice yet: asked, never given the first silently.
        await openFromNav(page, 'Capacity', 'Choose a programme');
        assert.match(page.url(), /\/choose-programme\?next=capacity$/);
        const options = (await chooser(page).locator('option:not([disabled])').allInnerTexts()).map(
          (o) => o.trim(),
        );
        assert.equal(options.length, 2);
        assert.notEqual(
          options[0],
          options[1],
          'told apart by their import date (or, within one second, their id)',
        );
        assert.ok(
          options.every((o) =>
            /^.+: \d+ \w{3} \d{4} to \d+ \w{3} \d{4}, imported \d+ \w{3} \d{4}, \d\d:\d\d:\d\d(, ref [\w-]{8})?$/.test(
              o,
            ),
          ),
          options.join(' | '),
        );
        await assertFits(page, width, 'Choose a programme');
        await chooser(page).selectOption(again.id);

        await page.waitForURL(`**/p/${again.id}/capacity`);
        await page.getByRole('heading', { level: 1, name: 'Capacity' }).waitFor();
        assert.equal(await chooser(page).inputValue(), again.id);
        await assertFits(page, width, 'Capacity, chosen');

        // The next page keeps it.
        await openFromNav(page, 'Families');
        await page.waitForURL(`**/p/${again.id}/families`);
        assert.equal(await chooser(page).inputValue(), again.id);

        // So does the page reloaded.
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor();
        assert.match(page.url(), new RegExp(`/p/${again.id}/families$`));
        assert.equal(await chooser(page).inputValue(), again.id);

        // An address without a programme opens the one chosen last.
        await page.goto(`${url}/sign-off`);
        await page.waitForURL(`**/p/${again.id}/sign-off`);
        await page.getByRole('heading', { level: 1, name: 'Sign-off' }).waitFor();

        // Choosing the other one changes the address, and the navigation follows.
        await chooser(page).selectOption(first.id);
        await page.waitForURL(`**/p/${first.id}/sign-off`);
        await openFromNav(page, 'Capacity');
        await page.waitForURL(`**/p/${first.id}/capacity`);
        await page.locator('tr[data-code="P-LA1-01"]').waitFor();
        await assertFits(page, width, 'Capacity, the other programme');
        assert.deepEqual(problems.pageErrors, []);
        assert.deepEqual(problems.consoleErrors, []);

        // A link opened afresh opens the same view of the same programme: in a new tab,
        // and after signing in again when the session has ended.
        const link = `${url}/p/${again.id}/families?overdue=true`;
        const tab = await context.newPage();
        await tab.setViewportSize(page.viewportSize()!);
        await tab.goto(link);
        await tab.getByRole('heading', { level: 1, name: 'Families' }).waitFor();
        assert.equal(await chooser(tab).inputValue(), again.id);
        await tab.close();
        await context.clearCookies();
        const fresh = await context.newPage();
        await fresh.setViewportSize(page.viewportSize()!);
        await fresh.goto(link);
        await fresh.waitForURL('**/sign-in?returnUrl=*');
        await signIn(fresh, demo.password);
        await fresh.waitForURL(`**/p/${again.id}/families?overdue=true`);
        await fresh.getByRole('heading', { level: 1, name: 'Families' }).waitFor();
        assert.equal(await chooser(fresh).inputValue(), again.id);
        assert.equal(await fresh.getByRole('checkbox', { name: 'Overdue only' }).isChecked(), true);
        await assertFits(fresh, width, 'Families, from a link');
        await fresh.close();
      });
    });

    describe(`a supervisor at ${width} px`, () => {
      const session = roleSession(demo, width, 'supervisor@attune.test');

      it('chooses a programme on the home page, sees its figures there, and the next page opens it', async () => {
        const { page, problems } = session.browser;
        // Two of the same name and no choice yet: the home page asks rather than guessing.
        await page.getByTestId('choose-programme').getByRole('link').click();
        await page.waitForURL('**/choose-programme');
        const words = (
          await chooser(page).locator(`option[value="${again.id}"]`).innerText()
        ).trim();
        await chooser(page).selectOption(again.id);

        // Back home, with that programme's figures, saying which import they are of.
        await page.waitForURL('**/home');
        const which = page.getByTestId('home-programme');
        await which.waitFor();
        assert.equal(
          (await which.innerText()).replace(/\s+/g, ' ').trim(),
          `Figures of ${words}. Choose another programme`,
        );
        await page.getByTestId('pace-overview').waitFor();
        await assertFits(page, width, 'Home, a programme chosen');

        // The choice is remembered: the next page opens it without asking.
        await openFromNav(page, 'Supervision');
        await page.waitForURL(`**/p/${again.id}/supervision`);
        assert.equal(await chooser(page).inputValue(), again.id);
        assert.deepEqual(problems.pageErrors, []);
      });
    });
  }
});
