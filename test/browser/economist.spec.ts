import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { openBrowser } from '../support/browser.js';
import { type DemoAccount, demoAccountsFrom } from '../support/demo-accounts.js';
import { HttpClient } from '../support/http.js';
import { type RunningServer, startServer } from '../support/server.js';

/** The entries of a .zip (stored or deflated), read from its central directory. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'a zip end-of-directory record');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(archive.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart =
      local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One CSV line's fields (quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
  }
  fields.push(field);
  return fields;
}

/** "1234567.50" as the portal must show it: "£1,234,567.50" (regrouped as text, as money should be). */
function pounds(value: string): string {
  const [whole, pence] = value.split('.');
  return `£${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${pence}`;
}

describe('the economist in Chromium', () => {
  let server: RunningServer;
  let economist: DemoAccount;
  let password: string;
  let programmeId: string;
  let staffNames: string[];
  let total: string;

  beforeAll(async () => {
    server = await startServer();
    const demo = demoAccountsFrom(server.output());
    password = demo.password;
    economist = demo.accounts.find((a) => a.role === 'economist')!;
    const admin = demo.accounts.find((a) => a.role === 'admin')!;

    // The staff's real names, from the admin's (not pseudonymised) package.
    const asAdmin = new HttpClient(server.url);
    assert.equal(
      (await asAdmin.post('/api/auth/login', { email: admin.email, password })).status,
      200,
    );
    const list = (await (await asAdmin.get('/api/programmes')).json()) as {
      items: { id: string; name: string }[];
    };
    assert.equal(list.items.length, 1, 'the demo programme');
    programmeId = list.items[0]!.id;
    const packageResponse = await asAdmin.get(`/api/programmes/${programmeId}/package`);
    assert.equal(packageResponse.status, 200);
    const staff = unzip(Buffer.from(await packageResponse.arrayBuffer()))
      .get('staff.csv')!
      .toString('utf8')
      .trim()
      .split(/\r?\n/)
      .map(csvFields);
    const nameColumn = staff[0]!.indexOf('display_name');
    staffNames = staff.slice(1).map((row) => row[nameColumn]!);
    assert.ok(staffNames.length >= 21 && staffNames.every((n) => n.length > 3));

    const asEconomist = new HttpClient(server.url);
    await asEconomist.post('/api/auth/login', { email: economist.email, password });
    const summary = await asEconomist.get(`/api/programmes/${programmeId}/cost-summary`);
    assert.equal(summary.status, 200);
    ({
      totals: { total },
    } = (await summary.json()) as { totals: { total: string } });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("shows the demo programme's total as the API gives it, and no member of staff by name", async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = browser;
      await page.goto(`${server.url}/sign-in`);
      await page.getByLabel('Email address').fill(economist.email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      await page.waitForURL('**/home');

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Costs' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Costs' }).waitFor();
      // The only programme opens by itself, and the address names it.
      await page.waitForURL(`**/p/${programmeId}/costs`);

      const shown = page.getByTestId('total-cost');
      await shown.waitFor();
      assert.equal((await shown.innerText()).trim(), pounds(total));

      // The chart speaks, and its figures are in a table too, programme-wide row included.
      // A group, not an image: its bars are links to their ledger lines.
      const chart = page.getByRole('group', { name: /^Total cost by local authority: bar chart/ });
      await chart.waitFor();
      const laTable = page.getByRole('table', {
        name: /Total cost by local authority, as a table/,
      });
      await laTable.getByRole('rowheader', { name: 'Programme-wide' }).waitFor();
      await laTable.getByRole('rowheader', { name: 'LA1' }).waitFor();
      await page.getByRole('group', { name: /^Staff time cost by activity: bar chart/ }).waitFor();
      await page.getByRole('link', { name: /Download package/ }).waitFor();

      const html = await page.content();
      const text = await page.locator('body').innerText();
      const named = staffNames.filter((name) => html.includes(name) || text.includes(name));
      assert.deepEqual(named, [], 'no staff display name anywhere on the page');

      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
