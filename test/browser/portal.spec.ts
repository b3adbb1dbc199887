import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { cspViolationsIn, openBrowser } from '../support/browser.js';
import { type DemoAccount, demoAccountsFrom } from '../support/demo-accounts.js';
import { type RunningServer, startServer } from '../support/server.js';

/**
 * What each role's navigation lists today. Only pages that exist are listed:
 * add a role's entries here as its pages land.
 */
const EXPECTED_NAV: Record<string, string[]> = {
  admin: [
    'Home',
    'Users',
    'Supervision',
    'Accreditation',
    'Rule sets',
    'Programme settings',
    'Local authorities',
    'Staff and practitioners',
    'Capacity',
    'Families',
    'Trial',
    'Fidelity',
    'Sign-off',
    'Import time',
    'My time',
    'Team time',
    'Audit log',
    'Programmes',
    'Costs',
    'Unit costs',
    'Price index',
    'Resources',
    'Ledger',
    'Sensitivity',
    'Export workbook',
    'System health',
  ],
  supervisor: ['Home', 'Supervision', 'Accreditation', 'Fidelity', 'My time', 'System health'],
  la_manager: [
    'Home',
    'Accreditation',
    'Capacity',
    'Families',
    'Trial',
    'Fidelity',
    'Sign-off',
    'Import time',
    'My time',
    'Team time',
    'System health',
  ],
  practitioner: ['Home', 'My families', 'My time', 'My progress', 'System health'],
  economist: [
    'Home',
    'Fidelity',
    'Costs',
    'Unit costs',
    'Price index',
    'Resources',
    'Ledger',
    'Sensitivity',
    'Export workbook',
    'System health',
  ],
};

async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

/** One h1 per page, and the landmarks a screen-reader user jumps between. */
async function assertPageStructure(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  assert.equal(await page.locator('h1').count(), 1, 'one h1 per page');
  assert.equal(await page.getByRole('banner').count(), 1, 'a header landmark');
  assert.equal(await page.getByRole('main').count(), 1, 'a main landmark');
}

async function signIn(page: Page, account: DemoAccount, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password', { exact: true }).press('Enter'); // submit by Enter
}

