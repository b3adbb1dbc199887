import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { valueLabel } from '@attune/domain';
import { openBrowser } from '../support/browser.js';
import { type DemoAccount, demoAccountsFrom } from '../support/demo-accounts.js';
import { HttpClient } from '../support/http.js';
import { csvRows, unzip } from '../support/package-zip.js';
import { type RunningServer, startServer } from '../support/server.js';

/** Pounds with two decimals as whole pence, and back, by BigInt: exact. */
const pence = (pounds: string): bigint => BigInt(pounds.replace('.', ''));
const pounds = (p: bigint): string => {
  const digits = p.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
};
/** As the portal shows money: "£1,234,567.50". */
const shown = (value: string): string => {
  const [whole, decimals] = value.split('.');
  return `£${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${decimals}`;
};

interface UnitCost {
  id: string;
  costRole: string;
  hourlyCost: string;
  priceYear: number;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

/**
 * The minutes the ledger costs at one role's rate within a period, worked out
 * from the admin's data package by DESIGN.md's rules, without the app's code:
 * sessions (contact, travel, prep) to the practitioner; supervision (duration
 * and prep, once) to the supervisor and the duration to each attendee;
 * training's duration to each trainer and minutes attended to each attendee;
 * time entries to their person.
 */
function ledgerMinutes(
  entries: Map<string, Buffer>,
  role: string,
  from: string | null,
  to: string | null,
): number {
  const ofRole = new Set(
    csvRows(entries, 'staff.csv')
      .filter((s) => s['cost_role'] === role)
      .map((s) => s['code']!),
  );
  const inPeriod = (date: string) => (!from || date >= from) && (!to || date <= to);
  const n = (cell: string | undefined) => Number(cell || '0');
  let minutes = 0;
  for (const s of csvRows(entries, 'family_sessions.csv'))
    if (ofRole.has(s['practitioner_code']!) && inPeriod(s['date']!))
      minutes += n(s['contact_minutes']) + n(s['travel_minutes']) + n(s['prep_minutes']);
  const supervision = new Map(
    csvRows(entries, 'supervision_sessions.csv').map((s) => [s['id'], s]),
  );
  for (const s of supervision.values())
    if (ofRole.has(s['supervisor_code']!) && inPeriod(s['date']!))
      minutes += n(s['duration_minutes']) + n(s['prep_minutes']);
  for (const a of csvRows(entries, 'supervision_attendees.csv')) {
    const s = supervision.get(a['session_id'])!;
    if (ofRole.has(a['practitioner_code']!) && inPeriod(s['date']!))
      minutes += n(s['duration_minutes']);
  }
  const training = new Map(csvRows(entries, 'training_events.csv').map((e) => [e['id'], e]));
  for (const e of training.values())
    for (const trainer of e['trainer_codes']!.split(';').filter(Boolean))
      if (ofRole.has(trainer.trim()) && inPeriod(e['date']!)) minutes += n(e['duration_minutes']);
  for (const a of csvRows(entries, 'training_attendees.csv')) {
    const e = training.get(a['event_id'])!;
    if (ofRole.has(a['staff_code']!) && inPeriod(e['date']!)) minutes += n(a['minutes_attended']);
  }
  for (const t of csvRows(entries, 'time_entries.csv'))
    if (ofRole.has(t['staff_code']!) && inPeriod(t['date']!)) minutes += n(t['minutes']);
  return minutes;
}

describe('the economist changes a unit cost in Chromium', () => {
  let server: RunningServer;
  let economist: DemoAccount;
  let password: string;
  let programmeId: string;
  let asEconomist: HttpClient;
  let unitCost: UnitCost;
  let minutes: number;
  let totalBefore: string;

  const total = async (): Promise<string> => {
    const response = await asEconomist.get(`/api/programmes/${programmeId}/cost-summary`);
    assert.equal(response.status, 200);
    return ((await response.json()) as { totals: { total: string } }).totals.total;
  };

  beforeAll(async () => {
    server = await startServer();
    const demo = demoAccountsFrom(server.output());
    password = demo.password;
    economist = demo.accounts.find((a) => a.role === 'economist')!;
    const admin = demo.accounts.find((a) => a.role === 'admin')!;

    const asAdmin = new HttpClient(server.url);
    assert.equal(
      (await asAdmin.post('/api/auth/login', { email: admin.email, password })).status,
      200,
    );
    const list = (await (await asAdmin.get('/api/programmes')).json()) as {
      items: { id: string; priceYear: number }[];
    };
    programmeId = list.items[0]!.id;
    const priceYear = list.items[0]!.priceYear;
    const zip = await asAdmin.get(`/api/programmes/${programmeId}/package`);
    assert.equal(zip.status, 200);
    const entries = unzip(Buffer.from(await zip.arrayBuffer()));

    asEconomist = new HttpClient(server.url);
    await asEconomist.post('/api/auth/login', { email: economist.email, password });
    const unitCosts = (await (
      await asEconomist.get(`/api/programmes/${programmeId}/unit-costs?pageSize=1000`)
    ).json()) as { items: UnitCost[] };
    // The admin staff's rate, priced in the programme's own year: no index ratio to apply.
    unitCost = unitCosts.items.find((u) => u.costRole === 'admin_staff')!;
    assert.ok(unitCost, 'the demo has an admin_staff unit cost');
    assert.equal(unitCost.priceYear, priceYear);
    minutes = ledgerMinutes(entries, 'admin_staff', unitCost.effectiveFrom, unitCost.effectiveTo);
    assert.ok(minutes > 0, 'admin staff have time on the ledger');
    totalBefore = await total();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('sees the preview, saves, and the total moves by the minutes times the rate difference', async () => {
    // 60p an hour more is exactly a penny a minute: the total moves by `minutes` pence.
    const newRate = pounds(pence(unitCost.hourlyCost) + 60n);
    const expected = pounds(pence(totalBefore) + BigInt(minutes));

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
        .getByRole('link', { name: 'Unit costs' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Unit costs' }).waitFor();
      await page.waitForURL(`**/p/${programmeId}/unit-costs`);

      await page
        .getByRole('button', {
          name: `Edit unit cost ${unitCost.id}, ${valueLabel('admin_staff')}`,
        })
        .click();
      const rate = page.getByLabel('Hourly cost (£)');
      assert.equal(await rate.inputValue(), unitCost.hourlyCost);
      await rate.fill(newRate);

      const preview = page.getByRole('status').filter({ hasText: 'This change moves the total' });
      await preview
        .filter({ hasText: `from ${shown(totalBefore)} to ${shown(expected)}` })
        .waitFor();
      // A dry run: nothing is saved until Save.
      assert.equal(await total(), totalBefore);

      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('The unit cost was saved.').waitFor();
      await page.getByRole('cell', { name: shown(newRate) }).waitFor();
      assert.equal(await total(), expected);

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Costs', exact: true })
        .click();
      const totalShown = page.getByTestId('total-cost');
      await totalShown.filter({ hasText: shown(expected) }).waitFor();

      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
    }
  });
});
