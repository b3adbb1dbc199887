import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from '@jest/globals';
import { type BrowserSession, openBrowser } from './browser.js';
import { demoAccountsFrom } from './demo-accounts.js';
import { type RunningServer, startServer } from './server.js';

/** Every journey runs at a laptop's width and a phone's (issue 18). */
export const WIDTHS = [1366, 375] as const;
export type Width = (typeof WIDTHS)[number];

/** A browser at the given width, signed in as the email given, on its home page. */
export async function signedIn(
  url: string,
  width: Width,
  email: string,
  password: string,
): Promise<BrowserSession> {
  const browser = await openBrowser();
  await browser.page.setViewportSize({ width, height: width > 600 ? 800 : 740 });
  await browser.page.goto(`${url}/sign-in`);
  await browser.page.getByLabel('Email address').fill(email);
  await browser.page.getByLabel('Password', { exact: true }).fill(password);
  await browser.page.getByLabel('Password', { exact: true }).press('Enter');
  await browser.page.waitForURL('**/home');
  return browser;
}

/**
 * Opens a page from the main navigation as a user would: at phone width the
 * navigation is folded behind the Menu button, so that is pressed first.
 */
export async function openFromNav(page: Page, label: string, heading = label): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (!(await nav.isVisible())) {
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('button[aria-controls="main-nav"][aria-expanded="true"]').waitFor();
  }
  await nav.getByRole('link', { name: label, exact: true }).click();
  const h1 = page.getByRole('heading', { level: 1, name: heading });
  await h1
    .or(page.getByRole('heading', { level: 1, name: 'Choose a programme' }))
    .waitFor({ timeout: 15_000 })
    .catch(async () => {
      const shown = await page.locator('h1').allInnerTexts();
      throw new Error(`${label} opened ${page.url()}, headed ${JSON.stringify(shown)}`);
    });
  assert.ok(await h1.isVisible(), `${label} opened ${page.url()}, not its page`);
}

/** At phone width the page itself never scrolls sideways (its tables scroll in their own box). */
export async function assertFits(page: Page, width: Width, where: string): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scrollWidth <= width) return;
  // The innermost elements that stick out, to say where the fault is.
  const outside = await page.evaluate((w) => {
    const out = Array.from(document.querySelectorAll('body *')).filter(
      (el) => el.getBoundingClientRect().right > w + 0.5,
    );
    return out
      .filter((el) => !out.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map((el) => {
        const classes = Array.from(el.classList).slice(0, 3).join('.');
        return `${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`;
      });
  }, width);
  assert.fail(`${where} is ${scrollWidth} px wide at ${width} px: ${outside.join(', ')}`);
}

/**
 * A day as the portal may show it: ISO (`2021-10-05`) or the UK form
 * (`5 Oct 2021`), so journeys do not depend on which the page uses.
 */
export function shownDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const name = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  return `(?:${iso}|${day} ${name.slice(0, 3)} ${year})`;
}

/** Presses the confirming button of the confirmation dialog, after reading what it says. */
export async function confirmDialog(page: Page, button: string): Promise<string> {
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  const text = await dialog.innerText();
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'detached' });
  return text;
}

/** The demo programme's id, read through the API with the page's own session. */
export async function demoProgrammeId(page: Page, url: string): Promise<string> {
  const response = await page.request.get(`${url}/api/programmes`);
  assert.equal(response.status(), 200);
  const { items } = (await response.json()) as { items: Array<{ id: string }> };
  assert.ok(items[0], 'the demo programme');
  return items[0].id;
}

/** A demo server for one spec file: started before its tests, stopped after. */
export interface DemoServer {
  readonly server: RunningServer;
  readonly password: string;
}

export function demoServer(): DemoServer {
  const demo = {} as { server: RunningServer; password: string };
  beforeAll(async () => {
    demo.server = await startServer();
    demo.password = demoAccountsFrom(demo.server.output()).password;
  });
  afterAll(async () => {
    await demo.server?.stop();
  });
  return demo;
}

/** One demo account signed in at one width for a describe block, and the demo programme's id. */
export interface RoleSession {
  readonly browser: BrowserSession;
  readonly programmeId: string;
}

export function roleSession(demo: DemoServer, width: Width, email: string): RoleSession {
  const session = {} as { browser: BrowserSession; programmeId: string };
  beforeAll(async () => {
    session.browser = await signedIn(demo.server.url, width, email, demo.password);
    session.programmeId = await demoProgrammeId(session.browser.page, demo.server.url);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/** A GET through the page's own session that must answer 200, as JSON. */
export async function apiGet<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  assert.equal(response.status(), 200, `GET ${url}: ${response.status()}`);
  return (await response.json()) as T;
}
