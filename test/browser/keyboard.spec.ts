import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openBrowser } from '../support/browser.js';
import { type DemoAccount, demoAccountsFrom } from '../support/demo-accounts.js';
import { type RunningServer, startServer } from '../support/server.js';

/**
 * Each role's main job by keyboard alone (Tab, Enter, Space, arrows; no click,
 * no fill): from the sign-in form through the menu to the page and its action.
 * At every stop of Tab the focused element must show a visible focus
 * indicator (an outline, or Material's focused field), or the test fails.
 */
interface Focused {
  name: string;
  tag: string;
  visible: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(async () => {
    // Zoneless rendering marks a focused Material field on the next frame.
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', tag: 'body', visible: true };
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // Material draws its own indicator: a focused field's thick line, a button's focus layer.
    const material =
      el.closest('.mat-focused, .mdc-text-field--focused') !== null ||
      el.classList.contains('cdk-keyboard-focused') ||
      el.closest('.cdk-keyboard-focused') !== null;
    const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []) : [];
    const labelledBy = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ||
      (labelledBy ? document.getElementById(labelledBy.split(' ')[0]!)?.innerText : '') ||
      labels.map((l) => l.innerText).join(' ') ||
      el.innerText ||
      '';
    return {
      name: name.replace(/\s+/g, ' ').trim(),
      tag: el.tagName.toLowerCase(),
      visible: outlined || material,
    };
  });
}

/** Presses Tab until the focused element's name matches, checking the focus is seen at each stop. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    assert.ok(now.visible, `focus is visible on ${now.tag} "${now.name}"`);
    if (name.test(now.name)) return;
    seen.push(now.name);
  }
  throw new Error(`Tab never reached ${name}; it went through: ${seen.join(' | ')}`);
}

async function type(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

async function signIn(page: Page, server: RunningServer, account: DemoAccount, password: string) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('heading', { level: 1, name: 'Sign in to Attune' }).waitFor();
  await tabTo(page, /^Email address/);
  await type(page, account.email);
  await tabTo(page, /^Password/);
  await type(page, password);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/home');
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Through the main menu by Tab to a page, opened by Enter. */
async function openByMenu(page: Page, label: string): Promise<void> {
  await tabTo(page, new RegExp(`^${label}$`));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

describe('keyboard-only journeys in Chromium, one per role', () => {
  let server: RunningServer;
  let accounts: DemoAccount[];
  let password: string;
  const account = (role: string): DemoAccount => {
    const found = accounts.find((a) => a.role === role);
    assert.ok(found, `a demo account for ${role}`);
    return found;
  };

  beforeAll(async () => {
    server = await startServer();
    ({ accounts, password } = demoAccountsFrom(server.output()));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('admin: creates an economist account from the Users page', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await signIn(page, server, account('admin'), password);
      await openByMenu(page, 'Users');
      const email = 'keyboard.economist@attune.test';
      await tabTo(page, /^Email address/);
      await type(page, email);
      await tabTo(page, /^Initial password/);
      await type(page, 'four unrelated words by keyboard');
      await tabTo(page, /^Role/);
      await page.keyboard.press('Space'); // opens the role list
      await page.getByRole('listbox').waitFor();
      for (let i = 0; i < 8; i++) {
        const active = await page.locator('mat-option.mat-mdc-option-active').innerText();
        if (/Economist/.test(active)) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await tabTo(page, /^Create account$/);
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText(`Created the account for ${email}.`).waitFor();
    } finally {
      await browser.close();
    }
  });

  it('supervisor: opens Fidelity and scrolls a table by arrow keys at 375 px', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.setViewportSize({ width: 375, height: 740 });
      await signIn(page, server, account('supervisor'), password);
      await tabTo(page, /^Menu$/);
      await page.keyboard.press('Enter');
      await page.locator('button[aria-controls="main-nav"][aria-expanded="true"]').waitFor();
      // (Accreditation's list is cards on a phone; fidelity's measures stay a grid read across.)
      await openByMenu(page, 'Fidelity');
      await page.getByRole('table', { name: 'By practitioner' }).waitFor();
      await tabTo(page, /^By practitioner/);
      const region = page.locator('.scroll-region:focus');
      assert.equal(await region.getAttribute('role'), 'region');
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      const scrolled = await region.evaluate((el) => el.scrollLeft);
      assert.ok(scrolled > 0, `the table's box scrolled sideways (${scrolled} px)`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 375, `the page itself stays 375 px wide (${width} px)`);
    } finally {
      await browser.close();
    }
  });

  it("LA manager: opens Capacity, then a practitioner's caseload", async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await signIn(page, server, account('la_manager'), password);
      await openByMenu(page, 'Capacity');
      await tabTo(page, /P-LA1-06/, 120);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/capacity\/P-LA1-06$/);
      await page.getByRole('heading', { level: 1 }).waitFor();
    } finally {
      await browser.close();
    }
  });

  it('practitioner: logs time on My time', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await signIn(page, server, account('practitioner'), password);
      await openByMenu(page, 'My time');
      await tabTo(page, /^Activity/, 120);
      await page.keyboard.press('ArrowDown'); // a native select: the arrow picks the next activity
      const activity = await page.getByLabel('Activity').inputValue();
      assert.notEqual(activity, '', 'the arrow key chose an activity');
      await tabTo(page, /^Minutes/);
      await type(page, '41');
      await tabTo(page, /^Log time$/);
      await page.keyboard.press('Enter');
      await page.getByText(/^Logged 41 minutes of /).waitFor();
    } finally {
      await browser.close();
    }
  });

  it('economist: exports the workbook and reaches its download link', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await signIn(page, server, account('economist'), password);
      await openByMenu(page, 'Export workbook');
      await tabTo(page, /^Export workbook/);
      await page.keyboard.press('Enter');
      await page.getByTestId('download').waitFor({ timeout: 180_000 });
      await tabTo(page, /^Download workbook$/);
    } finally {
      await browser.close();
    }
  });
});
