import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { Clock } from '../../platform/clock/clock';
import { createUser, signIn } from '../../../test/builders/users';
import { DELIVERY_TODAY, insertDeliveryFixture } from '../../../test/builders/delivery-programme';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Every key of every object in a JSON value, however deep. */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

const CONCEALED = ['state', 'remaining', 'blockSize', 'allocations', 'nextArm', 'block'];

describe("Attune's randomiser through the API", () => {
  let t: TestApp;
  let base: string;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    t.app.get(Clock).now = () => new Date(`${DELIVERY_TODAY}T12:00:00Z`);
    const fx = await insertDeliveryFixture(t.db.dataSource);
    base = `/api/programmes/${fx.programmeId}/families`;
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

  const refer = async (laCode: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: base,
      headers: as.admin,
      payload: {
        laCode,
        referralDate: '2022-03-01',
        childBirthMonth: '2021-12',
        planAtReferral: 'CiN',
        courtProceedings: false,
      },
    });
    assert.equal(response.statusCode, 201, response.body);
    const { reference, version } = response.json().family as { reference: string; version: number };
    const baseline = await t.app.inject({
      method: 'PATCH',
      url: `${base}/${reference}`,
      headers: as.admin,
      payload: { version, baselineCompletedOn: '2022-03-01' },
    });
    assert.equal(baseline.statusCode, 200, baseline.body);
    return reference;
  };
  const randomise = (reference: string, who = 'admin') =>
    t.app.inject({
      method: 'POST',
      url: `${base}/${reference}/randomise`,
      headers: as[who],
      payload: { date: '2022-03-02' },
    });

  it('keeps each LA within the block size of balance after every allocation, and reveals no state', async () => {
    const counts: Record<string, { intervention: number; control: number }> = {
      LA1: { intervention: 0, control: 0 },
      LA2: { intervention: 0, control: 0 },
    };
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      for (const la of ['LA1', 'LA2'] as const) {
        const response = await randomise(await refer(la));
        assert.equal(response.statusCode, 201, response.body);
        const family = response.json();
        for (const key of keysOf(family)) seen.add(key);
        assert.equal(family.status, 'randomised');
        counts[la]![family.trialArm as 'intervention' | 'control']++;
        const { intervention, control } = counts[la]!;
        // Blocks of 2 or 4: never more than half the largest block apart.
        assert.ok(Math.abs(intervention - control) <= 2, `${la} ${intervention}:${control}`);
      }
    }
    for (const la of ['LA1', 'LA2']) {
      const { intervention, control } = counts[la]!;
      assert.equal(intervention + control, 30);
    }
    assert.deepEqual(
      CONCEALED.filter((k) => seen.has(k)),
      [],
    );
  });

  it('answers nothing about the sequence anywhere: family, list, audit', async () => {
    const reference = await refer('LA1');
    await randomise(reference);
    const responses = await Promise.all([
      t.app.inject({ method: 'GET', url: `${base}/${reference}`, headers: as.admin }),
      t.app.inject({ method: 'GET', url: `${base}?pageSize=1000`, headers: as.admin }),
      t.app.inject({ method: 'GET', url: `/api/audit-events?pageSize=1000`, headers: as.admin }),
    ]);
    for (const response of responses) {
      if (response.statusCode !== 200) continue;
      const keys = keysOf(response.json());
      assert.deepEqual(
        CONCEALED.filter((k) => keys.has(k)),
        [],
        response.body.slice(0, 200),
      );
    }
    const audit = await t.db.dataSource.query(
      `SELECT after FROM audit_events WHERE action = 'family.randomise' AND entity_id = $1`,
      [reference],
    );
    assert.equal(audit.length, 1);
    assert.deepEqual(Object.keys(audit[0]!.after as object).sort(), [
      'method',
      'randomisationDate',
      'status',
      'trialArm',
    ]);
  });

  it('cannot be redone, by the randomiser or by recording an arm', async () => {
    const reference = await refer('LA1');
    const first = await randomise(reference);
    assert.equal(first.statusCode, 201);
    const again = await randomise(reference);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'already_randomised');
    assert.match(String(again.json().message), /cannot be redone/);
    const recorded = await t.app.inject({
      method: 'POST',
      url: `${base}/${reference}/randomisation`,
      headers: as.admin,
      payload: {
        trialArm: first.json().trialArm === 'control' ? 'intervention' : 'control',
        randomisationDate: '2022-03-03',
      },
    });
    assert.equal(recorded.statusCode, 409);
    const now = (
      await t.app.inject({ method: 'GET', url: `${base}/${reference}`, headers: as.admin })
    ).json();
    assert.equal(now.trialArm, first.json().trialArm);
    const audits = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action LIKE 'family.randomis%'`,
      [reference],
    );
    assert.equal(audits[0].n, 1);
  });

  it('serialises concurrent randomisations in one LA: each family once, balance kept', async () => {
    const references = await Promise.all(Array.from({ length: 8 }, () => refer('LA2')));
    const responses = await Promise.all(references.map((r) => randomise(r)));
    assert.deepEqual(
      responses.map((r) => r.statusCode),
      Array(8).fill(201),
    );
    const [row] = await t.db.dataSource.query(
      `SELECT count(*) FILTER (WHERE trial_arm = 'intervention')::int AS i, count(*) FILTER (WHERE trial_arm = 'control')::int AS c
       FROM families f JOIN local_authorities la ON la.id = f.la_id WHERE la.code = 'LA2' AND f.reference = ANY($1)`,
      [references],
    );
    assert.equal(row.i + row.c, 8);
    // The whole LA's randomiser sequence (30 earlier draws and these 8) is still balanced.
    const [la] = await t.db.dataSource.query(
      `SELECT count(*) FILTER (WHERE trial_arm = 'intervention')::int AS i, count(*) FILTER (WHERE trial_arm = 'control')::int AS c
       FROM families f JOIN local_authorities la ON la.id = f.la_id WHERE la.code = 'LA2' AND f.reference <> 'F-LA2-D1'`,
    );
    assert.ok(Math.abs(la.i - la.c) <= 2, `${la.i}:${la.c}`);
  });

  it('records an arm drawn elsewhere, and leaves randomising to managers', async () => {
    const reference = await refer('LA1');
    const recorded = await t.app.inject({
      method: 'POST',
      url: `${base}/${reference}/randomisation`,
      headers: as.m1,
      payload: { trialArm: 'control', randomisationDate: '2022-03-03' },
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    assert.equal(recorded.json().trialArm, 'control');
    assert.equal((await randomise(await refer('LA1'), 'p1')).statusCode, 403);
  });

  it('refuses to randomise before the baseline (409 baseline_missing), writing nothing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: base,
      headers: as.m1,
      payload: {
        referralDate: '2022-03-01',
        childBirthMonth: '2021-12',
        planAtReferral: 'CP',
        courtProceedings: false,
      },
    });
    const { reference, version } = response.json().family as { reference: string; version: number };
    const before = await t.db.dataSource.query(
      'SELECT sum(allocations)::int AS n FROM randomisation_blocks',
    );
    for (const attempt of [
      randomise(reference, 'm1'),
      t.app.inject({
        method: 'POST',
        url: `${base}/${reference}/randomisation`,
        headers: as.m1,
        payload: { trialArm: 'control', randomisationDate: '2022-03-03' },
      }),
    ]) {
      const refused = await attempt;
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().code, 'baseline_missing');
    }
    assert.deepEqual(
      await t.db.dataSource.query('SELECT sum(allocations)::int AS n FROM randomisation_blocks'),
      before,
    );
    const detail = (
      await t.app.inject({ method: 'GET', url: `${base}/${reference}`, headers: as.m1 })
    ).json();
    assert.equal(detail.status, 'referred');
    assert.equal(detail.trialArm, 'not_randomised');
    // A baseline after the day of randomisation does not fit, nor one before the referral.
    const early = await t.app.inject({
      method: 'PATCH',
      url: `${base}/${reference}`,
      headers: as.m1,
      payload: { version, baselineCompletedOn: '2022-02-28' },
    });
    assert.equal(early.statusCode, 400);
    assert.equal(early.json().errors[0].field, 'baselineCompletedOn');
    await t.app.inject({
      method: 'PATCH',
      url: `${base}/${reference}`,
      headers: as.m1,
      payload: { version, baselineCompletedOn: '2022-03-03' },
    });
    const tooEarly = await randomise(reference, 'm1');
    assert.equal(tooEarly.statusCode, 400, tooEarly.body);
    assert.match(String(tooEarly.json().errors[0].problem), /before the baseline/);
    const done = await t.app.inject({
      method: 'POST',
      url: `${base}/${reference}/randomise`,
      headers: as.m1,
      payload: { date: '2022-03-03' },
    });
    assert.equal(done.statusCode, 201, done.body);
    assert.equal(done.json().followUp4mDueOn, '2022-07-03');
    assert.equal(done.json().outcome6mDueOn, '2022-09-03');
  });

  it('allocates a referred family outside the trial only for an admin, with a reason', async () => {
    const reference = await refer('LA1');
    const detail = (as: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `${base}/${reference}`, headers: as });
    const offered = (body: { nextStatuses: Array<{ status: string }> }) =>
      body.nextStatuses.map((n) => n.status);
    assert.deepEqual(
      offered((await detail(as.m1!)).json<{ nextStatuses: Array<{ status: string }> }>()),
      ['randomised', 'not_proceeded'],
    );
    const asAdmin = (await detail(as.admin!)).json<{
      version: number;
      nextStatuses: Array<{ status: string }>;
    }>();
    assert.deepEqual(offered(asAdmin), ['randomised', 'allocated', 'not_proceeded']);
    const allocate = (who: string, extra: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `${base}/${reference}/allocation`,
        headers: as[who],
        payload: {
          version: asAdmin.version,
          practitionerCode: 'P-LA1-02',
          date: '2022-03-02',
          ...extra,
        },
      });
    assert.equal((await allocate('m1', { outsideTrialReason: 'pilot family' })).statusCode, 403);
    const noReason = await allocate('admin', {});
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().errors[0].field, 'outsideTrialReason');
    const done = await allocate('admin', {
      outsideTrialReason: 'pilot family before the trial began',
    });
    assert.equal(done.statusCode, 201, done.body);
    assert.equal(done.json().family.trialArm, 'not_randomised');
    assert.equal(done.json().family.outsideTrialReason, 'pilot family before the trial began');
    assert.equal(done.json().family.randomisationDate, null);
  });
});
