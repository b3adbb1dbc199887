import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { CostSummary, ProgrammeData } from '@attune/domain';
import type { ProgrammeView } from '@attune/contract';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, signIn } from '../../../test/builders/users';
import { buildDemoProgramme } from '../../seed/demo-programme';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { writeProgrammeFolder, zipFolder } from '../package-import/package-folder';

const BOUNDARY = 'attune-settings-boundary';

/** Every table that carries a programme's rows: a delete must leave none of it. */
const TABLES: Array<[table: string, column: string]> = [
  ['programmes', 'id'],
  ['rule_sets', 'programme_id'],
  ['local_authorities', 'programme_id'],
  ['staff', 'programme_id'],
  ['practitioners', 'programme_id'],
  ['families', 'programme_id'],
  ['family_sessions', 'programme_id'],
  ['supervision_sessions', 'programme_id'],
  ['training_events', 'programme_id'],
  ['milestones', 'programme_id'],
  ['time_entries', 'programme_id'],
  ['unit_costs', 'programme_id'],
  ['price_indices', 'programme_id'],
  ['resources', 'programme_id'],
  ['delivery_versions', 'programme_id'],
];

describe('programme settings: PATCH and DELETE /api/programmes/:id', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let economist: Record<string, string>;
  let manager: Record<string, string>;
  let scratch: string;
  let demo: ProgrammeData;

  async function importDemo(): Promise<string> {
    const dir = await mkdtemp(join(scratch, 'pkg-'));
    await writeProgrammeFolder(dir, demo);
    await zipFolder(dir, `${dir}.zip`);
    const zip = await readFile(`${dir}.zip`);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/programmes/import',
      headers: { ...admin, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="package"; filename="p.zip"\r\n` +
            'Content-Type: application/zip\r\n\r\n',
        ),
        zip,
        Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
      ]),
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json<{ programmeId: string }>().programmeId;
  }

  async function current(id: string): Promise<ProgrammeView> {
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/programmes?pageSize=1000',
      headers: admin,
    });
    return list.json<{ items: ProgrammeView[] }>().items.find((p) => p.id === id)!;
  }

  const patch = (id: string, payload: object, headers = admin) =>
    t.app.inject({ method: 'PATCH', url: `/api/programmes/${id}`, headers, payload });

  beforeAll(async () => {
    t = await createTestApp();
    scratch = await mkdtemp(join(tmpdir(), 'attune-settings-test-'));
    await createUser(t.app, { email: 'admin@test.example', role: 'admin' });
    await createUser(t.app, { email: 'economist@test.example', role: 'economist' });
    await createUser(t.app, { email: 'manager@test.example', role: 'la_manager', laCode: 'LA2' });
    admin = await signIn(t.app, 'admin@test.example');
    economist = await signIn(t.app, 'economist@test.example');
    manager = await signIn(t.app, 'manager@test.example');
    demo = buildDemoProgramme();
  });

  afterAll(async () => {
    await t.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('lets an admin change the settings, audited with before and after; others get 403', async () => {
    const id = await importDemo();
    const before = await current(id);
    assert.equal(before.sensitivityLow, '0.8');
    for (const headers of [economist, manager]) {
      const refused = await patch(id, { version: before.version, name: 'x' }, headers);
      assert.equal(refused.statusCode, 403);
    }
    const response = await patch(id, {
      version: before.version,
      name: 'Renamed programme',
      reportDue: '2023-01-31',
      targetPractitionerCount: 18,
    });
    assert.equal(response.statusCode, 200, response.body);
    const after = response.json<ProgrammeView>();
    assert.equal(after.name, 'Renamed programme');
    assert.equal(after.reportDue, '2023-01-31');
    assert.equal(after.targetPractitionerCount, 18);
    assert.equal(after.version, before.version + 1);
    const [event] = await t.db.dataSource.query<
      Array<{ before: ProgrammeView; after: ProgrammeView }>
    >(
      "SELECT before, after FROM audit_events WHERE action = 'programme.update' AND entity_id = $1",
      [id],
    );
    assert.equal(event!.before.name, demo.programme.name);
    assert.equal(event!.after.name, 'Renamed programme');
  });

  it('refuses a stale version with 409 stale_version and changes nothing', async () => {
    const id = await importDemo();
    const { version } = await current(id);
    assert.equal((await patch(id, { version, funder: 'First' })).statusCode, 200);
    const stale = await patch(id, { version, funder: 'Second' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json<{ code: string }>().code, 'stale_version');
    assert.equal((await current(id)).funder, 'First');
  });

  it('refuses bad settings with 400 at their fields', async () => {
    const id = await importDemo();
    const { version } = await current(id);
    const response = await patch(id, {
      version,
      sensitivityLow: '1.1',
      sensitivityHigh: '0.9',
      intakeEnd: '2000-01-01',
      ruleSet: 'no_such_rules',
    });
    assert.equal(response.statusCode, 400);
    const fields = response.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field);
    for (const field of ['sensitivityLow', 'sensitivityHigh', 'intakeEnd', 'ruleSet'])
      assert.ok(fields.includes(field), `${field} in ${fields.join(', ')}`);
  });

  it('refuses dates that would leave dated records outside the window: 422 naming the field and the count', async () => {
    const id = await importDemo();
    const { version } = await current(id);
    const last = [...demo.familySessions.map((s) => s.date), ...demo.timeEntries.map((e) => e.date)]
      .sort()
      .at(-1)!;
    const dayBefore = new Date(Date.parse(`${last}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const after = [...demo.familySessions, ...demo.timeEntries].filter((r) => r.date > dayBefore);
    const response = await patch(id, { version, deliveryEnd: dayBefore, reportDue: null });
    assert.equal(response.statusCode, 422, response.body);
    const [problem] = response.json<{ errors: Array<{ field: string; problem: string }> }>().errors;
    assert.equal(problem!.field, 'deliveryEnd');
    const counted = Number(/^(\d+) records/.exec(problem!.problem)?.[1]);
    assert.ok(counted >= after.length, problem!.problem);
    assert.equal((await current(id)).deliveryEnd, demo.programme.deliveryEnd);
  });

  it("computes the summary's low and high totals with the programme's own factors", async () => {
    const id = await importDemo();
    const summary = async () => {
      const r = await t.app.inject({
        method: 'GET',
        url: `/api/programmes/${id}/cost-summary`,
        headers: economist,
      });
      assert.equal(r.statusCode, 200, r.body);
      return r.json<CostSummary>();
    };
    const base = await summary();
    const { version } = await current(id);
    const changed = await patch(id, { version, sensitivityLow: '0.5', sensitivityHigh: '1.5' });
    assert.equal(changed.statusCode, 200, changed.body);
    const moved = await summary();
    assert.equal(moved.totals.total, base.totals.total);
    // In pence: low = total - staff/2, high = total + staff/2 (to within the rounding of each figure).
    const pence = (pounds: string) => BigInt(pounds.replace('.', ''));
    const total = pence(base.totals.total);
    const staff = pence(base.totals.staffTime);
    const near = (got: string, want: bigint) =>
      assert.ok(pence(got) - want <= 1n && want - pence(got) <= 1n, `${got} vs ${want}`);
    near(moved.sensitivity.low, total - staff / 2n);
    near(moved.sensitivity.high, total + staff / 2n);
    assert.notEqual(moved.sensitivity.low, base.sensitivity.low);
  });

  it('exports the new columns and re-imports them', async () => {
    const id = await importDemo();
    const { version } = await current(id);
    await patch(id, {
      version,
      sensitivityLow: '0.7',
      sensitivityHigh: '1.3',
      reportDue: '2023-02-28',
      targetPractitionerCount: 19,
    });
    const exported = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${id}/package`,
      headers: admin,
    });
    assert.equal(exported.statusCode, 200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/programmes/import',
      headers: { ...admin, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="package"; filename="p.zip"\r\n` +
            'Content-Type: application/zip\r\n\r\n',
        ),
        exported.rawPayload,
        Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
      ]),
    });
    assert.equal(again.statusCode, 201, again.body);
    const copy = await current(again.json<{ programmeId: string }>().programmeId);
    assert.equal(copy.sensitivityLow, '0.7');
    assert.equal(copy.sensitivityHigh, '1.3');
    assert.equal(copy.reportDue, '2023-02-28');
    assert.equal(copy.targetPractitionerCount, 19);
    const summaries = await Promise.all(
      [id, copy.id].map((p) =>
        t.app.inject({ method: 'GET', url: `/api/programmes/${p}/cost-summary`, headers: admin }),
      ),
    );
    assert.deepEqual(summaries[1]!.json(), summaries[0]!.json());
  });

  it('deletes a programme and every row of it (admin only, with the version), audited', async () => {
    const keep = await importDemo();
    const id = await importDemo();
    const { version, name } = await current(id);
    const url = `/api/programmes/${id}`;
    const count = async (programmeId: string) => {
      let n = 0;
      for (const [table, column] of TABLES) {
        const [row] = await t.db.dataSource.query<Array<{ n: number }>>(
          `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`,
          [programmeId],
        );
        n += row!.n;
      }
      return n;
    };
    const kept = await count(keep);
    assert.ok((await count(id)) > 0);
    assert.equal(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `${url}?version=${version}`,
          headers: economist,
        })
      ).statusCode,
      403,
    );
    const stale = await t.app.inject({
      method: 'DELETE',
      url: `${url}?version=${version + 5}`,
      headers: admin,
    });
    assert.equal(stale.statusCode, 409);
    const gone = await t.app.inject({
      method: 'DELETE',
      url: `${url}?version=${version}`,
      headers: admin,
    });
    assert.equal(gone.statusCode, 204, gone.body);
    assert.equal(await count(id), 0);
    assert.equal(await count(keep), kept);
    const [event] = await t.db.dataSource.query<Array<{ before: { name: string } }>>(
      "SELECT before FROM audit_events WHERE action = 'programme.delete' AND entity_id = $1",
      [id],
    );
    assert.equal(event!.before.name, name);
    const again = await t.app.inject({ method: 'GET', url: `${url}/cost-summary`, headers: admin });
    assert.equal(again.statusCode, 404);
  });
});
