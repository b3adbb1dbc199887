import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { DeliveryApp, startDeliveryApp } from '../../../test/builders/delivery-app';

/** The CSV as its header and rows of objects keyed by it. */
function csv(body: string): { header: string[]; rows: Array<Record<string, string>> } {
  const records: string[][] = parse(body);
  const header = records[0] ?? [];
  return {
    header,
    rows: records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))),
  };
}

describe('CSV exports of time, sessions, supervision and training: scoped and pseudonymised', () => {
  let app: DeliveryApp;
  const NOTE = 'Mrs Jones at 12 Acacia Avenue';

  beforeAll(async () => {
    app = await startDeliveryApp([
      { email: 'admin@t.test', role: 'admin' },
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
      { email: 'sup@t.test', role: 'supervisor', staffCode: 'S-01' },
      { email: 'eco@t.test', role: 'economist' },
    ]);
    // A note that names a family, and a training event with a venue: neither may leave in a CSV.
    const entry = await app.send('p1', 'POST', '/time-entries', {
      date: '2022-03-22',
      activity: 'meetings',
      minutes: 40,
      note: NOTE,
    });
    assert.equal(entry.statusCode, 201, entry.body);
    const event = await app.send('admin', 'POST', '/training-events', {
      date: '2021-07-05',
      type: 'initial_course',
      durationMinutes: 720,
      venue: 'Acacia Avenue Family Centre',
      trainerCodes: ['S-01'],
      attendees: [
        { staffCode: 'P-LA1-01', minutesAttended: 720 },
        { staffCode: 'P-LA2-01', minutesAttended: 360 },
      ],
    });
    assert.equal(event.statusCode, 201, event.body);
  });
  afterAll(async () => app.close());

  const get = async (who: string, path: string) => app.send(who, 'GET', path);
  const rowsOf = async (who: string, path: string) => {
    const response = await get(who, path);
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    assert.doesNotMatch(
      response.body,
      /Name of|Sam Supervisor|Acacia/,
      'no names, notes or venues',
    );
    return csv(response.body);
  };

  it('exports time entries in time_entries.csv columns, each role its own scope, never the note', async () => {
    const all = await rowsOf('admin', '/time-entries.csv');
    assert.deepEqual(all.header, [
      'staff_code',
      'date',
      'activity',
      'minutes',
      'la_code',
      'family_reference',
    ]);
    assert.deepEqual(
      all.rows.map((r) => `${r.staff_code} ${r.date} ${r.activity} ${r.minutes}`),
      [
        'P-LA1-02 2022-02-15 admin 45',
        'P-LA1-01 2022-03-20 case_recording 30',
        'P-LA1-01 2022-03-22 meetings 40',
        'P-LA2-01 2022-03-30 meetings 20',
      ],
    );
    assert.deepEqual(
      (await rowsOf('m1', '/time-entries.csv')).rows.map((r) => r.staff_code),
      ['P-LA1-02', 'P-LA1-01', 'P-LA1-01'],
    );
    assert.deepEqual(
      (await rowsOf('p1', '/time-entries.csv')).rows.map((r) => r.minutes),
      ['30', '40'],
    );
    assert.deepEqual(
      (await rowsOf('admin', '/time-entries.csv?laCode=LA2')).rows.map((r) => r.staff_code),
      ['P-LA2-01'],
    );
    assert.deepEqual(
      (await rowsOf('admin', '/time-entries.csv?from=2022-03-21&to=2022-03-29')).rows.map(
        (r) => r.minutes,
      ),
      ['40'],
    );
    // The JSON list's staffCode filter, within the caller's scope (LA1's manager sees no LA2 time).
    assert.deepEqual(
      (await rowsOf('admin', '/time-entries.csv?staffCode=P-LA1-01')).rows.map((r) => r.date),
      ['2022-03-20', '2022-03-22'],
    );
    assert.deepEqual((await rowsOf('m1', '/time-entries.csv?staffCode=P-LA2-01')).rows, []);
  });

  it('exports family sessions: a manager their LA, a practitioner their own, a supervisor their trainees', async () => {
    const la1 = await rowsOf('m1', '/family-sessions.csv');
    assert.deepEqual(la1.header, [
      'family_reference',
      'practitioner_code',
      'date',
      'type',
      'cycle',
      'outcome',
      'contact_minutes',
      'travel_minutes',
      'prep_minutes',
      'la_code',
    ]);
    // The fixture: P-LA1-01 has 22 sessions, P-LA1-02 three, P-LA2-01 none.
    assert.equal(la1.rows.length, 25);
    assert.ok(la1.rows.every((r) => r.la_code === 'LA1'));
    const own = await rowsOf('p1', '/family-sessions.csv');
    assert.equal(own.rows.length, 22);
    assert.ok(own.rows.every((r) => r.practitioner_code === 'P-LA1-01'));
    assert.equal((await rowsOf('sup', '/family-sessions.csv')).rows.length, 25);
    const first = la1.rows[0]!;
    assert.deepEqual(first, {
      family_reference: 'F-LA1-B1',
      practitioner_code: 'P-LA1-02',
      date: '2022-02-10',
      type: 'other',
      cycle: '',
      outcome: 'held',
      contact_minutes: '60',
      travel_minutes: '15',
      prep_minutes: '30',
      la_code: 'LA1',
    });
  });

  it('exports supervision one row per attendee, and training attendance one row per attendee', async () => {
    const supervision = await rowsOf('sup', '/supervision-sessions.csv');
    assert.ok(!supervision.header.includes('notes'));
    assert.deepEqual(
      supervision.rows.map(
        (r) => `${r.session_id} ${r.practitioner_code} ${r.la_code} ${r.duration_minutes}`,
      ),
      ['SUP-2 P-LA1-01 LA1 60', 'SUP-1 P-LA1-01 LA1 60', 'SUP-1 P-LA2-01 LA2 60'],
    );
    assert.deepEqual(
      (await rowsOf('p1', '/supervision-sessions.csv')).rows.map((r) => r.session_id),
      ['SUP-2', 'SUP-1'],
      'a practitioner sees their own attendance only, not the group’s other members',
    );
    const training = await rowsOf('sup', '/training-attendance.csv');
    assert.deepEqual(training.header, [
      'event_id',
      'date',
      'type',
      'duration_minutes',
      'trainer_codes',
      'staff_code',
      'la_code',
      'minutes_attended',
    ]);
    assert.deepEqual(
      training.rows.map((r) => `${r.trainer_codes} ${r.staff_code} ${r.minutes_attended}`),
      ['S-01 P-LA1-01 720', 'S-01 P-LA2-01 360'],
    );
    assert.deepEqual(
      (await rowsOf('p1', '/training-attendance.csv')).rows.map((r) => r.staff_code),
      ['P-LA1-01'],
    );
  });

  it('refuses who may not see a list (403), a bad filter (400), and audits every export', async () => {
    for (const path of [
      '/time-entries.csv',
      '/family-sessions.csv',
      '/supervision-sessions.csv',
      '/training-attendance.csv',
    ]) {
      assert.equal((await get('eco', path)).statusCode, 403, `economist ${path}`);
    }
    assert.equal((await get('m1', '/supervision-sessions.csv')).statusCode, 403);
    assert.equal((await get('m1', '/training-attendance.csv')).statusCode, 403);
    // A supervisor records their own time, so exports their own time only.
    const supervisorTime = await rowsOf('sup', '/time-entries.csv');
    assert.ok(supervisorTime.rows.every((r) => r.staff_code === 'S-01'));
    const badLa = await get('admin', '/time-entries.csv?laCode=LA9');
    assert.equal(badLa.statusCode, 400);
    const badRange = await get('admin', '/family-sessions.csv?from=2022-03-01&to=2022-02-01');
    assert.equal(badRange.statusCode, 400);
    const audited = await app.t.db.dataSource.query<Array<{ action: string; n: number }>>(
      `SELECT action, count(*)::int AS n FROM audit_events WHERE action LIKE '%.export'
       GROUP BY action ORDER BY action`,
    );
    assert.deepEqual(audited, [
      { action: 'family-sessions.export', n: 3 },
      { action: 'supervision-sessions.export', n: 2 },
      { action: 'time-entries.export', n: 8 }, // the supervisor's own export too
      { action: 'training-attendance.export', n: 2 },
    ]);
  });
});
