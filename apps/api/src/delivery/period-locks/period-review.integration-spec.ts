import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { MonthReviewRow, MonthReviewView } from '@attune/contract';
import { DeliveryApp, startDeliveryApp } from '../../../test/builders/delivery-app';

// The figures below are counted by hand from test/builders/delivery-programme.ts, not by the
// domain: every fixture session is 60 contact + 15 travel + 30 preparation minutes.
function figures(row: MonthReviewRow | undefined) {
  assert.ok(row);
  const m = row.minutesByActivity;
  return {
    direct: m.direct_delivery,
    travel: m.travel,
    prep: m.preparation,
    supervision: m.supervision_received,
    caseRecording: m.case_recording,
    admin: m.admin,
    total: row.totalMinutes,
    held: row.sessionsHeld,
    recorded: row.sessionsRecorded,
    open: row.openFamilies,
    missing: row.missing,
  };
}

describe('month review: what a sign-off signs, against a count of the fixture', () => {
  let app: DeliveryApp;

  beforeAll(async () => {
    app = await startDeliveryApp([
      { email: 'admin@t.test', role: 'admin' },
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
      { email: 'sup@t.test', role: 'supervisor', staffCode: 'S-01' },
    ]);
  });
  afterAll(async () => app.close());

  const review = async (who: string, query: string) =>
    app.send(who, 'GET', `/period-locks/review?${query}`);

  it('sums March 2022 of LA1 by person and activity, with the sessions held', async () => {
    const response = await review('m1', 'laCode=LA1&month=2022-03');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json<MonthReviewView>();
    assert.equal(body.laCode, 'LA1');
    assert.equal(body.month, '2022-03');
    assert.equal(body.lock, null);
    // LA1's three practitioners; S-01 is provider staff, programme-wide, so not in LA1's month.
    assert.deepEqual(
      body.rows.map((r) => r.staffCode),
      ['P-LA1-01', 'P-LA1-02', 'P-LA1-03'],
    );
    const [p1, p2, p3] = body.rows;
    // P-LA1-01: A1..A5 four sessions each, A6 one held and one cancelled (22 sessions, 21 held),
    // group supervision SUP-1 (60 minutes), a 30-minute case-recording entry; six open families.
    assert.deepEqual(figures(p1), {
      direct: 22 * 60,
      travel: 22 * 15,
      prep: 22 * 30,
      supervision: 60,
      caseRecording: 30,
      admin: 0,
      total: 22 * 105 + 60 + 30,
      held: 21,
      recorded: 22,
      open: 6,
      missing: false,
    });
    // P-LA1-02: B1 held on the 17th and did-not-attend on the 24th; B2 and B3 closed in 2021.
    assert.deepEqual(figures(p2), {
      direct: 120,
      travel: 30,
      prep: 60,
      supervision: 0,
      caseRecording: 0,
      admin: 0,
      total: 210,
      held: 1,
      recorded: 2,
      open: 1,
      missing: false,
    });
    assert.deepEqual(figures(p3), { ...figures(p3), total: 0, open: 0, missing: false });
    assert.equal(body.totals.totalMinutes, 22 * 105 + 90 + 210);
    assert.equal(body.totals.sessionsHeld, 22);
    assert.equal(body.totals.sessionsRecorded, 24);
    assert.equal(body.totals.minutesByActivity.direct_delivery, 24 * 60);
    assert.deepEqual(body.missing, []);
  });

  it('names a practitioner with open families and no session in the month as missing', async () => {
    const body = (await review('admin', 'laCode=LA1&month=2022-02')).json<MonthReviewView>();
    // February: P-LA1-01 only had supervision SUP-2; P-LA1-02 saw B1 once and logged 45 minutes of admin.
    const [p1, p2] = body.rows;
    assert.deepEqual(figures(p1), {
      direct: 0,
      travel: 0,
      prep: 0,
      supervision: 60,
      caseRecording: 0,
      admin: 0,
      total: 60,
      held: 0,
      recorded: 0,
      open: 6,
      missing: true,
    });
    assert.equal(figures(p2).total, 105 + 45);
    assert.equal(figures(p2).admin, 45);
    assert.equal(figures(p2).held, 1);
    assert.deepEqual(body.missing, ['P-LA1-01']);
    assert.equal(body.totals.totalMinutes, 60 + 150);
  });

  it('shows the sign-off once the month is signed', async () => {
    assert.equal(
      (await app.send('m1', 'POST', '/period-locks', { laCode: 'LA1', month: '2022-01' }))
        .statusCode,
      201,
    );
    const body = (await review('m1', 'laCode=LA1&month=2022-01')).json<MonthReviewView>();
    assert.equal(body.lock?.lockedBy, 'm1@t.test');
    assert.equal(body.lock?.month, '2022-01');
  });

  it('is for who may sign the month off: another LA is 404, other roles 403, bad input 400', async () => {
    assert.equal((await review('m1', 'laCode=LA2&month=2022-03')).statusCode, 404);
    assert.equal((await review('p1', 'laCode=LA1&month=2022-03')).statusCode, 403);
    assert.equal((await review('sup', 'laCode=LA1&month=2022-03')).statusCode, 403);
    const bad = await review('admin', 'laCode=LA1&month=2022-13');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'month');
    const unknown = await review('admin', 'laCode=LA9&month=2022-03');
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().errors[0].field, 'laCode');
    assert.equal((await review('admin', 'laCode=LA2&month=2022-03')).statusCode, 200);
  });
});
