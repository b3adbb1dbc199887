import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Clock } from '../platform/clock/clock';
import { createUser, signIn } from '../auth/test-support';
import { DELIVERY_TODAY, insertDeliveryFixture } from '../delivery/delivery-fixture';
import { createTestApp, TestApp } from '../testing/test-app';
import type { TimeEntryView } from '../time-entries/time-entries.service';

describe('period sign-off, family sessions and time entries', () => {
  let t: TestApp;
  let base: string;
  const as: Record<string, Record<string, string>> = {};

  before(async () => {
    t = await createTestApp();
    t.app.get(Clock).now = () => new Date(`${DELIVERY_TODAY}T12:00:00Z`);
    const fx = await insertDeliveryFixture(t.db.dataSource);
    base = `/api/programmes/${fx.programmeId}`;
    for (const user of [
      { email: 'admin@t.test', role: 'admin' },
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
      { email: 'p2@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-02' },
      { email: 'q1@t.test', role: 'practitioner', laCode: 'LA2', staffCode: 'P-LA2-01' },
    ]) {
      await createUser(t.app, user);
      as[user.email.split('@')[0]!] = await signIn(t.app, user.email);
    }
  });
  after(async () => t.close());

  const send = (
    who: string,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url: `${base}${path}`,
      headers: as[who],
      ...(payload ? { payload } : {}),
    });
  const session = (familyReference: string, date: string) => ({
    familyReference,
    date,
    type: 'filming',
    cycle: 2,
    outcome: 'held',
    contactMinutes: 50,
    travelMinutes: 20,
    prepMinutes: 40,
  });

  it('lets a practitioner log sessions for their own families only, with a valid cycle', async () => {
    const ok = await send('p1', 'POST', '/family-sessions', session('F-LA1-A1', '2022-02-07'));
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().practitionerCode, 'P-LA1-01');
    const notMine = await send('p2', 'POST', '/family-sessions', session('F-LA1-A1', '2022-02-07'));
    assert.equal(notMine.statusCode, 400);
    assert.match(String(notMine.json().message[0]), /not one of your allocated families/);
    const noCycle = await send('p1', 'POST', '/family-sessions', {
      ...session('F-LA1-A1', '2022-02-08'),
      cycle: null,
    });
    assert.equal(noCycle.json().errors[0].field, 'cycle');
    assert.equal(
      (await send('m1', 'POST', '/family-sessions', session('F-LA1-A1', '2022-02-07'))).statusCode,
      403,
    );
  });

  it('locks a signed-off month: edits refused with a clear message until an admin reopens it', async () => {
    const logged = (
      await send('p1', 'POST', '/family-sessions', session('F-LA1-A2', '2022-02-14'))
    ).json();
    const entry = (
      await send('p1', 'POST', '/time-entries', {
        date: '2022-02-15',
        activity: 'case_recording',
        minutes: 25,
      })
    ).json();
    assert.equal(entry.staffCode, 'P-LA1-01');

    const signed = await send('m1', 'POST', '/period-locks', { laCode: 'LA1', month: '2022-02' });
    assert.equal(signed.statusCode, 201, signed.body);
    assert.equal(
      (await send('m1', 'POST', '/period-locks', { laCode: 'LA1', month: '2022-02' })).statusCode,
      409,
    );
    assert.equal(
      (await send('m1', 'POST', '/period-locks', { laCode: 'LA2', month: '2022-02' })).statusCode,
      403,
    );

    const refused = [
      await send('p1', 'POST', '/family-sessions', session('F-LA1-A3', '2022-02-21')),
      await send('p1', 'PATCH', `/family-sessions/${logged.id}`, {
        contactMinutes: 55,
        version: logged.version,
      }),
      await send('p1', 'PATCH', `/family-sessions/${logged.id}?`, {
        date: '2022-03-14',
        version: logged.version,
      }),
      await send('p1', 'DELETE', `/family-sessions/${logged.id}?version=${logged.version}`),
      await send('p1', 'POST', '/time-entries', {
        date: '2022-02-16',
        activity: 'admin',
        minutes: 10,
      }),
      await send('p1', 'PATCH', `/time-entries/${entry.id}`, {
        minutes: 30,
        version: entry.version,
      }),
      await send('p1', 'POST', '/time-entries', {
        date: '2022-02-28',
        activity: 'meetings',
        minutes: 15,
      }),
    ];
    for (const response of refused) {
      assert.equal(response.statusCode, 409, response.body);
      assert.equal(response.json().code, 'period_locked');
      assert.equal(
        response.json().message,
        '2022-02 is signed off for LA1: records dated in it cannot be changed until an admin reopens the month.',
      );
    }
    const listed = (
      await send('p1', 'GET', '/family-sessions?familyReference=F-LA1-A2&to=2022-02-28')
    ).json();
    assert.equal(listed.items[0].locked, true);
    // Another LA and another month are not affected.
    assert.equal(
      (await send('q1', 'POST', '/family-sessions', session('F-LA2-D1', '2022-02-21'))).statusCode,
      201,
    );
    assert.equal(
      (await send('p1', 'POST', '/family-sessions', session('F-LA1-A3', '2022-03-21'))).statusCode,
      201,
    );

    assert.equal((await send('m1', 'DELETE', '/period-locks/LA1/2022-02')).statusCode, 403);
    assert.equal((await send('admin', 'DELETE', '/period-locks/LA1/2022-02')).statusCode, 204);
    const edited = await send('p1', 'PATCH', `/family-sessions/${logged.id}`, {
      contactMinutes: 55,
      version: logged.version,
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().contactMinutes, 55);
    assert.equal(edited.json().version, logged.version + 1);

    const audit = await t.db.dataSource.query(
      `SELECT action, user_email FROM audit_events WHERE action LIKE 'periodLock.%' ORDER BY id`,
    );
    assert.deepEqual(audit, [
      { action: 'periodLock.sign_off', user_email: 'm1@t.test' },
      { action: 'periodLock.reopen', user_email: 'admin@t.test' },
    ]);
  });

  it('refuses a stale session edit with 409 and keeps the first edit', async () => {
    const logged = (
      await send('p1', 'POST', '/family-sessions', session('F-LA1-A4', '2022-03-22'))
    ).json();
    const first = await send('p1', 'PATCH', `/family-sessions/${logged.id}`, {
      travelMinutes: 35,
      version: logged.version,
    });
    assert.equal(first.statusCode, 200);
    const stale = await send('p1', 'PATCH', `/family-sessions/${logged.id}`, {
      prepMinutes: 5,
      version: logged.version,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'stale_version');
    const [row] = await t.db.dataSource.query(
      'SELECT travel_minutes, prep_minutes, version FROM family_sessions WHERE id = $1',
      [logged.id],
    );
    assert.deepEqual(row, { travel_minutes: 35, prep_minutes: 40, version: 2 });
  });

  it('makes an allocated family active with its first held session', async () => {
    const c3 = (await send('m1', 'GET', '/families/F-LA1-C3')).json();
    await send('m1', 'POST', '/families/F-LA1-C3/allocation', {
      practitionerCode: 'P-LA1-02',
      version: c3.version,
    });
    const logged = await send('p2', 'POST', '/family-sessions', {
      ...session('F-LA1-C3', '2022-03-29'),
      type: 'initial_meeting',
      cycle: null,
    });
    assert.equal(logged.statusCode, 201, logged.body);
    const family = (await send('p2', 'GET', '/families/F-LA1-C3')).json();
    assert.equal(family.status, 'active');
    assert.equal(family.statusDate, '2022-03-29');
  });

  it('keeps time entries to the caller: own time for a practitioner, own LA for a manager', async () => {
    assert.equal(
      (
        await send('p1', 'POST', '/time-entries', {
          staffCode: 'P-LA1-02',
          date: '2022-03-15',
          activity: 'admin',
          minutes: 10,
        })
      ).statusCode,
      400,
    );
    assert.equal(
      (
        await send('m1', 'POST', '/time-entries', {
          staffCode: 'P-LA2-01',
          date: '2022-03-15',
          activity: 'admin',
          minutes: 10,
        })
      ).statusCode,
      400,
    );
    const byManager = await send('m1', 'POST', '/time-entries', {
      staffCode: 'P-LA1-02',
      date: '2022-03-15',
      activity: 'meetings',
      minutes: 10,
    });
    assert.equal(byManager.statusCode, 201, byManager.body);
    const list = (await send('m1', 'GET', '/time-entries?pageSize=1000')).json<{
      items: TimeEntryView[];
    }>();
    assert.ok(list.items.length > 0);
    assert.ok(list.items.every((e) => e.staffCode.startsWith('P-LA1')));
    const mine = (await send('p2', 'GET', '/time-entries')).json<{ items: TimeEntryView[] }>();
    assert.ok(mine.items.every((e) => e.staffCode === 'P-LA1-02'));
  });
});
