import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createUser, signIn } from '../auth/test-support';
import { Clock } from '../auth/clock';
import { createTestApp, TestApp } from '../testing/test-app';
import { insertFixture, type Fixture } from '../work-records/test-fixture';
import type { AccreditationContractRow, AccreditationDetails } from './accreditation.service';
import type { Page } from '@attune/contract';

interface Refusal {
  message: string & string[];
}
interface Versioned {
  id: string;
  version: number;
  [field: string]: unknown;
}

describe('accreditation, milestones, training events and rule sets', () => {
  let t: TestApp;
  let fx: Fixture;
  let base: string;
  const as: Record<string, Record<string, string>> = {};

  before(async () => {
    t = await createTestApp();
    t.app.get(Clock).now = () => new Date('2022-03-31T12:00:00Z');
    // P-LA1-01 has a steady pace; P-LA1-02 a slower one; P-LA1-03 none.
    fx = await insertFixture(t.db.dataSource, {
      cycles: { 'P-LA1-01': 6, 'P-LA1-02': 2, 'P-LA2-01': 4 },
      lastCycle: '2022-03-28',
    });
    base = `/api/programmes/${fx.programmeId}`;
    for (const user of [
      { email: 'admin@t.test', role: 'admin' },
      { email: 's1@t.test', role: 'supervisor', staffCode: 'S-01' },
      { email: 's2@t.test', role: 'supervisor', staffCode: 'S-02' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
      { email: 'm2@t.test', role: 'la_manager', laCode: 'LA2' },
      { email: 'eco@t.test', role: 'economist' },
    ]) {
      await createUser(t.app, user);
      as[user.email.split('@')[0]!] = await signIn(t.app, user.email);
    }
  });
  after(async () => t.close());

  const get = (who: string, url: string) =>
    t.app.inject({ method: 'GET', url: `${base}${url}`, headers: as[who] });
  const send = (who: string, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `${base}${url}`,
      headers: as[who],
      ...(payload ? { payload } : {}),
    });
  const codes = (page: Page<{ code: string }>) => page.items.map((r) => r.code);

  it('scopes rows in the query: LA managers their LA, practitioners their own row, economists none', async () => {
    assert.deepEqual(codes((await get('admin', '/accreditation')).json()), [
      'P-LA1-01',
      'P-LA1-02',
      'P-LA1-03',
      'P-LA2-01',
    ]);
    assert.deepEqual(codes((await get('m2', '/accreditation')).json()), ['P-LA2-01']);
    assert.deepEqual(
      codes((await get('m2', '/accreditation?laCode=LA1')).json()),
      [],
      'a filter cannot widen the scope',
    );
    assert.deepEqual(codes((await get('p1', '/accreditation/details')).json()), ['P-LA1-01']);
    assert.equal((await get('eco', '/accreditation')).statusCode, 403);
    const paged = (await get('s2', '/accreditation?page=2&pageSize=3')).json<
      Page<AccreditationContractRow>
    >();
    assert.deepEqual(
      { total: paged.total, codes: codes(paged) },
      { total: 4, codes: ['P-LA2-01'] },
    );
  });

  it("computes progress from the records, projects from the pace, and orders a supervisor's trainees by risk", async () => {
    const response = await get('s1', '/accreditation/details?supervisorCode=S-01&order=risk');
    const body = response.json<AccreditationDetails>();
    assert.equal(body.asOf, '2022-03-31');
    assert.equal(body.ruleSet.code, 'aviguk_18_cycle');
    // Two off track (no pace, slow pace) before the one on a steady pace? All three are off track at
    // 18 cycles by 2022-06-30: the furthest behind (fewest cycles) comes first.
    assert.deepEqual(codes(body), ['P-LA1-03', 'P-LA1-02', 'P-LA1-01']);
    const p1 = body.items[2]!;
    assert.equal(p1.cyclesCompleted, 6);
    assert.equal(p1.cycleCompletions.length, 6);
    assert.equal(p1.displayName, 'Name of P-LA1-01');
    assert.equal(p1.nextRequirement, 'To the mid-point review: 3 more completed cycles');
    assert.equal(p1.onTrack, false);
    // 12 cycles left at 6 per 12 weeks: 168 days after 2022-03-31.
    assert.equal(p1.projectedAccreditationDate, '2022-09-15');
    assert.deepEqual(
      p1.requirements.map((r) => [r.key, r.achieved, r.required]),
      [
        ['cycles', 6, 9],
        ['new_families', 1, 3],
        ['supervision_minutes', 0, 450],
        ['closing_milestone', 0, 1],
      ],
    );
    assert.equal(body.items[0]!.projectedAccreditationDate, null);
  });

  it('lets a supervisor record milestones for their trainees only, audited, with 409 on a stale edit', async () => {
    const payload = {
      practitionerCode: 'P-LA1-01',
      type: 'midpoint_review',
      date: '2022-03-30',
      assessorCode: 'S-02',
      outcome: 'deferred',
    };
    assert.equal((await send('s2', 'POST', '/milestones', payload)).statusCode, 403);
    const created = await send('s1', 'POST', '/milestones', payload);
    assert.equal(created.statusCode, 201, created.body);
    const milestone = created.json<Versioned>();
    const ok = await send('s1', 'PUT', `/milestones/${milestone.id}`, {
      ...payload,
      outcome: 'passed',
      version: 1,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const stale = await send('admin', 'PUT', `/milestones/${milestone.id}`, {
      ...payload,
      outcome: 'deferred',
      version: 1,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(
      (await get('s1', `/milestones/${milestone.id}`)).json<Versioned>().outcome,
      'passed',
    );
    assert.equal((await get('p1', '/milestones')).json<Page<unknown>>().total, 1);
    assert.equal((await get('m2', '/milestones')).statusCode, 403);
    const bad = await send('s1', 'POST', '/milestones', {
      ...payload,
      assessorCode: 'P-LA1-01',
      date: '2022-04-02',
    });
    assert.equal(bad.statusCode, 400);
    const problems = bad.json<Refusal>().message.join('\n');
    assert.match(problems, /assessorCode: a practitioner cannot assess themselves/);
    assert.match(problems, /date: 2022-04-02 is in the future/);
    const audit = await t.db.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_events WHERE entity_type = 'Milestone' ORDER BY id`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['milestone.create', 'milestone.update'],
    );
  });

  it('lets a supervisor record training they deliver, and practitioners see what they attended', async () => {
    const payload = {
      date: '2021-07-05',
      type: 'initial_course',
      durationMinutes: 720,
      venue: 'Town hall',
      trainerCodes: ['S-01'],
      attendees: [
        { staffCode: 'P-LA1-01', minutesAttended: 720 },
        { staffCode: 'P-LA2-01', minutesAttended: 360 },
      ],
    };
    assert.equal((await send('s2', 'POST', '/training-events', payload)).statusCode, 403);
    const created = await send('s1', 'POST', '/training-events', payload);
    assert.equal(created.statusCode, 201, created.body);
    const event = created.json<Versioned>();
    assert.equal(
      (await send('s2', 'PUT', `/training-events/${event.id}`, { ...payload, version: 1 }))
        .statusCode,
      403,
    );
    const tooLong = await send('s1', 'PUT', `/training-events/${event.id}`, {
      ...payload,
      attendees: [{ staffCode: 'P-LA1-01', minutesAttended: 800 }],
      version: 1,
    });
    assert.equal(tooLong.statusCode, 400);
    assert.match(
      tooLong.json<Refusal>().message.join(),
      /attendees\[0\]: minutesAttended \(800\) is longer than the event \(720\)/,
    );
    assert.equal((await get('p1', '/training-events')).json<Page<unknown>>().total, 1);
  });

  it('lets admins copy a preset, edit the copy (validated, versioned) and put it in force', async () => {
    assert.equal(
      (
        await send('s1', 'POST', '/rule-sets', {
          from: 'aviguk_18_cycle',
          code: 'mine',
          name: 'Mine',
        })
      ).statusCode,
      403,
    );
    const copied = await send('admin', 'POST', '/rule-sets', {
      from: 'aviguk_18_cycle',
      code: 'shared_groups',
      name: 'Shared groups',
    });
    assert.equal(copied.statusCode, 201, copied.body);
    const copy = copied.json<
      Versioned & { definition: Record<string, unknown> & { stages: object[] } }
    >();
    const editPreset = await send('admin', 'PUT', '/rule-sets/aviguk_18_cycle', {
      version: 1,
      definition: copy.definition,
    });
    assert.equal(editPreset.statusCode, 400);
    const invalid = await send('admin', 'PUT', '/rule-sets/shared_groups', {
      version: 1,
      definition: {
        ...copy.definition,
        stages: [{ ...copy.definition.stages[0], requiredCycles: -1 }],
      },
    });
    assert.equal(invalid.statusCode, 400);
    assert.match(
      invalid.json<Refusal>().message.join('\n'),
      /stage 1: requiredCycles must be a whole number/,
    );
    const edited = await send('admin', 'PUT', '/rule-sets/shared_groups', {
      version: 1,
      definition: { ...copy.definition, groupSupervisionCredit: 'shared' },
    });
    assert.equal(edited.statusCode, 200, edited.body);
    const stale = await send('admin', 'PUT', '/rule-sets/shared_groups', {
      version: 1,
      definition: copy.definition,
    });
    assert.equal(stale.statusCode, 409);

    // A group session of 90 minutes for three trainees: in full under the preset, a third each under the copy.
    const group = await send('s1', 'POST', '/supervision-sessions', {
      date: '2022-03-29',
      format: 'group',
      mode: 'remote',
      durationMinutes: 90,
      attendees: [
        { practitionerCode: 'P-LA1-01' },
        { practitionerCode: 'P-LA1-02' },
        { practitionerCode: 'P-LA1-03' },
      ],
    });
    assert.equal(group.statusCode, 201, group.body);
    const minutes = async () =>
      (await get('s1', '/accreditation?laCode=LA1'))
        .json<Page<AccreditationContractRow>>()
        .items.map((r) => r.supervisionMinutes);
    assert.deepEqual(await minutes(), [90, 90, 90]);
    const inForce = await send('admin', 'PUT', '/rule-set-in-force', { code: 'shared_groups' });
    assert.equal(inForce.statusCode, 200, inForce.body);
    assert.deepEqual(await minutes(), [30, 30, 30]);
    const list = (await get('s1', '/rule-sets')).json<Page<{ code: string; inForce: boolean }>>();
    assert.deepEqual(
      list.items.filter((r) => r.inForce).map((r) => r.code),
      ['shared_groups'],
    );
    const audit = await t.db.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_events WHERE action LIKE 'rule_set.%' OR action = 'programme.rule_set' ORDER BY id`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['rule_set.create', 'rule_set.update', 'programme.rule_set'],
    );
  });
});
