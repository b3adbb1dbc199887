/**
 * Lighthouse's performance and accessibility scores of each role's home page,
 * on the built product (apps/api/dist serving the portal) with a fresh
 * embedded PostgreSQL and the demo programme. Each demo account signs in over
 * the API; its session cookie is sent with every request of Lighthouse's page,
 * so Lighthouse measures /home exactly as that user's first visit after
 * sign-in. Target: 90 or more for each score.
 *   npm run bench:lighthouse   (builds, then node test/dist/perf/lighthouse.js)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../support/browser.js';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { startServer } from '../support/server.js';

const TARGET = 90;

async function sessionCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'attune' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`${email} could not sign in: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
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
let failed = false;
try {
  const { accounts, password } = demoAccountsFrom(server.output());
  console.log(
    `Lighthouse ${'home page'.padEnd(14)} performance  accessibility  [target >= ${TARGET}]`,
  );
  for (const account of accounts) {
    const cookie = await sessionCookie(server.url, account.email, password);
    const result = await lighthouse(`${server.url}/home`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { Cookie: cookie },
      // Desktop: the portal's users work at a desk (1366 px); Lighthouse's default is a phone.
      formFactor: 'desktop',
      screenEmulation: {
        mobile: false,
        width: 1366,
        height: 768,
        deviceScaleFactor: 1,
        disabled: false,
      },
      throttlingMethod: 'simulate',
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${account.role}`);
    const { lhr } = result;
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
