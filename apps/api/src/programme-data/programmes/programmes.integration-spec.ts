import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  computeCostSummary,
  PACKAGE_FILES,
  PACKAGE_KEYS,
  type CostSummary,
  type ProgrammeData,
} from '@attune/domain';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, signIn } from '../../../test/builders/users';
import { buildDemoProgramme } from '../../seed/demo-programme';
import { Clock } from '../../platform/clock/clock';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { writeProgrammeFolder, zipFolder } from '../package-import/package-folder';
import { openZip } from '../package-import/package-source';

const BOUNDARY = 'attune-test-boundary';

/** A multipart body with the zip in field `package`. */
function multipart(zip: Buffer, field = 'package'): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="package.zip"\r\n` +
        'Content-Type: application/zip\r\n\r\n',
    ),
    zip,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

/** Every domain table: a refused import must leave each exactly as it was. */
const TABLES = [
  'programmes',
  'rule_sets',
  'local_authorities',
  'staff',
  'practitioners',
  'families',
  'family_status_changes',
  'family_sessions',
  'supervision_sessions',
  'supervision_attendees',
  'training_events',
  'training_trainers',
  'training_attendees',
  'milestones',
  'time_entries',
  'unit_costs',
  'price_indices',
  'resources',
];

describe('programmes: import, export, list and cost summary', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let economist: Record<string, string>;
  let manager: Record<string, string>;
  let scratch: string;
  let demo: ProgrammeData;
  let demoZip: Buffer;
  let programmeId: string;

  async function zipOf(
    data: ProgrammeData,
    edit?: (dir: string) => Promise<void>,
  ): Promise<Buffer> {
    const dir = await mkdtemp(join(scratch, 'pkg-'));
    await writeProgrammeFolder(dir, data);
    if (edit) await edit(dir);
    await zipFolder(dir, `${dir}.zip`);
    return readFile(`${dir}.zip`);
  }

  function upload(zip: Buffer, headers = admin) {
    return t.app.inject({
      method: 'POST',
      url: '/api/programmes/import',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart(zip),
    });
  }

  async function summaryOf(id: string, headers = admin): Promise<CostSummary> {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${id}/cost-summary`,
      headers,
    });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<CostSummary>();
  }

  async function tableCounts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await t.db.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM ${table}`,
      );
      out[table] = row!.n;
    }
    return out;
  }

  beforeAll(async () => {
    t = await createTestApp();
    scratch = await mkdtemp(join(tmpdir(), 'attune-programmes-test-'));
    await createUser(t.app, { email: 'admin@test.example', role: 'admin' });
    await createUser(t.app, { email: 'economist@test.example', role: 'economist' });
    await createUser(t.app, { email: 'manager@test.example', role: 'la_manager', laCode: 'LA2' });
    admin = await signIn(t.app, 'admin@test.example');
    economist = await signIn(t.app, 'economist@test.example');
    manager = await signIn(t.app, 'manager@test.example');
    demo = buildDemoProgramme();
    demoZip = await zipOf(demo);
  });

  afterAll(async () => {
    await t.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('imports the demo package: 201 with the row count of every file', async () => {
    const response = await upload(demoZip);
    assert.equal(response.statusCode, 201, response.body);
    const body = response.json<{ programmeId: string; counts: Record<string, number> }>();
    programmeId = body.programmeId;
    for (const file of PACKAGE_FILES) {
      const records =
        file === 'programme.csv'
          ? [demo.programme]
          : ((demo[PACKAGE_KEYS[file]] ?? []) as unknown[]);
      assert.equal(body.counts[file], records.length, file);
    }
    const [families] = await t.db.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM families WHERE programme_id = $1',
      [programmeId],
    );
    assert.equal(families!.n, demo.families.length);
  });

  it('records the import in the audit log with its counts', async () => {
    const rows = await t.db.dataSource.query<Array<{ after: { counts: Record<string, number> } }>>(
      "SELECT after FROM audit_events WHERE action = 'programme.import' AND entity_id = $1",
      [programmeId],
    );
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.after.counts['family_sessions.csv'], demo.familySessions.length);
  });

  it('answers the cost summary the domain computes from the same records, field for field', async () => {
    const summary = await summaryOf(programmeId);
    assert.deepEqual(summary, computeCostSummary(demo));
    assert.deepEqual(Object.keys(summary).sort(), [
      'byActivity',
      'byCostType',
      'byLocalAuthority',
      'complete',
      'gaps',
      'ledgerQueries',
      'notStarted',
      'perFamily',
      'perPractitioner',
      'priceYear',
      'sensitivity',
      'totals',
    ]);
    assert.match(summary.totals.total, /^\d+\.\d{2}$/);
    assert.equal(summary.byLocalAuthority.at(-1)!.code, 'programme');
    assert.ok(Number(summary.totals.staffTime) > 0, 'the demo has staff time');
  });

  it('round trip: export, re-import, identical cost summary', async () => {
    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}/package`,
      headers: admin,
    });
    assert.equal(exported.statusCode, 200);
    assert.equal(exported.headers['content-type'], 'application/zip');
    const again = await upload(exported.rawPayload);
    assert.equal(again.statusCode, 201, again.body);
    const secondId = again.json<{ programmeId: string }>().programmeId;
    assert.notEqual(secondId, programmeId);
    assert.deepEqual(await summaryOf(secondId), await summaryOf(programmeId));
  });

  it('pseudonymises the export for economists: staff names become codes', async () => {
    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}/package`,
      headers: economist,
    });
    assert.equal(exported.statusCode, 200);
    const dir = await mkdtemp(join(scratch, 'eco-'));
    await writeFile(join(dir, 'p.zip'), exported.rawPayload);
    const source = await openZip(join(dir, 'p.zip'));
    const chunks: Buffer[] = [];
    for await (const chunk of await source.open('staff.csv')) chunks.push(chunk as Buffer);
    source.close();
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n').slice(1);
    assert.equal(lines.length, demo.staff.length);
    for (const line of lines) {
      const [code, name] = line.split(',');
      assert.equal(name, code);
    }
    for (const s of demo.staff)
      assert.ok(!lines.some((l) => l.includes(s.displayName)), 'no display name leaks');
  });

  it('refuses a bad package with 422, every problem located, and writes nothing', async () => {
    const beforeCounts = await tableCounts();
    const bad = await zipOf(demo, async (dir) => {
      const edit = async (file: string, change: (lines: string[]) => void) => {
        const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
        change(lines);
        await writeFile(join(dir, file), lines.join('\n'));
      };
      // A bad enumeration value on the first data row of families.csv.
      await edit('families.csv', (l) => (l[1] = l[1]!.replace(/,(CiN|CP),/, ',CPP,')));
      // A session whose family does not exist (line 3).
      await edit('family_sessions.csv', (l) => (l[2] = l[2]!.replace(/^[^,]+/, 'F-NOPE')));
      // A date that does not exist (line 2 of time_entries.csv).
      await edit(
        'time_entries.csv',
        (l) => (l[1] = l[1]!.replace(/,\d{4}-\d{2}-\d{2},/, ',2021-02-30,')),
      );
      // A wrong header.
      await edit('milestones.csv', (l) => (l[0] = 'practitioner,type,date,assessor_code,outcome'));
      await rm(join(dir, 'price_index.csv'));
    });
    const response = await upload(bad);
    assert.equal(response.statusCode, 422, response.body);
    const body = response.json<{
      errors: Array<{ file: string; line: number; column: string; problem: string }>;
      total: number;
    }>();
    const at = (file: string, line: number, column: string) =>
      body.errors.find((e) => e.file === file && e.line === line && e.column === column);
    assert.match(at('families.csv', 2, 'plan_at_referral')?.problem ?? '', /one of CiN, CP/);
    assert.match(
      at('family_sessions.csv', 3, 'family_reference')?.problem ?? '',
      /F-NOPE is not in families.csv/,
    );
    assert.match(at('time_entries.csv', 2, 'date')?.problem ?? '', /not a date that exists/);
    assert.match(at('milestones.csv', 1, '')?.problem ?? '', /header must be exactly/);
    assert.match(at('price_index.csv', 1, '')?.problem ?? '', /missing/);
    assert.equal(body.total, body.errors.length);
    assert.deepEqual(await tableCounts(), beforeCounts);
  });

  it('refuses a package whose ledger has a line no unit cost prices, at that line', async () => {
    const data = structuredClone(demo);
    const first = data.familySessions[0]!;
    const practitioner = data.staff.find((s) => s.code === first.practitionerCode)!;
    data.unitCosts = data.unitCosts.filter((u) => u.costRole !== practitioner.costRole);
    const response = await upload(await zipOf(data));
    assert.equal(response.statusCode, 422);
    const body = response.json<{
      errors: Array<{ file: string; line: number; column: string; problem: string }>;
      total: number;
    }>();
    const problem = body.errors.find((e) => e.file === 'family_sessions.csv' && e.line === 2);
    assert.match(problem?.problem ?? '', new RegExp(`no ${practitioner.costRole} unit cost`));
    assert.ok(body.total >= body.errors.length);
  });

  it('refuses a package with records dated after today, at their lines, and writes nothing', async () => {
    // The demo's delivery runs to 2022-06-30: on 2022-03-01, its later records are in the future.
    const clock = t.app.get(Clock);
    const real = clock.now.bind(clock);
    clock.now = () => new Date('2022-03-01T12:00:00Z');
    try {
      const before = await tableCounts();
      const response = await upload(demoZip);
      assert.equal(response.statusCode, 422, response.body);
      const body = response.json<{
        errors: Array<{ file: string; line: number; problem: string }>;
      }>();
      const late = body.errors.find((e) => e.file === 'family_sessions.csv');
      assert.ok(late, JSON.stringify(body.errors.slice(0, 3)));
      assert.match(late.problem, /outside the programme's window, \d{4}-\d{2}-\d{2} to 2022-03-01/);
      assert.ok(late.line > 1);
      assert.deepEqual(await tableCounts(), before);
    } finally {
      clock.now = real;
    }
  });

  it('refuses an upload that is not a zip, and one in the wrong field', async () => {
    const notZip = await upload(Buffer.from('name,funder\n'));
    assert.equal(notZip.statusCode, 422);
    const wrongField = await t.app.inject({
      method: 'POST',
      url: '/api/programmes/import',
      headers: { ...admin, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart(demoZip, 'file'),
    });
    assert.equal(wrongField.statusCode, 400);
    const body = wrongField.json<{ message: string; errors: Array<{ field: string }> }>();
    assert.match(body.message, /multipart field "package"/);
    assert.deepEqual(
      body.errors.map((e) => e.field),
      ['package'],
    );
  });

  it('lets only admins import, and only admins and economists see costs and packages', async () => {
    assert.equal((await upload(demoZip, economist)).statusCode, 403);
    assert.equal((await upload(demoZip, manager)).statusCode, 403);
    const summary = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}/cost-summary`,
      headers: manager,
    });
    assert.equal(summary.statusCode, 403);
    const pkg = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}/package`,
      headers: manager,
    });
    assert.equal(pkg.statusCode, 403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/programmes' });
    assert.equal(anonymous.statusCode, 401);
    assert.deepEqual(await summaryOf(programmeId, economist), await summaryOf(programmeId, admin));
  });

  it('lists programmes paged, an LA manager only those with their LA', async () => {
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/programmes?page=1&pageSize=1',
      headers: admin,
    });
    assert.equal(all.statusCode, 200);
    const page = all.json<{
      items: Array<{
        id: string;
        localAuthorities: string[];
        startDate: string;
        importedAt: string;
      }>;
      total: number;
    }>();
    assert.equal(page.total, 2);
    assert.equal(page.items.length, 1);
    assert.match(page.items[0]!.startDate, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(page.items[0]!.importedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.ok(Date.parse(page.items[0]!.importedAt) <= Date.now());

    const otherLa = structuredClone(demo);
    otherLa.programme.name = 'Elsewhere';
    const response = await upload(
      await zipOf(otherLa, async (dir) => {
        // Rename LA2 away: the manager bound to LA2 must not see this programme.
        for (const file of PACKAGE_FILES) {
          const text = await readFile(join(dir, file), 'utf8');
          await writeFile(join(dir, file), text.replace(/\bLA2\b/g, 'LA9'));
        }
      }),
    );
    assert.equal(response.statusCode, 201, response.body);
    const seen = await t.app.inject({
      method: 'GET',
      url: '/api/programmes?pageSize=1000',
      headers: manager,
    });
    const list = seen.json<{
      items: Array<{ id: string; localAuthorities: string[] }>;
      total: number;
    }>();
    assert.equal(list.total, 2);
    assert.ok(list.items.every((p) => p.localAuthorities.includes('LA2')));
    assert.ok(
      !list.items.some((p) => p.id === response.json<{ programmeId: string }>().programmeId),
    );
  });

  it('answers 404 for a programme that does not exist', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/programmes/00000000-0000-4000-8000-000000000000/cost-summary',
      headers: admin,
    });
    assert.equal(response.statusCode, 404);
  });
});
