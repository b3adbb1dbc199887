/**
 * Lighthouse's performance and accessibility scores of each role's home page,
 * on the built product (apps/api/dist serving the portal) with a fresh
 * embedded PostgreSQL and the demo programme. Each demo account signs in with
 * the sign-in form in the same Chromium (Playwright over the DevTools port),
 * then Lighthouse loads /home with that session: the user's home page as it
 * is after sign-in, caches cold. Target: 90 or more for each score.
 *   npm run bench:lighthouse   (builds, then node test/dist/perf/lighthouse.js)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../support/browser.js';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { startServer } from '../support/server.js';

const TARGET = 90;

/**
 * Signs in through the portal's own form in Lighthouse's Chromium (over the
 * DevTools port), so the session cookie is in the browser as after a real
 * sign-in; Lighthouse then runs without resetting storage, keeping it.
 */
async function signIn(port: number, baseUrl: string, email: string, password: string) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0]!;
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.waitForURL('**/home');
    await page.close();
  } finally {
    await browser.close(); // disconnects; the browser and its cookies stay
  }
}

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'attune-lighthouse-'));
// The flags test/support/browser.ts gives Debian's Chromium, headless.
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  userDataDir: profile,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
/**
 * One Lighthouse run of the home page. A run that measured nothing (a
 * runtimeError such as NO_FCP, or a category left without a score) is run once more
 * and, failing again, reported with its cause rather than printed as 0.
 */
async function audit(role: string) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(`${server.url}/home`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      disableStorageReset: true,
      // Desktop, as Lighthouse's own desktop preset: the portal's users work at a desk (1366 px).
      formFactor: 'desktop',
      screenEmulation: {
        mobile: false,
        width: 1366,
        height: 768,
        deviceScaleFactor: 1,
        disabled: false,
      },
      throttling: {
        rttMs: 40,
        throughputKbps: 10 * 1024,
        cpuSlowdownMultiplier: 1,
        requestLatencyMs: 0,
        downloadThroughputKbps: 0,
        uploadThroughputKbps: 0,
      },
      throttlingMethod: 'simulate',
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${role}`);
    const { lhr } = result;
    const unscored = Object.values(lhr.categories).some((category) => category.score === null);
    if (!lhr.runtimeError && !unscored) return lhr;
    const cause = lhr.runtimeError
      ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
      : `no score; ${lhr.runWarnings.join('; ') || 'no warning given'}`;
    if (attempt >= 2)
      throw new Error(`Lighthouse could not measure ${role}'s home page (${cause})`);
    console.log(`  (${role}: no measurement on attempt ${attempt}, ${cause}; running again)`);
  }
}

let failed = false;
try {
  const { accounts, password } = demoAccountsFrom(server.output());
  console.log(
    `Lighthouse ${'home page'.padEnd(14)} performance  accessibility  [target >= ${TARGET}]`,
  );
  for (const account of accounts) {
    await signIn(chrome.port, server.url, account.email, password);
    const lhr = await audit(account.role);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const performance = score('performance');
    const accessibility = score('accessibility');
    if (lhr.finalDisplayedUrl && !lhr.finalDisplayedUrl.endsWith('/home'))
      throw new Error(`${account.role} did not reach the home page: ${lhr.finalDisplayedUrl}`);
    const below = performance < TARGET || accessibility < TARGET;
    failed ||= below;
    console.log(
      `${account.role.padEnd(24)} ${String(performance).padStart(11)}  ${String(accessibility).padStart(13)}${below ? '  BELOW TARGET' : ''}`,
    );
    if (below) {
      const misses = Object.values(lhr.audits)
        .filter(
          (audit) =>
            audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
        )
        .map(
          (audit) =>
            `    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
        );
      console.log(misses.join('\n'));
    }
  }
} finally {
  chrome.kill();
  rmSync(profile, { recursive: true, force: true });
  await server.stop();
}
process.exitCode = failed ? 1 : 0;
