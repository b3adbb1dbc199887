import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type {
  CostSummary,
  ErrorBody,
  LedgerLineView,
  LedgerMonthsView,
  LedgerPage,
} from '@attune/contract';
import { tracedFigures } from '@attune/domain';
import { parse } from 'csv-parse/sync';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, signIn } from '../../../test/builders/users';
import { PackageImportService } from '../../programme-data/package-import/package-import.service';
import {
  writeProgrammeFolder,
  writeRecordStream,
} from '../../programme-data/package-import/package-folder';
import { buildDemoProgramme } from '../../seed/demo-programme';
import { scaleRecords } from '../../seed/scale-programme';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe('the ledger: every figure of the cost summary traced to its lines', () => {
  let t: TestApp;
  let scratch: string;
  const who: Record<string, Record<string, string>> = {};
  let demoId: string;
  let scaleId: string;
  const demo = buildDemoProgramme();

  async function importFolder(write: (dir: string) => Promise<unknown>): Promise<string> {
    const dir = await mkdtemp(join(scratch, 'pkg-'));
    await write(dir);
    const result = await t.app
      .get(PackageImportService)
      .importPath(dir, { principal: null, requestId: 'test', address: null });
    assert.ok(result.ok, JSON.stringify(result.ok ? '' : result.errors.slice(0, 3)));
    return result.programmeId;
  }

  const get = (url: string, role = 'economist') =>
    t.app.inject({ method: 'GET', url, headers: who[role] });

  async function ledger(id: string, query: string, role = 'economist'): Promise<LedgerPage> {
    const response = await get(`/api/programmes/${id}/ledger?${query}`, role);
    assert.equal(response.statusCode, 200, `${query}: ${response.body}`);
    return response.json<LedgerPage>();
  }

  /** Every line of a filter, a page at a time. */
  async function allLines(id: string, query: string, pageSize: number) {
    const lines: LedgerLineView[] = [];
    for (let page = 1; ; page++) {
      const p = await ledger(id, `${query}&page=${page}&pageSize=${pageSize}`);
      lines.push(...p.items);
      if (p.items.length < pageSize) return { lines, last: p };
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ ATTUNE_JOB_WORKER: 'false' });
    scratch = await mkdtemp(join(tmpdir(), 'attune-ledger-test-'));
    const users = [
      { email: 'economist@test.example', role: 'economist' },
      { email: 'admin@test.example', role: 'admin' },
      { email: 'manager@test.example', role: 'la_manager', laCode: 'LA1' },
      { email: 'supervisor@test.example', role: 'supervisor', staffCode: 'S-01' },
    ];
    for (const u of users) {
      await createUser(t.app, u);
      who[u.role] = await signIn(t.app, u.email);
    }
    demoId = await importFolder((dir) => writeProgrammeFolder(dir, demo));
    scaleId = await importFolder((dir) =>
      writeRecordStream(
        dir,
        scaleRecords({
          localAuthorities: 3,
          practitioners: 14,
          targetLedgerLines: 8_000,
          seed: 11,
        }),
      ),
    );
  });

  afterAll(async () => {
    await t.close();
    await rm(scratch, { recursive: true, force: true });
  });

  for (const [name, id] of [
    ['the demo programme', () => demoId],
    ['a generated programme', () => scaleId],
  ] as const) {
    it(`sums every figure's ledger query to the figure, to the penny: ${name}`, async () => {
      const response = await get(`/api/programmes/${id()}/cost-summary`);
      assert.equal(response.statusCode, 200, response.body);
      const summary = response.json<CostSummary>();
      assert.ok(Number(summary.totals.staffTime) > 0 && Number(summary.totals.resources) > 0);
      const figures = tracedFigures(summary);
      const notStarted = summary.notStarted.breakdown.length;
      assert.ok(notStarted > 0, 'some referrals never started, so their filter is traced too');
      assert.equal(
        figures.length,
        3 + summary.byLocalAuthority.length + 11 + 2 + 2 + 1 + notStarted,
      );
      for (const f of figures) {
        const page = await ledger(id(), `${f.ledgerQuery}&pageSize=1`);
        assert.equal(page.totalCost, f.cost, `${f.figure} (${f.ledgerQuery})`);
        if (f.minutes !== undefined && summary.complete)
          assert.equal(page.totalMinutes, f.minutes, `${f.figure} minutes`);
      }
      // By month (the dashboard's cumulative chart): each month's figure is its ledger query's sum.
      const la = summary.byLocalAuthority[0]!;
      const months = await get(`/api/programmes/${id()}/ledger/months?${la.ledgerQuery}`);
      assert.equal(months.statusCode, 200, months.body);
      const items = months.json<LedgerMonthsView>().items;
      assert.ok(items.length >= 3, `${items.length} months`);
      for (const m of items.slice(0, 3)) {
        assert.equal(m.ledgerQuery, `${la.ledgerQuery}&month=${m.month}`);
        const page = await ledger(id(), `${m.ledgerQuery}&pageSize=1`);
        assert.deepEqual(
          [page.total, page.totalMinutes, page.totalCost],
          [m.lines, m.minutes, m.cost],
        );
      }
      const whole = await ledger(id(), `${la.ledgerQuery}&pageSize=1`);
      assert.equal(
        items.reduce((n, m) => n + m.lines, 0),
        whole.total,
      );
    });
  }

  it('filters by every field, each taking comma-separated values', async () => {
    const { lines: all } = await allLines(demoId, '', 1000);
    const pick = (l: LedgerLineView) => l.staffCode !== null && l.familyReference !== null;
    const sample = all.find(pick)!;
    const cases: Array<[string, (l: LedgerLineView) => boolean]> = [
      ['laCode=LA1,LA2', (l) => l.laCode === 'LA1' || l.laCode === 'LA2'],
      ['laCode=programme', (l) => l.laCode === null],
      [
        'activity=travel,preparation',
        (l) => l.activity === 'travel' || l.activity === 'preparation',
      ],
      ['source=resource', (l) => l.source === 'resource'],
      [
        'source=time_entry,training_event',
        (l) => ['time_entry', 'training_event'].includes(l.source),
      ],
      [`staffCode=${sample.staffCode}`, (l) => l.staffCode === sample.staffCode],
      [
        `familyReference=${sample.familyReference}`,
        (l) => l.familyReference === sample.familyReference,
      ],
      ['costType=setup', (l) => l.costType === 'setup'],
      [`from=${sample.date}&to=${sample.date}`, (l) => l.date === sample.date],
      [`month=${sample.date.slice(0, 7)}`, (l) => l.date.startsWith(sample.date.slice(0, 7))],
      [
        `laCode=LA1&costType=recurring&source=family_session`,
        (l) => l.laCode === 'LA1' && l.costType === 'recurring' && l.source === 'family_session',
      ],
    ];
    for (const [query, want] of cases) {
      const expected = all.filter(want);
      assert.ok(expected.length > 0 && expected.length < all.length, `${query} selects some lines`);
      const { lines, last } = await allLines(demoId, query, 1000);
      assert.deepEqual(lines, expected, query);
      assert.equal(last.total, expected.length, query);
      assert.equal(
        last.totalMinutes,
        expected.reduce((s, l) => s + l.minutes, 0),
        query,
      );
    }
  });

  it('pages in a stable order with the totals of the whole filter on every page', async () => {
    const first = (await ledger(demoId, 'laCode=LA1&source=family_session&pageSize=1')).items[0]!;
    const filter = `laCode=LA1&month=${first.date.slice(0, 7)}`;
    const whole = await ledger(demoId, `${filter}&pageSize=1000`);
    assert.ok(whole.total > 15 && whole.total < 1000, `${whole.total} lines`);
    const { lines } = await allLines(demoId, filter, 5);
    assert.deepEqual(lines, whole.items);
    const third = await ledger(demoId, `${filter}&page=3&pageSize=5`);
    assert.deepEqual(third.items, whole.items.slice(10, 15));
    assert.deepEqual(
      [third.total, third.totalMinutes, third.totalCost],
      [whole.total, whole.totalMinutes, whole.totalCost],
    );
    const beyond = await ledger(demoId, `${filter}&page=999&pageSize=5`);
    assert.deepEqual([beyond.items.length, beyond.total], [0, whole.total]);
    // A line shows its rate and cost; resources show a cost, minutes 0 and no person.
    const line = whole.items.find((l) => l.source === 'family_session')!;
    assert.match(line.rate!, /^\d+\.\d{2}$/);
    assert.match(line.cost!, /^\d+\.\d{2}$/);
    const resource = (await ledger(demoId, 'source=resource&pageSize=1')).items[0]!;
    assert.deepEqual(
      [resource.minutes, resource.staffCode, resource.activity, resource.rate],
      [0, null, null, null],
    );
  });

  it('kept totals give way to a write at once: the next page has the new totals', async () => {
    const before = await ledger(scaleId, 'source=resource&pageSize=1');
    await ledger(scaleId, 'source=resource&page=2&pageSize=1'); // served with the kept totals
    await t.db.dataSource.query(
      `INSERT INTO resources (programme_id, category, description, cost_type, quantity, unit_cost_pence, price_year,
         useful_life_years, bearer, date, version)
       SELECT $1, category, description, cost_type, quantity, unit_cost_pence, price_year, useful_life_years, bearer, date, 1
       FROM resources WHERE programme_id = $1 ORDER BY id LIMIT 1`,
      [scaleId],
    );
    const after = await ledger(scaleId, 'source=resource&page=2&pageSize=1');
    assert.equal(after.total, before.total + 1);
    assert.notEqual(after.totalCost, before.totalCost);
  });

  it('streams the same lines as CSV, audited, codes and never names', async () => {
    const query = 'laCode=LA2&source=family_session,supervision_session,time_entry,resource';
    const { lines } = await allLines(demoId, query, 1000);
    const response = await get(`/api/programmes/${demoId}/ledger.csv?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    const rows = parse<Record<string, string>>(response.body, { columns: true });
    assert.equal(rows.length, lines.length);
    const blank = (v: string | number | null) => (v === null ? '' : String(v));
    rows.forEach((r, i) => {
      const l = lines[i]!;
      assert.deepEqual(
        r,
        {
          date: l.date,
          la_code: blank(l.laCode),
          staff_code: blank(l.staffCode),
          cost_role: blank(l.costRole),
          activity: blank(l.activity),
          source: l.source,
          source_record_id: l.sourceRecordId,
          family_reference: blank(l.familyReference),
          minutes: String(l.minutes),
          rate: blank(l.rate),
          cost: blank(l.cost),
          cost_type: l.costType,
        },
        `row ${i + 1}`,
      );
    });
    for (const s of demo.staff) assert.ok(!response.body.includes(s.displayName), s.displayName);
    const json = (await get(`/api/programmes/${demoId}/ledger?pageSize=1000`)).body;
    for (const s of demo.staff) assert.ok(!json.includes(s.displayName), s.displayName);
    const audit = await t.db.dataSource.query<Array<{ after: { filter: unknown } }>>(
      `SELECT after FROM audit_events WHERE action = 'ledger.export' AND entity_id = $1`,
      [demoId],
    );
    assert.equal(audit.length, 1);
    assert.deepEqual(audit[0]!.after.filter, {
      laCode: ['LA2'],
      source: ['family_session', 'supervision_session', 'time_entry', 'resource'],
    });
  });

  it('lets admins and economists read the whole programme, and no one else', async () => {
    const admin = await ledger(demoId, 'pageSize=1', 'admin');
    const economist = await ledger(demoId, 'pageSize=1', 'economist');
    assert.deepEqual(admin, economist);
    for (const role of ['la_manager', 'supervisor']) {
      assert.equal((await get(`/api/programmes/${demoId}/ledger`, role)).statusCode, 403, role);
      assert.equal((await get(`/api/programmes/${demoId}/ledger.csv`, role)).statusCode, 403, role);
    }
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${demoId}/ledger`,
    });
    assert.equal(anonymous.statusCode, 401);
    const missing = await get('/api/programmes/00000000-0000-4000-8000-000000000000/ledger');
    assert.equal(missing.statusCode, 404);
    const missingCsv = await get('/api/programmes/00000000-0000-4000-8000-000000000000/ledger.csv');
    assert.equal(missingCsv.statusCode, 404);
  });

  it('refuses a bad filter with a 400 naming each field', async () => {
    const response = await get(
      `/api/programmes/${demoId}/ledger?activity=flying&month=2021-13&from=2022-02-01&to=2022-01-01&pageSize=0`,
    );
    assert.equal(response.statusCode, 400);
    const body = response.json<ErrorBody>();
    assert.deepEqual(body.errors!.map((e) => e.field).sort(), ['pageSize']);
    const filter = await get(
      `/api/programmes/${demoId}/ledger?activity=flying&month=2021-13&from=2022-02-01&to=2022-01-01`,
    );
    assert.equal(filter.statusCode, 400);
    assert.deepEqual(
      filter.json<ErrorBody>().errors!.map((e) => e.field),
      ['activity', 'month', 'from'],
    );
    const unknown = await get(`/api/programmes/${demoId}/ledger?colour=red`);
    assert.equal(unknown.statusCode, 400);
  });
});
