import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { PACKAGE_COLUMNS, type PackageFile } from '@attune/domain';
import type { Page } from 'playwright-core';
import { openBrowser } from '../support/browser.js';
import { type DemoAccount, demoAccountsFrom } from '../support/demo-accounts.js';
import { type RunningServer, startServer } from '../support/server.js';

/** A .zip of stored (uncompressed) entries: enough for a test package, no library needed. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

type Rows = Partial<Record<PackageFile, Record<string, string>[]>>;

/** Every file of the package with its header, and the rows given (columns not named are empty). */
function packageFiles(rows: Rows): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, columns] of Object.entries(PACKAGE_COLUMNS) as [
    PackageFile,
    readonly string[],
  ][]) {
    const lines = [columns.join(',')];
    for (const row of rows[file] ?? []) lines.push(columns.map((c) => row[c] ?? '').join(','));
    files[file] = `${lines.join('\n')}\n`;
  }
  return files;
}

/** A small, otherwise consistent programme whose one family has a trial arm that is no such thing. */
const BAD_ENUM_PACKAGE = packageFiles({
  'programme.csv': [
    {
      name: 'Refused on purpose',
      funder: 'WWCSC',
      provider: 'Babies1st',
      start_date: '2021-06-01',
      intake_start: '2021-08-01',
      intake_end: '2022-03-31',
      delivery_end: '2022-06-30',
      price_year: '2021',
      discount_rate: '0.035',
      min_families_per_practitioner: '6',
      min_sessions_per_family: '8',
      cycles_per_family: '3',
      rule_set: 'aviguk_18_cycle',
    },
  ],
  'local_authorities.csv': [{ code: 'LA1', name: 'Northshire' }],
  'staff.csv': [
    { code: 'S-01', display_name: 'Sam Supervisor', cost_role: 'vig_supervisor' },
    {
      code: 'P-LA1-01',
      display_name: 'Pat Practitioner',
      cost_role: 'social_worker',
      la_code: 'LA1',
    },
  ],
  'practitioners.csv': [
    {
      staff_code: 'P-LA1-01',
      substantive_role: 'social_worker',
      fte: '1.0',
      vig_hours_per_week: '7.5',
      start_date: '2021-06-01',
      supervisor_code: 'S-01',
      status: 'active',
    },
  ],
  'families.csv': [
    {
      reference: 'F-LA1-001',
      la_code: 'LA1',
      referral_date: '2021-09-01',
      child_birth_month: '2021-05',
      plan_at_referral: 'CP',
      court_proceedings: 'false',
      trial_arm: 'treatment', // not intervention, control or not_randomised
      randomisation_date: '2021-09-10',
      practitioner_code: 'P-LA1-01',
      status: 'allocated',
      status_date: '2021-09-10',
    },
  ],
  'unit_costs.csv': ['social_worker', 'vig_supervisor'].map((role) => ({
    cost_role: role,
    hourly_cost_pence: '4500',
    price_year: '2021',
    basis: 'working_hour',
    source: 'PSSRU 2021',
    effective_from: '2021-01-01',
  })),
  'price_index.csv': [{ year: '2021', index: '100' }],
});

async function signIn(page: Page, server: RunningServer, account: DemoAccount, password: string) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await page.waitForURL('**/home');
}

async function openFromNav(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

describe('admin pages in Chromium', () => {
  let server: RunningServer;
  let admin: DemoAccount;
  let password: string;

  beforeAll(async () => {
    server = await startServer();
    const demo = demoAccountsFrom(server.output());
    admin = demo.accounts.find((a) => a.role === 'admin')!;
    password = demo.password;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('refuses a bad package, showing file, line and column, and imports nothing', async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      await signIn(page, server, admin, password);
      await openFromNav(page, 'Programmes');
      await page.getByRole('row').filter({ hasText: 'Download package' }).first().waitFor();
      const before = await page.request.get(`${server.url}/api/programmes`);
      const { total: programmesBefore } = (await before.json()) as { total: number };

      await page.getByLabel('Data package (.zip)').setInputFiles({
        name: 'refused.zip',
        mimeType: 'application/zip',
        buffer: zip(BAD_ENUM_PACKAGE),
      });
      await page.getByRole('button', { name: 'Import package' }).click();

      await page
        .getByRole('status')
        .getByText('The package refused.zip was refused and nothing was imported.')
        .waitFor();
      const table = page.getByRole('table', { name: /Problems in refused\.zip/ });
      const headers = await table.getByRole('columnheader').allInnerTexts();
      assert.deepEqual(headers, ['File', 'Line', 'Column', 'Problem']);
      // The package is otherwise sound: the wrong value is its one problem.
      const rows = table.getByRole('row');
      assert.equal(await rows.count(), 2, 'the header and one problem');
      const cells = (await rows.nth(1).getByRole('cell').allInnerTexts()).map((t) => t.trim());
      assert.deepEqual(cells.slice(0, 3), ['families.csv', '2', 'trial_arm']);
      assert.match(cells[3]!, /must be one of intervention, control, not_randomised/);
      assert.match(cells[3]!, /treatment/);
      await page.getByText('1 problem was found.').waitFor();

      const after = await page.request.get(`${server.url}/api/programmes`);
      assert.equal(((await after.json()) as { total: number }).total, programmesBefore);
      assert.deepEqual(problems.pageErrors, []);
      // The 422 itself is the only console error the browser reports.
      assert.ok(
        problems.consoleErrors.every((e) => /422/.test(e)),
        problems.consoleErrors.join('\n'),
      );
    } finally {
      await browser.close();
    }
  });
});
