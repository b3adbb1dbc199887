import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { DemoAccount } from './demo-accounts.js';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules issue 18 holds every page to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The widths every page is checked at: a laptop and a small phone. */
export const WIDTHS = [1366, 375] as const;

/** Signs in through the form, by keyboard only (Enter submits), and waits for the home page. */
export async function signInByKeyboard(
  page: Page,
  account: DemoAccount,
  password: string,
): Promise<void> {
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await page.waitForURL('**/home');
}

/** The addresses the main navigation links to, in its order. */
export async function navAddresses(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  return (await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''))).filter(
    (href) => href !== '',
  );
}

/**
 * Opens an address and waits until its page has settled: its one h1 is shown,
 * the network is quiet, and nothing is still loading.
 */
export async function openSettled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  // Loading is shown by indeterminate bars; a determinate one (progress) stays and is checked.
  await page
    .locator('mat-progress-bar[mode="indeterminate"], mat-spinner')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 });
}

/**
 * What is wrong with the page shown, at its current width: each axe violation
 * of the WCAG A and AA rules (with the elements it found), and a page wider
 * than the window.
 */
export async function accessibilityProblems(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  for (const violation of results.violations) {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`);
    problems.push(`${where}: ${violation.id} (${violation.help})\n    ${nodes.join('\n    ')}`);
  }
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (scrollWidth > clientWidth) {
    const widest = await page.evaluate((limit) => {
      // The outermost elements that reach past the window: what to fix.
      const scrolled = (el: HTMLElement): boolean =>
        el.parentElement !== null &&
        el.parentElement.closest('.scroll-region, [style*="overflow"]') !== null;
      const past = Array.from(document.querySelectorAll<HTMLElement>('main *')).filter(
        (el) => el.getBoundingClientRect().right > limit + 1 && !scrolled(el),
      );
      const outer = past.filter((el) => !past.includes(el.parentElement as HTMLElement));
      return outer
        .slice(0, 3)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} ${Math.round(el.getBoundingClientRect().right)}px`,
        );
    }, clientWidth);
    problems.push(
      `${where}: scrolls sideways (${scrollWidth} px in ${clientWidth} px): ${widest.join(', ')}`,
    );
  }
  return problems;
}
