import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  capacityRows,
  type CapacityRow,
  type IntakeMonth,
  type NotProceededSummary,
} from '@attune/domain';

import { Clock } from '../../platform/clock/clock';
import { createUser, signIn } from '../../../test/builders/users';
import {
  DELIVERY_RECORDS,
  DELIVERY_TODAY,
  insertDeliveryFixture,
} from '../../../test/builders/delivery-programme';
import { createTestApp, TestApp } from '../../testing/test-app';
import type { Page } from '@attune/contract';

describe('GET /api/programmes/:id/capacity', () => {
  let t: TestApp;
  let base: string;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    t.app.get(Clock).now = () => new Date(`${DELIVERY_TODAY}T12:00:00Z`);
    const fx = await insertDeliveryFixture(t.db.dataSource);
    base = `/api/programmes/${fx.programmeId}`;
    for (const user of [
      { email: 'admin@t.test', role: 'admin' },
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'm2@t.test', role: 'la_manager', laCode: 'LA2' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
      { email: 'eco@t.test', role: 'economist' },
    ]) {
      await createUser(t.app, user);
      as[user.email.split('@')[0]!] = await signIn(t.app, user.email);
    }
  });
  afterAll(async () => t.close());

  const get = (who: string, path: string) =>
    t.app.inject({ method: 'GET', url: `${base}${path}`, headers: as[who] });

  it('gives the domain’s figures, from SQL aggregates, one row per practitioner with DESIGN’s fields', async () => {
    const response = await get('admin', '/capacity?pageSize=1000');
    assert.equal(response.statusCode, 200, response.body);
    const { items, total } = response.json<Page<CapacityRow>>();
    assert.equal(total, 4);
    const expected = capacityRows(DELIVERY_RECORDS).sort((a, b) => a.code.localeCompare(b.code));
    assert.deepEqual(items, expected);
    assert.deepEqual(Object.keys(items[0]!), [
      'code',
      'laCode',
      'familiesAllocated',
      'familiesActive',
      'familiesCompleted',
      'familiesNotProceeded',
      'belowMinimum',
      'sessionsHeld',
      'lastSessionDate',
      'familiesOverdue',
      'vigHoursPerWeek',
      'vigMinutesLast4Weeks',
      'status',
    ]);
    // The fixture's edges, spelled out: six families is not below the minimum; 14 days is not overdue, 21 is.
    const byCode: Record<string, CapacityRow> = Object.fromEntries(items.map((r) => [r.code, r]));
    assert.equal(byCode['P-LA1-01']!.belowMinimum, false);
    assert.equal(byCode['P-LA1-01']!.familiesOverdue, 1);
    assert.equal(byCode['P-LA1-02']!.belowMinimum, true);
    assert.equal(byCode['P-LA1-02']!.familiesOverdue, 0);
    assert.equal(byCode['P-LA2-01']!.familiesOverdue, 1);
    assert.equal(byCode['P-LA1-01']!.vigMinutesLast4Weeks, 20 * 105 + 105 + 105 + 60 + 30);
  });

  it('scopes an LA manager to their own LA in the query: another LA’s rows are never returned', async () => {
    const own = (await get('m1', '/capacity?pageSize=1000')).json<Page<CapacityRow>>();
    assert.deepEqual(
      own.items.map((r) => r.code),
      ['P-LA1-01', 'P-LA1-02', 'P-LA1-03'],
    );
    assert.equal(own.total, 3);
    const other = await get('m1', '/capacity?laCode=LA2');
    assert.equal(other.statusCode, 200);
    assert.deepEqual(other.json(), { items: [], total: 0 });
    const byCode = await get('m1', '/capacity?code=P-LA2-01');
    assert.deepEqual(byCode.json(), { items: [], total: 0 });
    const la2 = (await get('m2', '/capacity')).json<Page<CapacityRow>>();
    assert.deepEqual(
      la2.items.map((r) => r.laCode),
      ['LA2'],
    );
  });

  it('pages as every list does', async () => {
    const page = (await get('admin', '/capacity?page=2&pageSize=3')).json<Page<CapacityRow>>();
    assert.equal(page.total, 4);
    assert.deepEqual(
      page.items.map((r) => r.code),
      ['P-LA2-01'],
    );
    assert.equal((await get('admin', '/capacity?pageSize=1001')).statusCode, 400);
  });

  it('never answers from a cache older than the last committed change, whoever made it', async () => {
    const held = async () =>
      (await get('m1', '/capacity?code=P-LA1-03')).json<Page<CapacityRow>>().items[0]!.sessionsHeld;
    assert.equal(await held(), 0);
    assert.equal(await held(), 0);
    // A write straight to the table (as an import or another module would make it).
    await t.db.dataSource.query(
      `INSERT INTO family_sessions (programme_id, family_id, practitioner_id, date, type, outcome, contact_minutes, travel_minutes, prep_minutes, version)
       SELECT f.programme_id, f.id, s.id, '2022-03-30', 'other', 'held', 30, 0, 0, 1
       FROM families f, staff s WHERE f.reference = 'F-LA1-B1' AND s.code = 'P-LA1-03'`,
    );
    assert.equal(await held(), 1);
    await t.db.dataSource.query(
      `DELETE FROM family_sessions WHERE practitioner_id = (SELECT id FROM staff WHERE code = 'P-LA1-03')`,
    );
    assert.equal(await held(), 0);
  });

  it('is closed to practitioners and economists', async () => {
    assert.equal((await get('p1', '/capacity')).statusCode, 403);
    assert.equal((await get('eco', '/capacity')).statusCode, 403);
  });

  it('exports the same rows as CSV, scoped and audited', async () => {
    const response = await get('m1', '/capacity/export');
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    const lines = response.body.trim().split('\n');
    assert.equal(
      lines[0],
      'code,la_code,families_allocated,families_active,families_completed,families_not_proceeded,below_minimum,sessions_held,last_session_date,families_overdue,vig_hours_per_week,vig_minutes_last_4_weeks',
    );
    assert.equal(lines.length, 4);
    assert.ok(lines.every((l) => !l.includes('LA2')));
    // 210: the held session of 17 March and the missed one of 24 March both cost time.
    assert.equal(lines[2], 'P-LA1-02,LA1,3,1,1,1,true,2,2022-03-17,0,7.5,210');
    const audit = await t.db.dataSource.query(
      `SELECT user_email FROM audit_events WHERE action = 'capacity.export'`,
    );
    assert.deepEqual(audit, [{ user_email: 'm1@t.test' }]);
  });

  it('shows the not-proceeded rate with its reasons, and intake against the window', async () => {
    const np = (await get('m1', '/dashboard/not-proceeded')).json<NotProceededSummary>();
    assert.equal(np.referred, 12);
    assert.equal(np.notProceeded, 1);
    assert.equal(np.reasons.find((r) => r.reason === 'court_proceedings')!.count, 1);
    const intake = (await get('m1', '/dashboard/intake')).json<{
      intakeStart: string;
      months: IntakeMonth[];
    }>();
    assert.equal(intake.intakeStart, '2021-08-01');
    assert.deepEqual(intake.months[0], {
      month: '2021-08',
      referred: 1,
      randomised: 0,
      inWindow: true,
    });
    const march = intake.months.find((m) => m.month === '2022-03');
    assert.deepEqual(march, { month: '2022-03', referred: 3, randomised: 2, inWindow: true });
    const csv = await get('m1', '/dashboard/intake/export');
    assert.equal(csv.body.split('\n')[0], 'month,referred,randomised,in_intake_window');
  });
});
