import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openBrowser } from '../support/browser.js';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { type RunningServer, startServer } from '../support/server.js';

/** The trainees in the dashboard's risk order, by staff code. */
async function riskOrder(page: Page): Promise<string[]> {
  return page
    .getByTestId('risk-order')
    .locator(':scope > li[data-code]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-code') ?? ''));
}

async function supervisionOf(page: Page, code: string): Promise<string> {
  return page.locator(`li[data-code="${code}"]`).getByTestId('supervision-hours').innerText();
}

async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 15_000;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/*
 * A supervisor signs in, looks at their trainees as they stood on
 * 2021-09-01 (the demo programme's first weeks: nobody supervised yet, so the
 * order is by code), logs a group session for three trainees by keyboard,
 * and sees the three gain 90 minutes and move below the two trainees who
 * still have had no supervision.
 */
describe('supervision journey in Chromium', () => {
  let server: RunningServer;
  let password: string;

  beforeAll(async () => {
    server = await startServer();
    ({ password } = demoAccountsFrom(server.output()));
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('logs a group supervision for three trainees and shows their hours and risk order change', async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      await page.goto(`${server.url}/`);
      await page.getByLabel('Email address').fill('supervisor@attune.test');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Supervision' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Supervision' }).waitFor();

      const asOf = page.getByLabel('Show progress as of', { exact: true });
      await asOf.fill('01/09/2021');
      await asOf.press('Tab');
      await page.getByText('As of 1 Sep 2021;').waitFor();
      const before = await until(
        () => riskOrder(page),
        (o) => o.length === 6,
        'six trainees',
      );
      assert.deepEqual(before, [
        'P-LA1-01',
        'P-LA1-02',
        'P-LA1-03',
        'P-LA1-04',
        'P-LA1-05',
        'P-LA1-06',
      ]);
      assert.equal(await supervisionOf(page, 'P-LA1-02'), '0 sessions, 0 min supervision');
      assert.match(
        await page.locator('li[data-code="P-LA1-02"]').getByTestId('gap').innerText(),
        /Over four weeks without supervision/,
      );

      // The form, by keyboard only: date, duration, three ticks (Space), submit (Enter).
      const started = Date.now();
      const date = page.getByLabel('Date', { exact: true });
      await date.fill('31/08/2021');
      const duration = page.getByLabel('Duration (minutes)');
      await duration.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('90');
      for (const code of ['P-LA1-01', 'P-LA1-02', 'P-LA1-03']) {
        const box = page.getByRole('checkbox', { name: new RegExp(`\\(${code}\\)$`) });
        await box.focus();
        await page.keyboard.press('Space');
        assert.equal(await box.isChecked(), true, `${code} ticked`);
      }
      assert.equal(
        await page.getByRole('radio', { name: 'Group' }).isChecked(),
        true,
        'three trainees make a group',
      );
      assert.equal(await page.getByRole('radio', { name: 'In person' }).isChecked(), true);
      await page.getByRole('button', { name: 'Log supervision' }).focus();
      await page.keyboard.press('Enter');
      const outcome = page.locator(
        '[data-testid="message"], [data-testid="save-error"], [data-testid="form-problem"]',
      );
      await outcome.first().waitFor();
      assert.equal(
        (await outcome.allInnerTexts()).join(' | '),
        'Logged group supervision on 31 Aug 2021 for P-LA1-01, P-LA1-02, P-LA1-03.',
      );
      const seconds = (Date.now() - started) / 1000;
      assert.ok(seconds < 60, `logged in ${seconds} s`);

      const afterOrder = await until(
        () => riskOrder(page),
        (o) => o[0] === 'P-LA1-04',
        'the risk order to change',
      );
      assert.deepEqual(afterOrder, [
        'P-LA1-04',
        'P-LA1-05',
        'P-LA1-01',
        'P-LA1-02',
        'P-LA1-03',
        'P-LA1-06',
      ]);
      for (const code of ['P-LA1-01', 'P-LA1-02', 'P-LA1-03']) {
        assert.equal(await supervisionOf(page, code), '1 session, 1 h 30 min supervision', code);
        assert.match(
          await page.locator(`li[data-code="${code}"]`).getByTestId('gap').innerText(),
          /^Last supervised 31 Aug 2021 \(1 day ago\)$/,
        );
      }
      assert.equal(await supervisionOf(page, 'P-LA1-04'), '0 sessions, 0 min supervision');
      // The form is ready for the next session.
      assert.equal(await page.getByRole('checkbox', { name: /\(P-LA1-01\)$/ }).isChecked(), false);
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
