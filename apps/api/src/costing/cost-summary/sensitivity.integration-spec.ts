import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  computeCostSummary,
  computeOneWaySensitivity,
  type CostSummary,
  type OneWaySensitivity,
} from '@attune/domain';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createUser, signIn } from '../../../test/builders/users';
import { PackageImportService } from '../../programme-data/package-import/package-import.service';
import { writeProgrammeFolder } from '../../programme-data/package-import/package-folder';
import { buildDemoProgramme } from '../../seed/demo-programme';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe('one-way sensitivity, the cost of referrals that never start, the cost summary as CSV', () => {
  let t: TestApp;
  let scratch: string;
  let programmeId: string;
  const demo = buildDemoProgramme();
  const headers: Record<string, Record<string, string>> = {};
  const get = (who: string, path: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}${path}`,
      headers: headers[who],
    });

  beforeAll(async () => {
    t = await createTestApp({ ATTUNE_JOB_WORKER: 'false' });
    scratch = await mkdtemp(join(tmpdir(), 'attune-sensitivity-test-'));
    await writeProgrammeFolder(scratch, demo);
    const result = await t.app
      .get(PackageImportService)
      .importPath(scratch, { principal: null, requestId: 'test', address: null });
    assert.ok(result.ok);
    programmeId = result.programmeId;
    const users = [
      { email: 'economist@test.example', role: 'economist' },
      { email: 'admin@test.example', role: 'admin' },
      { email: 'manager@test.example', role: 'la_manager', laCode: 'LA1' },
      { email: 'supervisor@test.example', role: 'supervisor', staffCode: 'S-01' },
      {
        email: 'practitioner@test.example',
        role: 'practitioner',
        laCode: 'LA1',
        staffCode: 'P-LA1-01',
      },
    ];
    for (const user of users) {
      await createUser(t.app, user);
      headers[user.email.split('@')[0]!] = await signIn(t.app, user.email);
    }
  });

  afterAll(async () => {
    await t.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it("answers the domain's one-way sensitivity of the same records, to the penny", async () => {
    const response = await get('economist', '/sensitivity');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json<OneWaySensitivity>();
    assert.deepEqual(body, computeOneWaySensitivity(demo));
    assert.ok(body.items.length >= 4, 'roles, lives, discount rate and the factors');
    const ranges = body.items.map((i) => Number(i.range));
    assert.deepEqual(
      ranges,
      [...ranges].sort((a, b) => b - a),
      'widest range first',
    );
    assert.equal((await get('admin', '/sensitivity')).statusCode, 200);
  });

  it('is for economists and admins only; an unknown programme is 404', async () => {
    for (const who of ['manager', 'supervisor', 'practitioner']) {
      assert.equal((await get(who, '/sensitivity')).statusCode, 403, who);
      assert.equal((await get(who, '/cost-summary.csv')).statusCode, 403, who);
    }
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/programmes/00000000-0000-4000-8000-000000000000/sensitivity',
      headers: headers.economist,
    });
    assert.equal(unknown.statusCode, 404);
  });

  it("puts the domain's notStarted figure in the cost summary", async () => {
    const summary = (await get('economist', '/cost-summary')).json<CostSummary>();
    const expected = computeCostSummary(demo).notStarted;
    assert.deepEqual(summary.notStarted, expected);
    assert.ok(expected.families > 0 && Number(expected.cost) > 0, 'the demo has such families');
    const reasons = new Set(expected.breakdown.map((g) => g.reason));
    assert.ok(reasons.has('never_started') || reasons.size > 1, [...reasons].join());
  });

  it('exports the cost summary as CSV, one row per figure, and audits the export', async () => {
    const response = await get('economist', '/cost-summary.csv');
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    const rows = parse<Record<string, string>>(response.body, { columns: true });
    assert.deepEqual(Object.keys(rows[0]!), ['section', 'key', 'minutes', 'cost', 'count']);
    const summary = computeCostSummary(demo);
    const find = (section: string, key: string) =>
      rows.find((r) => r.section === section && r.key === key);
    assert.equal(find('totals', 'total')?.cost, summary.totals.total);
    for (const la of summary.byLocalAuthority) {
      assert.equal(find('byLocalAuthority.total', la.code)?.cost, la.total, la.code);
    }
    for (const a of summary.byActivity) {
      assert.deepEqual(
        [find('byActivity', a.activity)?.minutes, find('byActivity', a.activity)?.cost],
        [String(a.minutes), a.cost],
      );
    }
    assert.equal(find('perFamily', 'allocated')?.count, String(summary.perFamily.allocated.count));
    assert.equal(find('notStarted', 'total')?.cost, summary.notStarted.cost);
    assert.equal(
      rows.length,
      4 +
        3 * summary.byLocalAuthority.length +
        summary.byActivity.length +
        2 +
        3 +
        2 +
        3 +
        1 +
        summary.notStarted.breakdown.length,
    );
    const audit = await t.db.dataSource.query<Array<{ n: number }>>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'costSummary.export' AND entity_id = $1",
      [programmeId],
    );
    assert.equal(audit[0]!.n, 1);
  });

  it('opens the not-proceeded dashboard to economists (counts only), not to practitioners', async () => {
    const response = await get('economist', '/dashboard/not-proceeded');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json<{ referred: number; notProceeded: number }>();
    assert.equal(body.referred, demo.families.length);
    assert.equal(
      body.notProceeded,
      demo.families.filter((f) => f.status === 'not_proceeded').length,
    );
    assert.doesNotMatch(response.body, /F-LA\d/, 'no family reference');
    assert.equal((await get('practitioner', '/dashboard/not-proceeded')).statusCode, 403);
  });
});
