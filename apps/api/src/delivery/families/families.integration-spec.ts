import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { Clock } from '../../platform/clock/clock';
import { createUser, signIn } from '../../../test/builders/users';
import { DELIVERY_TODAY, insertDeliveryFixture } from '../../../test/builders/delivery-programme';
import { createTestApp, TestApp } from '../../testing/test-app';
import type { FamilyDetail } from '@attune/contract';
import type { FamilyView } from './family-view';
import type { Page } from '@attune/contract';

describe('families: referral, allocation, status, outcome', () => {
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
      { email: 'p2@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-02' },
    ]) {
      await createUser(t.app, user);
      as[user.email.split('@')[0]!] = await signIn(t.app, user.email);
    }
  });
  afterAll(async () => t.close());

  const send = (who: string, method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) =>
    t.app.inject({
      method,
      url: `${base}${path}`,
      headers: as[who],
      ...(payload ? { payload } : {}),
    });
  const referral = {
    referralDate: '2022-03-01',
    childBirthMonth: '2021-04',
    planAtReferral: 'CP',
    courtProceedings: false,
    consentFilming: true,
  };

  it('refers an eligible family under a random pseudonymous reference, audited', async () => {
    // Born April 2021, referred March 2022: 11 months, the oldest eligible age.
    const response = await send('m1', 'POST', '', referral);
    assert.equal(response.statusCode, 201, response.body);
    const { family, warnings } = response.json();
    assert.match(String(family.reference), /^F-LA1-[2-9A-HJKMNP-Z]{6}$/);
    assert.equal(family.status, 'referred');
    assert.equal(family.trialArm, 'not_randomised');
    assert.equal(family.consentFilming, true);
    assert.deepEqual(warnings, []);
    const audit = await t.db.dataSource.query(
      `SELECT action, user_email FROM audit_events WHERE entity_id = $1`,
      [family.reference],
    );
    assert.deepEqual(audit, [{ action: 'family.create', user_email: 'm1@t.test' }]);
  });

  it('refuses an ineligible referral with the reason, naming the field, and writes nothing', async () => {
    const before = await t.db.dataSource.query('SELECT count(*)::int AS n FROM families');
    // Born March 2021, referred March 2022: 12 months old.
    const tooOld = await send('m1', 'POST', '', { ...referral, childBirthMonth: '2021-03' });
    assert.equal(tooOld.statusCode, 400);
    const body = tooOld.json();
    assert.equal(body.errors[0].field, 'childBirthMonth');
    assert.match(
      String(body.errors[0].problem),
      /not eligible: the child was 12 months old at referral/,
    );
    assert.match(String(body.message[0]), /^childBirthMonth: /);
    const noPlan = await send('m1', 'POST', '', { ...referral, planAtReferral: 'none' });
    assert.equal(noPlan.json().errors[0].field, 'planAtReferral');
    const after = await t.db.dataSource.query('SELECT count(*)::int AS n FROM families');
    assert.deepEqual(after, before);
  });

  it('warns, without refusing, when court proceedings are under way', async () => {
    const response = await send('m1', 'POST', '', { ...referral, courtProceedings: true });
    assert.equal(response.statusCode, 201);
    assert.match(String(response.json().warnings[0]), /Court proceedings are under way/);
  });

  it('keeps an LA manager to their own LA', async () => {
    const response = await send('m1', 'POST', '', { ...referral, laCode: 'LA2' });
    assert.equal(response.statusCode, 403);
    assert.equal((await send('m1', 'GET', '/F-LA2-D1')).statusCode, 404);
    const list = (await send('m1', 'GET', '?pageSize=1000')).json<Page<FamilyView>>();
    assert.ok(list.items.every((f) => f.laCode === 'LA1'));
  });

  it('lets a practitioner refer a family to their own LA, but not randomise or allocate it', async () => {
    const response = await send('p1', 'POST', '', referral);
    assert.equal(response.statusCode, 201, response.body);
    const { family } = response.json<{ family: FamilyView }>();
    assert.match(family.reference, /^F-LA1-/);
    assert.equal(family.status, 'referred');
    assert.equal(family.practitionerCode, null);
    const audit = await t.db.dataSource.query(
      `SELECT action, user_email FROM audit_events WHERE entity_id = $1`,
      [family.reference],
    );
    assert.deepEqual(audit, [{ action: 'family.create', user_email: 'p1@t.test' }]);
    assert.equal((await send('p1', 'POST', '', { ...referral, laCode: 'LA2' })).statusCode, 403);
    // Randomising stays with the LA manager: the referrer must not choose the arm.
    const randomise = await send('p1', 'POST', `/${family.reference}/randomise`, {});
    assert.equal(randomise.statusCode, 403, randomise.body);
  });

  it('lists overdue families with the domain’s rule (21 days overdue, 14 days not)', async () => {
    const overdue = (await send('m1', 'GET', '?overdue=true')).json<Page<FamilyView>>();
    assert.deepEqual(
      overdue.items.map((f) => f.reference),
      ['F-LA1-A6'],
    );
    assert.equal(overdue.items[0]!.overdue, true);
    const mine = (await send('p2', 'GET', '?pageSize=1000')).json<Page<FamilyView>>();
    assert.deepEqual(mine.items.map((f) => f.reference).sort(), [
      'F-LA1-B1',
      'F-LA1-B2',
      'F-LA1-B3',
    ]);
    const csv = await send('m1', 'GET', '/export?overdue=true');
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.body.trim().split('\n').length, 2);
  });

  it('allocates an intervention family, warning when the practitioner is at capacity', async () => {
    const c3 = (await send('m1', 'GET', '/F-LA1-C3')).json();
    const response = await send('m1', 'POST', '/F-LA1-C3/allocation', {
      practitionerCode: 'P-LA1-01',
      version: c3.version,
    });
    assert.equal(response.statusCode, 201, response.body);
    const { family, warnings } = response.json();
    assert.equal(family.status, 'allocated');
    assert.equal(family.practitionerCode, 'P-LA1-01');
    assert.match(String(warnings[0]), /already has 6 open families/);
    const control = (await send('m1', 'GET', '/F-LA1-C2')).json();
    const refused = await send('m1', 'POST', '/F-LA1-C2/allocation', {
      practitionerCode: 'P-LA1-03',
      version: control.version,
    });
    assert.equal(refused.statusCode, 409);
    assert.match(String(refused.json().message), /only intervention families are allocated/);
  });

  it('needs a reason for not_proceeded, and keeps the history', async () => {
    const c1 = (await send('m1', 'GET', '/F-LA1-C1')).json();
    const noReason = await send('m1', 'POST', '/F-LA1-C1/status', {
      status: 'not_proceeded',
      version: c1.version,
    });
    assert.equal(noReason.statusCode, 400);
    assert.match(String(noReason.json().message[0]), /needs a reason/);
    const ok = await send('m1', 'POST', '/F-LA1-C1/status', {
      status: 'not_proceeded',
      reason: 'moved_away',
      version: c1.version,
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const detail = (await send('m1', 'GET', '/F-LA1-C1')).json<FamilyDetail>();
    assert.equal(detail.status, 'not_proceeded');
    assert.equal(detail.history.at(-1)!.statusReason, 'moved_away');
    assert.deepEqual(detail.nextStatuses, []);
  });

  it('refuses a stale edit with 409 and loses neither update', async () => {
    const b1 = (await send('p2', 'GET', '/F-LA1-B1')).json();
    const [first, second] = await Promise.all([
      send('m1', 'PATCH', '/F-LA1-B1', { consentFilming: false, version: b1.version }),
      send('p2', 'PATCH', '/F-LA1-B1', { consentClipsUse: false, version: b1.version }),
    ]);
    const codes = [first.statusCode, second.statusCode].sort();
    assert.deepEqual(codes, [200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    assert.equal(loser.json().code, 'stale_version');
    const now = (await send('m1', 'GET', '/F-LA1-B1')).json();
    assert.equal(now.version, b1.version + 1);
    // The winner's change is there; the loser's was not half-applied.
    assert.equal(
      (now.consentFilming === false ? 1 : 0) + (now.consentClipsUse === false ? 1 : 0),
      1,
    );
    const retry = await send(
      loser === first ? 'm1' : 'p2',
      'PATCH',
      '/F-LA1-B1',
      loser === first
        ? { consentFilming: false, version: now.version }
        : { consentClipsUse: false, version: now.version },
    );
    assert.equal(retry.statusCode, 200);
    const final = retry.json();
    assert.equal(final.consentFilming, false);
    assert.equal(final.consentClipsUse, false);
  });

  it('records the six-month outcome only once six months have passed since randomisation', async () => {
    const c2 = (await send('m1', 'GET', '/F-LA1-C2')).json();
    const early = await send('m1', 'PATCH', '/F-LA1-C2', { outcome6m: 'CiN', version: c2.version });
    assert.equal(early.statusCode, 400);
    assert.match(String(early.json().message[0]), /can be recorded from 2022-09-08/);
    const a1 = (await send('m1', 'GET', '/F-LA1-A1')).json();
    const ok = await send('m1', 'PATCH', '/F-LA1-A1', { outcome6m: 'none', version: a1.version });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().outcome6m, 'none');
  });

  it('records the follow-up (completed or missed, dated) and the support needed, audited', async () => {
    const c3 = (await send('m1', 'GET', '/F-LA1-C3')).json();
    assert.equal(c3.followUp4mDueOn, '2022-07-08');
    const before = await send('m1', 'PATCH', '/F-LA1-C3', {
      followUp4mStatus: 'completed',
      followUp4mOn: '2022-03-07',
      version: c3.version,
    });
    assert.equal(before.statusCode, 400);
    assert.equal(before.json().errors[0].field, 'followUp4mOn');
    const kindAlone = await send('m1', 'PATCH', '/F-LA1-C3', {
      supportNeeded: false,
      supportKind: 'translation',
      version: c3.version,
    });
    assert.equal(kindAlone.statusCode, 400);
    assert.equal(kindAlone.json().errors[0].field, 'supportKind');
    const ok = await send('m1', 'PATCH', '/F-LA1-C3', {
      followUp4mStatus: 'missed',
      supportNeeded: true,
      supportKind: 'translation',
      version: c3.version,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const after = ok.json();
    assert.deepEqual(
      [after.followUp4mStatus, after.followUp4mOn, after.supportNeeded, after.supportKind],
      ['missed', DELIVERY_TODAY, true, 'translation'],
    );
    const [audit] = await t.db.dataSource.query(
      `SELECT before, after FROM audit_events WHERE entity_id = 'F-LA1-C3' AND action = 'family.update' ORDER BY id DESC LIMIT 1`,
    );
    assert.equal(audit.before.followUp4mStatus, null);
    assert.equal(audit.after.followUp4mStatus, 'missed');
  });

  it('gives the fidelity checklist with the family', async () => {
    const a1 = (await send('p1', 'GET', '/F-LA1-A1')).json<FamilyDetail>();
    assert.equal(a1.fidelity.sessionsHeld, 4);
    assert.equal(
      a1.fidelity.checks.find((c) => c.key === 'sessions')!.detail,
      '4 of 8 sessions held',
    );
    assert.equal((await send('p1', 'GET', '/F-LA1-B1')).statusCode, 404);
  });

  it('keeps the referral source: given at referral, corrected with PATCH (audited), listed in the CSV', async () => {
    const referred = await send('m1', 'POST', '', {
      ...referral,
      referralSource: 'health_visitor',
    });
    assert.equal(referred.statusCode, 201, referred.body);
    const { reference } = referred.json<{ family: FamilyView }>().family;
    assert.equal(referred.json<{ family: FamilyView }>().family.referralSource, 'health_visitor');
    const before = (await send('m1', 'GET', `/${reference}`)).json<FamilyDetail>();
    assert.equal(before.referralSource, 'health_visitor');

    const corrected = await send('m1', 'PATCH', `/${reference}`, {
      referralSource: 'early_help',
      version: before.version,
    });
    assert.equal(corrected.statusCode, 200, corrected.body);
    assert.equal(corrected.json<FamilyView>().referralSource, 'early_help');
    const [audit] = await t.db.dataSource.query<Array<{ before: object; after: object }>>(
      `SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'family.update'`,
      [reference],
    );
    assert.deepEqual(audit, {
      before: { referralSource: 'health_visitor' },
      after: { referralSource: 'early_help' },
    });

    const csv = await send('m1', 'GET', '/export');
    const [header, ...lines] = csv.body.trim().split('\n');
    const column = header!.split(',').indexOf('referral_source');
    assert.ok(column > 0, header);
    const line = lines.find((l) => l.startsWith(`${reference},`));
    assert.equal(line!.split(',')[column], 'early_help');
  });

  it('refuses a referral source that is not one of the values, naming the field, and writes nothing', async () => {
    const count = 'SELECT count(*)::int AS n FROM families';
    const before = await t.db.dataSource.query(count);
    const bad = await send('m1', 'POST', '', { ...referral, referralSource: 'neighbour' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'referralSource');
    assert.match(
      String(bad.json().errors[0].problem),
      /one of children_social_care, health_visitor/,
    );
    assert.deepEqual(await t.db.dataSource.query(count), before);
    // Left out, it is simply not recorded.
    const none = await send('m1', 'POST', '', referral);
    assert.equal(none.json<{ family: FamilyView }>().family.referralSource, null);
  });
});
