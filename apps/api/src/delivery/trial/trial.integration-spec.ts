import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { CollectionsDueSummary, DueCollection, Page, TrialFlow } from '@attune/contract';
import { Clock } from '../../platform/clock/clock';
import { createUser, signIn } from '../../../test/builders/users';
import { DELIVERY_TODAY, insertDeliveryFixture } from '../../../test/builders/delivery-programme';
import { createTestApp, TestApp } from '../../testing/test-app';

describe("the trial's flow and data-collection points", () => {
  let t: TestApp;
  let base: string;
  let programmeId: string;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    t.app.get(Clock).now = () => new Date(`${DELIVERY_TODAY}T12:00:00Z`);
    const fx = await insertDeliveryFixture(t.db.dataSource);
    programmeId = fx.programmeId;
    base = `/api/programmes/${programmeId}`;
    for (const user of [
      { email: 'admin@t.test', role: 'admin' },
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
    ]) {
      await createUser(t.app, user);
      as[user.email.split('@')[0]!] = await signIn(t.app, user.email);
    }
  });
  afterAll(async () => t.close());

  const get = (who: string, path: string) =>
    t.app.inject({ method: 'GET', url: `${base}${path}`, headers: as[who] });

  /** The same counts straight from the families' current columns: an independent reckoning. */
  async function counted(laCode?: string) {
    const q = <T>(sql: string) =>
      t.db.dataSource.query<T[]>(
        `SELECT ${sql} FROM families f JOIN local_authorities la ON la.id = f.la_id
         WHERE f.programme_id = $1 AND ($2::text IS NULL OR la.code = $2)`,
        [programmeId, laCode ?? null],
      );
    const [row] = await q<{
      referred: number;
      intervention: number;
      control: number;
      notRandomised: number;
      allocated: number;
      started: number;
      completed: number;
    }>(
      `count(*)::int AS referred,
       count(*) FILTER (WHERE trial_arm = 'intervention')::int AS intervention,
       count(*) FILTER (WHERE trial_arm = 'control')::int AS control,
       count(*) FILTER (WHERE trial_arm = 'not_randomised' AND status IN ('allocated','active','completed','withdrawn'))::int AS "notRandomised",
       count(*) FILTER (WHERE trial_arm = 'intervention' AND status IN ('allocated','active','completed'))::int AS allocated,
       count(*) FILTER (WHERE trial_arm = 'intervention' AND status IN ('active','completed'))::int AS started,
       count(*) FILTER (WHERE trial_arm = 'intervention' AND status = 'completed')::int AS completed`,
    );
    const grouped = await t.db.dataSource.query<
      Array<{ status: string; reason: string; n: number }>
    >(
      `SELECT f.status, f.status_reason AS reason, count(*)::int AS n FROM families f
       JOIN local_authorities la ON la.id = f.la_id
       WHERE f.programme_id = $1 AND ($2::text IS NULL OR la.code = $2)
         AND f.status IN ('not_proceeded', 'withdrawn') GROUP BY 1, 2`,
      [programmeId, laCode ?? null],
    );
    const by = (status: string) =>
      Object.fromEntries(grouped.filter((g) => g.status === status).map((g) => [g.reason, g.n]));
    return { ...row!, notProceeded: by('not_proceeded'), withdrawn: by('withdrawn') };
  }

  it('gives CONSORT counts equal to an independent count of the fixture, overall and by LA', async () => {
    const response = await get('admin', `/trial-flow?asOf=${DELIVERY_TODAY}`);
    assert.equal(response.statusCode, 200, response.body);
    const flow = response.json<TrialFlow>();
    assert.deepEqual(
      flow.byLocalAuthority.map((r) => r.code),
      ['LA1', 'LA2'],
    );
    for (const [row, laCode] of [
      [flow.overall, undefined],
      ...flow.byLocalAuthority.map((r) => [r, r.code] as const),
    ] as const) {
      const expected = await counted(laCode);
      assert.equal(row.referred, expected.referred);
      assert.deepEqual(row.randomised, {
        intervention: expected.intervention,
        control: expected.control,
      });
      assert.equal(row.notRandomised, expected.notRandomised);
      assert.deepEqual(
        [row.allocated, row.started, row.completed],
        [expected.allocated, expected.started, expected.completed],
      );
      assert.deepEqual(row.notProceeded, expected.notProceeded);
      assert.deepEqual(row.withdrawn, expected.withdrawn);
    }
    assert.ok(flow.overall.referred > 0 && flow.overall.randomised.intervention > 0);
  });

  it('gives the counts as they stood on an earlier day, from the status history', async () => {
    const flow = (await get('admin', '/trial-flow?asOf=2021-09-10')).json<TrialFlow>();
    // Referred by then: the six A families, B1 to B3 and D1 (the C families came in 2022).
    assert.equal(flow.overall.referred, 10);
    assert.deepEqual(flow.overall.randomised, { intervention: 10, control: 0 });
    // Their statuses were all recorded on 20 September 2021 or later.
    assert.deepEqual([flow.overall.allocated, flow.overall.started], [0, 0]);
    assert.deepEqual(flow.overall.notProceeded, {});
    const later = (await get('admin', `/trial-flow?asOf=${DELIVERY_TODAY}`)).json<TrialFlow>();
    assert.ok(later.overall.started > flow.overall.started);
  });

  it('keeps an LA manager to their LA, and refuses practitioners', async () => {
    const flow = (await get('m1', '/trial-flow')).json<TrialFlow>();
    assert.deepEqual(
      flow.byLocalAuthority.map((r) => r.code),
      ['LA1'],
    );
    assert.equal(flow.overall.referred, (await counted('LA1')).referred);
    assert.equal((await get('p1', '/trial-flow')).statusCode, 403);
  });

  it('counts a refused referral by its reason only, and serves trial-flow.csv', async () => {
    const send = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `${base}/ineligible-referrals`,
        headers: as.m1,
        payload,
      });
    const eligible = await send({
      referralDate: '2022-03-01',
      childBirthMonth: '2022-01',
      planAtReferral: 'CP',
    });
    assert.equal(eligible.statusCode, 400);
    const refused = await send({
      referralDate: '2022-03-01',
      childBirthMonth: '2020-01',
      planAtReferral: 'CP',
    });
    assert.equal(refused.statusCode, 201, refused.body);
    assert.equal(refused.json().reason, 'child_too_old');
    const flow = (await get('m1', '/trial-flow')).json<TrialFlow>();
    assert.deepEqual(flow.overall.ineligible, { child_too_old: 1 });
    const csv = await get('admin', '/trial-flow.csv');
    assert.equal(csv.statusCode, 200);
    const lines = csv.body.trim().split(/\r?\n/);
    const header = lines[0]!.split(',');
    assert.equal(header[0], 'la_code');
    assert.ok(header.includes('ineligible_child_too_old') && header.includes('drop_out_rate'));
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(',')[0]),
      ['LA1', 'LA2', 'overall'],
    );
    const overall = lines[3]!.split(',');
    assert.equal(overall[header.indexOf('ineligible_child_too_old')], '1');
  });

  it('lists follow-ups and outcomes due or overdue, with the counts for the home page', async () => {
    // C2 and C3 were randomised on 2022-03-08: follow-ups due 2022-07-08; the A families' are overdue.
    const page = (await get('m1', '/collections-due?asOf=2022-06-30&pageSize=1000')).json<
      Page<DueCollection>
    >();
    const c = page.items.filter((d) => d.reference.startsWith('F-LA1-C'));
    assert.deepEqual(
      c.map((d) => [d.reference, d.point, d.dueOn, d.overdue]),
      [
        ['F-LA1-C2', 'follow_up_4m', '2022-07-08', false],
        ['F-LA1-C3', 'follow_up_4m', '2022-07-08', false],
      ],
    );
    assert.ok(page.items.every((d) => d.laCode === 'LA1'));
    const summary = (
      await get('m1', '/collections-due/summary?asOf=2022-06-30')
    ).json<CollectionsDueSummary>();
    assert.equal(summary.dueSoon + summary.overdue, page.total);
    assert.equal(summary.overdue, page.items.filter((d) => d.overdue).length);
    assert.ok(summary.overdue > 0);
  });

  it('counts follow-ups completed and outcomes recorded as an independent count does, and asOf leaves out later ones', async () => {
    // Some randomised families' follow-ups completed (others missed) and outcomes recorded, on their due dates.
    await t.db.dataSource.query(
      `UPDATE families SET
         follow_up4m_status = CASE WHEN reference LIKE 'F-LA1-%' THEN 'completed' ELSE 'missed' END,
         follow_up4m_on = randomisation_date + 122
       WHERE programme_id = $1 AND randomisation_date IS NOT NULL AND randomisation_date + 122 <= $2::date`,
      [programmeId, DELIVERY_TODAY],
    );
    await t.db.dataSource.query(
      `UPDATE families SET outcome6m = 'CiN', outcome6m_recorded_on = randomisation_date + 183
       WHERE programme_id = $1 AND trial_arm <> 'not_randomised' AND randomisation_date + 183 <= $2::date`,
      [programmeId, DELIVERY_TODAY],
    );
    const independent = async (asOf: string) => {
      const [row] = await t.db.dataSource.query<Array<{ followUps: number; outcomes: number }>>(
        `SELECT
           count(*) FILTER (WHERE follow_up4m_status = 'completed' AND follow_up4m_on <= $2::date)::int AS "followUps",
           count(*) FILTER (WHERE outcome6m IS NOT NULL AND outcome6m_recorded_on <= $2::date)::int AS outcomes
         FROM families WHERE programme_id = $1 AND trial_arm <> 'not_randomised'
           AND randomisation_date <= $2::date`,
        [programmeId, asOf],
      );
      return row!;
    };
    const now = await independent(DELIVERY_TODAY);
    assert.ok(now.followUps > 0 && now.outcomes > 0, 'the fixture has some of each');
    const earlier = '2022-01-15';
    const then = await independent(earlier);
    assert.ok(then.followUps < now.followUps || then.outcomes < now.outcomes, 'some came later');
    for (const [asOf, expected] of [
      [DELIVERY_TODAY, now],
      [earlier, then],
    ] as const) {
      const flow = (await get('admin', `/trial-flow?asOf=${asOf}`)).json<TrialFlow>();
      assert.deepEqual(
        [flow.overall.followUp4mCompleted, flow.overall.outcome6mRecorded],
        [expected.followUps, expected.outcomes],
        asOf,
      );
    }
  });
});
