import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

/** Debian's Chromium (STACK.md): Playwright's own browser downloads fail on these machines. */
export const chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

export interface PageProblems {
  /** console.error and failed-resource messages, with where they came from. */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: string[];
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  close(): Promise<void>;
}

// Runs before any page script, through the DevTools protocol (so the page's
// CSP, which forbids inline scripts, does not apply to it).
const recordCspViolations = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
  });
`;

/**
 * A fresh headless Chromium with its own throwaway profile (no cookies, no
 * storage), and one page whose console errors, uncaught errors and CSP
 * violations are collected for the test to assert on.
 */
export async function openBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'attune-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  await context.addInitScript({ content: recordCspViolations });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    problems.consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) {
      problems.cspViolations.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The CSP violations the page itself saw (see recordCspViolations). */
export async function cspViolationsIn(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  );
}