describe('the portal in Chromium', () => {
  let server: RunningServer;
  let accounts: DemoAccount[];
  let password: string;

  beforeAll(async () => {
    server = await startServer();
    ({ accounts, password } = demoAccountsFrom(server.output()));
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('loads with no console error and no CSP violation, and shows the database up', async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      const response = await page.goto(`${server.url}/`);
      assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
      await assertPageStructure(page, 'Sign in to Attune');
      assert.deepEqual(await navLinks(page), ['System health']);

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'System health' })
        .click();
      await assertPageStructure(page, 'System health');
      const database = page.getByTestId('database-status');
      await database.filter({ hasText: 'Up' }).waitFor();
      assert.match(await page.getByTestId('api-status').innerText(), /Up/);

      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual([...problems.cspViolations, ...(await cspViolationsIn(page))], []);
    } finally {
      await browser.close();
    }
  });

  it('works at phone width: the navigation is a menu, the home page fits, and scripts come compressed', async () => {
    const practitioner = accounts.find((a) => a.role === 'practitioner');
    assert.ok(practitioner);
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      await page.setViewportSize({ width: 375, height: 740 });
      const scripts: Array<{ url: string; encoding: string | undefined; bytes: number }> = [];
      page.on('response', (response) => {
        if (!response.url().endsWith('.js')) return;
        const headers = response.headers();
        scripts.push({
          url: response.url(),
          encoding: headers['content-encoding'],
          bytes: Number(headers['content-length'] ?? 0),
        });
      });
      await page.goto(`${server.url}/sign-in`);
      await signIn(page, practitioner, password);
      await page.waitForURL('**/home');
      await assertPageStructure(page, 'Welcome to Attune');

      // Tables of other pages still need their own scrolling box (issue 18); the frame does not.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 375, `the home page is ${width} px wide at 375 px`);

      const nav = page.getByRole('navigation', { name: 'Main' });
      const menu = page.getByRole('button', { name: 'Menu' });
      assert.equal(await nav.isVisible(), false, 'the navigation is folded away on a phone');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      await menu.click();
      // Zoneless change detection renders after the click resolves: wait for the state, not a tick.
      await page.locator('button[aria-controls="main-nav"][aria-expanded="true"]').waitFor();
      await nav.getByRole('link', { name: 'My families' }).click();
      await assertPageStructure(page, 'My families');
      await nav.waitFor({ state: 'hidden' }); // the menu closes once a page is chosen

      // The scripts came compressed (the build's .br or .gz copies), all but the tiny ones.
      assert.ok(scripts.some((s) => /\/main-[A-Z0-9]{8}\.js$/.test(s.url) && s.encoding));
      assert.deepEqual(
        scripts.filter((s) => s.encoding !== 'br' && s.encoding !== 'gzip' && s.bytes >= 1024),
        [],
        'scripts sent uncompressed',
      );
      assert.deepEqual(problems.consoleErrors, []);
    } finally {
      await browser.close();
    }
  });

  it('prints one demo account per role', () => {
    assert.deepEqual(accounts.map((a) => a.role).sort(), Object.keys(EXPECTED_NAV).sort());
  });

  for (const role of Object.keys(EXPECTED_NAV)) {
    it(`signs in the demo ${role}, who sees only its navigation`, async () => {
      const account = accounts.find((a) => a.role === role);
      assert.ok(account, `a demo account for ${role}`);
      const browser = await openBrowser();
      try {
        const { page, problems } = browser;
        await page.goto(`${server.url}/`);
        await page.getByRole('heading', { level: 1, name: 'Sign in to Attune' }).waitFor();
        await signIn(page, account, password);
        await page.waitForURL('**/home');
        await assertPageStructure(page, 'Welcome to Attune');
        assert.deepEqual(await navLinks(page), EXPECTED_NAV[role]);
        assert.match(
          await page.getByRole('banner').innerText(),
          new RegExp(account.email.replace('.', '\\.')),
        );

        // A page the role may not open sends it home, whatever the address bar says.
        if (role === 'admin') {
          await page
            .getByRole('navigation', { name: 'Main' })
            .getByRole('link', { name: 'Users' })
            .click();
          await assertPageStructure(page, 'Users');
          await page.getByRole('cell', { name: 'la.manager@attune.test', exact: true }).waitFor();
        } else {
          await page.goto(`${server.url}/users`);
          await page.waitForURL('**/home');
          await assertPageStructure(page, 'Welcome to Attune');
        }

        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.waitForURL('**/sign-in');
        await page.getByText('You have signed out.').waitFor();
        assert.deepEqual(await navLinks(page), ['System health']);
        assert.deepEqual(problems.consoleErrors, []);
        assert.deepEqual(problems.pageErrors, []);
      } finally {
        await browser.close();
      }
    });
  }

  it('sends a user whose session has ended back to sign-in, then back to the page', async () => {
    const admin = accounts.find((a) => a.role === 'admin');
    assert.ok(admin);
    const browser = await openBrowser();
    try {
      const { page, context } = browser;
      await page.goto(`${server.url}/sign-in`);
      await signIn(page, admin, password);
      await page.waitForURL('**/home');
      // The home page's own requests (the due count) answered first: only the click below meets the ended session.
      await page
        .getByTestId('due-summary')
        .getByRole('link', { name: /due in the next 14 days/ })
        .waitFor();

      await context.clearCookies(); // the server-side session can no longer be presented
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Users' })
        .click();
      await page.waitForURL('**/sign-in?returnUrl=%2Fusers');
      await page.getByText('Your session has expired. Please sign in again.').waitFor();

      await signIn(page, admin, password);
      await page.waitForURL('**/users');
      await assertPageStructure(page, 'Users');
    } finally {
      await browser.close();
    }
  });

  it('says why a sign-in failed, without saying whether the account exists', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.url}/sign-in`);
      await signIn(page, { role: 'admin', email: 'nobody@attune.test' }, 'not the password at all');
      const alert = page.locator('[aria-live="assertive"]');
      await alert.getByText('The email address or password is not right.').waitFor();
      assert.match(page.url(), /\/sign-in$/);
    } finally {
      await browser.close();
    }
  });
});
