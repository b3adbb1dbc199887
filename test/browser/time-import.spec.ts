import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openBrowser } from '../support/browser.js';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { HttpClient } from '../support/http.js';
import { type RunningServer, startServer } from '../support/server.js';

const HEADER = 'staff_code,date,activity,minutes,la_code,family_reference';

/**
 * LA1's manager on the import page: downloads the CSV template (its header is
 * time_entries.csv's), loads a file with a bad date and sees it located in the
 * problems table, then a good file: the dry run shows what it would write by LA
 * and activity, Import writes it (the API then has the entries), and the same
 * file again is refused as a duplicate with the explanation shown.
 */
describe('time import journey in Chromium', () => {
  let server: RunningServer;
  let password: string;
  let programmeId: string;
  let manager: HttpClient;
  let staffCode: string;
  let day: string;

  beforeAll(async () => {
    server = await startServer();
    ({ password } = demoAccountsFrom(server.output()));
    manager = new HttpClient(server.url);
    const login = await manager.request('POST', '/api/auth/login', {
      email: 'la.manager@attune.test',
      password,
    });
    assert.equal(login.status, 200);
    const { items } = (await (await manager.request('GET', '/api/programmes')).json()) as {
      items: Array<{ id: string; deliveryEnd: string }>;
    };
    programmeId = items[0]!.id;
    const base = `/api/programmes/${programmeId}`;
    const entries = (await (
      await manager.request('GET', `${base}/time-entries?pageSize=1`)
    ).json()) as {
      items: Array<{ staffCode: string }>;
    };
    staffCode = entries.items[0]!.staffCode;
    const locks = (await (
      await manager.request('GET', `${base}/period-locks?pageSize=1000`)
    ).json()) as {
      items: Array<{ month: string }>;
    };
    const locked = new Set(locks.items.map((l) => l.month));
    // A weekday of the programme's last open month: time no session already counts (meetings).
    const end = items[0]!.deliveryEnd;
    let d = new Date(`${end}T00:00:00Z`);
    while (locked.has(d.toISOString().slice(0, 7))) d = new Date(d.getTime() - 28 * 86_400_000);
    day = d.toISOString().slice(0, 10);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('an LA manager downloads the template, sees a bad row located, dry-runs and imports a good file, and is refused the same file again', async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      await page.goto(`${server.url}/`);
      await page.getByLabel('Email address').fill('la.manager@attune.test');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Import time' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Import time' }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download the CSV template' }).click(),
      ]);
      const template = readFileSync(await download.path(), 'utf8');
      assert.equal(template.replace(/^\uFEFF/, '').split(/\r?\n/)[0], HEADER);

      const input = page.getByLabel('File (.csv or .xlsx)');
      const choose = async (name: string, rows: string[]) =>
        input.setInputFiles({
          name,
          mimeType: 'text/csv',
          buffer: Buffer.from(`${HEADER}\n${rows.join('\n')}\n`),
        });
      const dryRun = page.getByRole('button', { name: 'Check the file (dry run)' });

      await choose('bad.csv', [
        `${staffCode},${day},meetings,30,,`,
        `${staffCode},2022-02-30,meetings,30,,`,
      ]);
      await dryRun.click();
      await page.getByText('bad.csv was refused: 1 problem(s), listed below.').waitFor();
      const problem = page.getByRole('table').getByRole('row').filter({ hasText: 'date' });
      await problem.waitFor();
      const cells = await problem.getByRole('cell').allInnerTexts();
      assert.equal(cells[0], '3');
      assert.equal(cells[1], 'date');
      assert.ok(cells[2]!.length > 0, 'the problem is said');

      const good = [`${staffCode},${day},meetings,41,,`, `${staffCode},${day},admin,19,,`];
      await choose('good.csv', good);
      await dryRun.click();
      await page.getByText('good.csv passed: 2 rows would be imported.').waitFor();
      const summary = page.getByRole('table', { name: /What the import would write/ });
      const meetings = summary.getByRole('row').filter({ hasText: 'meetings' });
      assert.deepEqual((await meetings.getByRole('cell').allInnerTexts()).slice(0, 4), [
        'LA1',
        'meetings',
        '1',
        '41',
      ]);
      const total = await summary.locator('tfoot tr').innerText();
      assert.match(total, /Total\s+2\s+60/);

      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByText('Imported 2 rows from good.csv.').waitFor();
      const written = (await (
        await manager.request(
          'GET',
          `/api/programmes/${programmeId}/time-entries?staffCode=${staffCode}&from=${day}&to=${day}&pageSize=100`,
        )
      ).json()) as { items: Array<{ activity: string; minutes: number }> };
      const minutes = written.items.map((e) => `${e.activity} ${e.minutes}`);
      assert.ok(minutes.includes('meetings 41') && minutes.includes('admin 19'), minutes.join());

      await choose('good-again.csv', good);
      await dryRun.click();
      await page.getByText('good-again.csv was refused as a duplicate.').waitFor();
      await page.getByText(/imported before/).waitFor();
      await page.getByText(/keeps a fingerprint of every file it imports/).waitFor();
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
