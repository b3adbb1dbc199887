import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createUser, signIn } from '../../../test/builders/users';
import { Clock } from '../../platform/clock/clock';
import { createTestApp, TestApp } from '../../testing/test-app';
import { insertFixture, type Fixture } from '../../../test/builders/accreditation-fixture';
import type { SupervisionSessionView } from '@attune/contract';
import type { Page } from '@attune/contract';

type View = SupervisionSessionView;
interface Refusal {
  message: string & string[];
  currentVersion?: number;
}
interface Row {
  code: string;
  [field: string]: unknown;
}

const TODAY = new Date('2022-03-31T12:00:00Z');

describe('supervision sessions', () => {
  let t: TestApp;
  let fx: Fixture;
  const as: Record<string, Record<string, string>> = {};
  let base: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.app.get(Clock).now = () => TODAY;
    fx = await insertFixture(t.db.dataSource, { cycles: { 'P-LA1-01': 2 } });
    base = `/api/programmes/${fx.programmeId}`;
    const users = [
      { email: 'admin@t.test', role: 'admin' },
      { email: 's1@t.test', role: 'supervisor', staffCode: 'S-01' },
      { email: 's2@t.test', role: 'supervisor', staffCode: 'S-02' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
      { email: 'p2@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-02' },
      { email: 'm2@t.test', role: 'la_manager', laCode: 'LA2' },
      { email: 'eco@t.test', role: 'economist' },
    ];
    for (const user of users) {
      await createUser(t.app, user);
      as[user.email.split('@')[0]!] = await signIn(t.app, user.email);
    }
  });
  afterAll(async () => t.close());

  const group = {
    date: '2022-03-28',
    format: 'group',
    mode: 'in_person',
    durationMinutes: 90,
    prepMinutes: 20,
    notes: 'Worked on receiving initiatives.',
    attendees: [
      {
        practitionerCode: 'P-LA1-01',
        familyReference: 'F-P-LA1-01',
        cycle: 2,
        principles: ['receiving_initiatives'],
      },
      { practitionerCode: 'P-LA1-02' },
      { practitionerCode: 'P-LA1-03', principles: ['being_attentive', 'guiding'] },
    ],
  };

  const post = (who: string, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: `${base}/supervision-sessions`,
      headers: as[who],
      payload: payload as object,
    });

  it('lets a supervisor log a group session for their trainees, audited in the same write', async () => {
    const response = await post('s1', group);
    assert.equal(response.statusCode, 201, response.body);
    const session = response.json<View>();
    assert.equal(session.supervisorCode, 'S-01');
    assert.equal(session.version, 1);
    assert.equal(session.notes, 'Worked on receiving initiatives.');
    assert.deepEqual(
      session.attendees.map((a: { practitionerCode: string }) => a.practitionerCode),
      ['P-LA1-01', 'P-LA1-02', 'P-LA1-03'],
    );
    assert.deepEqual(session.attendees[0]!.principles, ['receiving_initiatives']);
    assert.equal(session.attendees[0]!.familyReference, 'F-P-LA1-01');
    const audit = await t.db.dataSource.query(
      `SELECT action, user_email, after FROM audit_events WHERE entity_id = $1`,
      [session.id],
    );
    assert.equal(audit.length, 1);
    assert.equal(audit[0].action, 'supervision_session.create');
    assert.equal(audit[0].user_email, 's1@t.test');
    assert.equal(audit[0].after.attendees.length, 3);
  });

  it('counts the group session in full for each attendee in the accreditation rows', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `${base}/accreditation?asOf=2022-03-31`,
      headers: as.s1,
    });
    assert.equal(response.statusCode, 200, response.body);
    const { items, total } = response.json<Page<Row>>();
    assert.equal(total, 4);
    const row = (code: string) => items.find((r) => r.code === code)!;
    for (const code of ['P-LA1-01', 'P-LA1-02', 'P-LA1-03']) {
      assert.equal(row(code).supervisionMinutes, 90);
      assert.equal(row(code).supervisionSessions, 1);
    }
    assert.equal(row('P-LA2-01').supervisionMinutes, 0);
    assert.equal(row('P-LA1-01').cyclesCompleted, 2);
    assert.deepEqual(Object.keys(row('P-LA1-01')).sort(), [
      'code',
      'cyclesCompleted',
      'familiesWorkedWith',
      'laCode',
      'nextRequirement',
      'onTrack',
      'projectedAccreditationDate',
      'requirementsMet',
      'stage',
      'supervisionMinutes',
      'supervisionSessions',
    ]);
  });

  it('refuses a session for practitioners the supervisor does not supervise, and writes nothing', async () => {
    const response = await post('s2', group);
    assert.equal(response.statusCode, 403);
    assert.match(response.json<Refusal>().message, /do not supervise P-LA1-01, P-LA1-02, P-LA1-03/);
    const mixed = await post('s1', {
      ...group,
      attendees: [...group.attendees, { practitionerCode: 'P-LA2-01' }],
    });
    assert.equal(mixed.statusCode, 403);
    assert.match(mixed.json<Refusal>().message, /do not supervise P-LA2-01/);
    const count = await t.db.dataSource.query(
      'SELECT count(*)::int AS n FROM supervision_sessions',
    );
    assert.equal(count[0].n, 1);
  });

  it('says what is wrong with bad input, and where', async () => {
    const response = await post('s1', {
      ...group,
      format: 'individual',
      attendees: [{ practitionerCode: 'P-LA1-01', familyReference: 'F-P-LA1-02', cycle: 4 }],
    });
    assert.equal(response.statusCode, 400);
    const message = response.json<Refusal>().message.join('\n');
    // Outside the programme's window (2021-06-01 to today, 2022-03-31): 422 naming the field and window.
    for (const date of ['2022-04-15', '2001-08-09']) {
      const outside = await post('s1', { ...group, date });
      assert.equal(outside.statusCode, 422, outside.body);
      assert.deepEqual(outside.json<{ errors: unknown }>().errors, [
        {
          field: 'date',
          problem: `date ${date} is outside the programme's window, 2021-06-01 to 2022-03-31`,
        },
      ]);
    }
    assert.match(message, /attendees\[0\]: family F-P-LA1-02 is not allocated to P-LA1-01/);
    assert.match(message, /attendees\[0\]: cycle must be 1 to 3/);
    const principle = await post('s1', {
      ...group,
      attendees: [{ practitionerCode: 'P-LA1-01', principles: ['kindness'] }],
    });
    assert.equal(principle.statusCode, 400);
    assert.match(
      JSON.stringify(principle.json<Refusal>().message),
      /each principle must be one of/,
    );
  });

  it('scopes reads: a practitioner sees only sessions they attended, without notes; economists and LA managers none', async () => {
    await post('s2', {
      ...group,
      attendees: [{ practitionerCode: 'P-LA2-01' }],
      format: 'individual',
      notes: 'private',
    });
    const own = await t.app.inject({
      method: 'GET',
      url: `${base}/supervision-sessions`,
      headers: as.p1,
    });
    assert.equal(own.statusCode, 200);
    assert.equal(own.json<Page<View>>().total, 1);
    assert.equal(own.json<Page<View>>().items[0]!.notes, undefined);
    assert.equal(own.json<Page<View>>().items[0]!.canEdit, false);
    const all = await t.app.inject({
      method: 'GET',
      url: `${base}/supervision-sessions?pageSize=1`,
      headers: as.s1,
    });
    assert.equal(all.json<Page<View>>().total, 2);
    assert.equal(all.json<Page<View>>().items.length, 1);
    const la2 = await t.app.inject({
      method: 'GET',
      url: `${base}/supervision-sessions?laCode=LA2`,
      headers: as.admin,
    });
    assert.equal(la2.json<Page<View>>().total, 1);
    for (const who of ['eco', 'm2']) {
      const refused = await t.app.inject({
        method: 'GET',
        url: `${base}/supervision-sessions`,
        headers: as[who],
      });
      assert.equal(refused.statusCode, 403, who);
    }
    const s2 = await t.app.inject({
      method: 'GET',
      url: `${base}/supervision-sessions?supervisorCode=S-02`,
      headers: as.s1,
    });
    const other = s2.json<Page<View>>().items[0]!;
    assert.equal(other.notes, 'private', 'supervisors read every session, notes included');
    assert.equal(other.canEdit, false);
    const hidden = await t.app.inject({
      method: 'GET',
      url: `${base}/supervision-sessions/${other.id}`,
      headers: as.p2,
    });
    assert.equal(hidden.statusCode, 404);
  });

  it('loses no update when two people edit at once: one wins, the stale one gets 409 and can retry', async () => {
    const created = (await post('s1', { ...group, date: '2022-03-30', notes: null })).json<View>();
    const url = `${base}/supervision-sessions/${created.id}`;
    const edit = (who: string, change: object, version: number) =>
      t.app.inject({
        method: 'PATCH',
        url,
        headers: as[who],
        payload: { ...group, date: '2022-03-30', ...change, version },
      });
    const [a, b] = await Promise.all([
      edit('s1', { durationMinutes: 75 }, created.version),
      edit('admin', { supervisorCode: 'S-01', prepMinutes: 45 }, created.version),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    assert.deepEqual(statuses, [200, 409]);
    const winner = a.statusCode === 200 ? a : b;
    const loser = a.statusCode === 200 ? b : a;
    assert.match(loser.json<Refusal>().message, /changed by someone else/);
    assert.equal(loser.json<Refusal>().currentVersion, 2);
    const now = (await t.app.inject({ method: 'GET', url, headers: as.s1 })).json<View>();
    assert.equal(now.version, 2);
    assert.equal(now.durationMinutes, winner === a ? 75 : 90);
    assert.equal(now.prepMinutes, winner === a ? 20 : 45);
    // The loser reloads and makes their change on top of the winner's.
    const retry =
      loser === a
        ? await edit('s1', { durationMinutes: 75, prepMinutes: now.prepMinutes }, now.version)
        : await edit(
            'admin',
            { supervisorCode: 'S-01', prepMinutes: 45, durationMinutes: now.durationMinutes },
            now.version,
          );
    assert.equal(retry.statusCode, 200, retry.body);
    const final = retry.json<View>();
    assert.equal(final.version, 3);
    assert.equal(final.durationMinutes, 75);
    assert.equal(final.prepMinutes, 45);
    const audit = await t.db.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [created.id],
    );
    assert.deepEqual(
      audit.map((r) => r.action),
      ['supervision_session.create', 'supervision_session.update', 'supervision_session.update'],
    );
  });

  it('lets only the supervisor who led it (or an admin) change or delete a session', async () => {
    const created = (await post('s1', { ...group, date: '2022-03-29' })).json<View>();
    const url = `${base}/supervision-sessions/${created.id}`;
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `${url}?version=1`,
      headers: as.s2,
    });
    assert.equal(foreign.statusCode, 403);
    const stale = await t.app.inject({ method: 'DELETE', url: `${url}?version=7`, headers: as.s1 });
    assert.equal(stale.statusCode, 409);
    const gone = await t.app.inject({ method: 'DELETE', url: `${url}?version=1`, headers: as.s1 });
    assert.equal(gone.statusCode, 204);
    assert.equal((await t.app.inject({ method: 'GET', url, headers: as.s1 })).statusCode, 404);
  });

  it('offers the form only the practitioners the caller supervises, with their families', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `${base}/supervision-form`,
      headers: as.s1,
    });
    assert.equal(response.statusCode, 200);
    const options = response.json<{
      supervisorCode: string;
      practitioners: Array<{ code: string; families: string[] }>;
    }>();
    assert.equal(options.supervisorCode, 'S-01');
    assert.deepEqual(
      options.practitioners.map((p: { code: string }) => p.code),
      ['P-LA1-01', 'P-LA1-02', 'P-LA1-03'],
    );
    assert.deepEqual(options.practitioners[0]!.families, ['F-P-LA1-01']);
    const refused = await t.app.inject({
      method: 'GET',
      url: `${base}/supervision-form`,
      headers: as.p1,
    });
    assert.equal(refused.statusCode, 403);
  });

  it('answers in the one convention: 400 with errors at their fields, 409 with a code, 404 for a programme you cannot see', async () => {
    const bad = await post('s1', { ...group, format: 'individual' });
    assert.equal(bad.statusCode, 400);
    const errors = bad.json<{ errors: Array<{ field: string; problem: string }> }>().errors;
    assert.deepEqual(
      errors.map((e) => e.field),
      ['attendees'],
    );
    assert.match(errors[0]!.problem, /an individual session has exactly one attendee \(got 3\)/);
    const first = await post('s1', { ...group, code: 'SV-TWICE', date: '2022-03-27' });
    assert.equal(first.statusCode, 201, first.body);
    const twice = await post('s1', { ...group, code: 'SV-TWICE', date: '2022-03-27' });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json<{ code: string }>().code, 'duplicate_code');
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `${base}/supervision-sessions/${first.json<View>().id}`,
      headers: as.s1,
      payload: { ...group, date: '2022-03-27', version: 9 },
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json<{ code: string }>().code, 'stale_version');
    const elsewhere = await t.app.inject({
      method: 'GET',
      url: '/api/programmes/00000000-0000-4000-8000-000000000000/supervision-sessions',
      headers: as.s1,
    });
    assert.equal(elsewhere.statusCode, 404);
    assert.match(elsewhere.json<{ message: string }>().message, /no programme .* that you can see/);
  });
});
