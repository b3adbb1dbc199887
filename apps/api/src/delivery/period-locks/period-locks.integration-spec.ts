import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { ErrorBody } from '@attune/contract';
import { DeliveryApp, heldSession, startDeliveryApp } from '../../../test/builders/delivery-app';

describe('period sign-off: a signed-off month locks sessions and time entries', () => {
  let app: DeliveryApp;

  beforeAll(async () => {
    app = await startDeliveryApp([
      { email: 'admin@t.test', role: 'admin' },
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
      { email: 'q1@t.test', role: 'practitioner', laCode: 'LA2', staffCode: 'P-LA2-01' },
    ]);
  });
  afterAll(async () => app.close());

  it('locks a signed-off month: edits refused with a clear message until an admin reopens it', async () => {
    const logged = (
      await app.send('p1', 'POST', '/family-sessions', heldSession('F-LA1-A2', '2022-02-14'))
    ).json();
    const entry = (
      await app.send('p1', 'POST', '/time-entries', {
        date: '2022-02-15',
        activity: 'case_recording',
        minutes: 25,
      })
    ).json();
    assert.equal(entry.staffCode, 'P-LA1-01');

    const signed = await app.send('m1', 'POST', '/period-locks', {
      laCode: 'LA1',
      month: '2022-02',
    });
    assert.equal(signed.statusCode, 201, signed.body);
    assert.equal(
      (await app.send('m1', 'POST', '/period-locks', { laCode: 'LA1', month: '2022-02' }))
        .statusCode,
      409,
    );
    assert.equal(
      (await app.send('m1', 'POST', '/period-locks', { laCode: 'LA2', month: '2022-02' }))
        .statusCode,
      403,
    );

    const refused = [
      await app.send('p1', 'POST', '/family-sessions', heldSession('F-LA1-A3', '2022-02-21')),
      await app.send('p1', 'PATCH', `/family-sessions/${logged.id}`, {
        contactMinutes: 55,
        version: logged.version,
      }),
      await app.send('p1', 'PATCH', `/family-sessions/${logged.id}?`, {
        date: '2022-03-14',
        version: logged.version,
      }),
      await app.send('p1', 'DELETE', `/family-sessions/${logged.id}?version=${logged.version}`),
      await app.send('p1', 'POST', '/time-entries', {
        date: '2022-02-16',
        activity: 'admin',
        minutes: 10,
      }),
      await app.send('p1', 'PATCH', `/time-entries/${entry.id}`, {
        minutes: 30,
        version: entry.version,
      }),
      await app.send('p1', 'POST', '/time-entries', {
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
      const lock = response.json<ErrorBody>().lock!;
      assert.equal(lock.laCode, 'LA1');
      assert.equal(lock.month, '2022-02');
      assert.equal(lock.lockedBy, 'm1@t.test');
      assert.equal(lock.reason, `Signed off by m1@t.test on ${lock.lockedAt.slice(0, 10)}.`);
      assert.equal(lock.reopenableBy, 'admin');
    }
    const listed = (
      await app.send('p1', 'GET', '/family-sessions?familyReference=F-LA1-A2&to=2022-02-28')
    ).json();
    assert.equal(listed.items[0].locked, true);
    // Another LA and another month are not affected.
    assert.equal(
      (await app.send('q1', 'POST', '/family-sessions', heldSession('F-LA2-D1', '2022-02-21')))
        .statusCode,
      201,
    );
    assert.equal(
      (await app.send('p1', 'POST', '/family-sessions', heldSession('F-LA1-A3', '2022-03-21')))
        .statusCode,
      201,
    );

    const why = '?reason=Session%20logged%20against%20the%20wrong%20family';
    assert.equal(
      (await app.send('m1', 'DELETE', `/period-locks/LA1/2022-02${why}`)).statusCode,
      403,
    );
    const noReason = await app.send('admin', 'DELETE', '/period-locks/LA1/2022-02');
    assert.equal(noReason.statusCode, 400);
    assert.deepEqual(noReason.json().errors, [
      { field: 'reason', problem: 'reason is required: say why the month is reopened' },
    ]);
    assert.equal(
      (await app.send('admin', 'DELETE', '/period-locks/LA1/2022-02?reason=%20%20')).statusCode,
      400,
    );
    assert.equal(
      (await app.send('admin', 'DELETE', `/period-locks/LA1/2022-02${why}`)).statusCode,
      204,
    );
    const edited = await app.send('p1', 'PATCH', `/family-sessions/${logged.id}`, {
      contactMinutes: 55,
      version: logged.version,
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().contactMinutes, 55);
    assert.equal(edited.json().version, logged.version + 1);

    const audit = await app.t.db.dataSource.query<
      Array<{ action: string; user_email: string; after: unknown }>
    >(
      `SELECT action, user_email, after FROM audit_events WHERE action LIKE 'periodLock.%' ORDER BY id`,
    );
    assert.deepEqual(
      audit.map((a) => [a.action, a.user_email]),
      [
        ['periodLock.sign_off', 'm1@t.test'],
        ['periodLock.reopen', 'admin@t.test'],
      ],
    );
    assert.deepEqual(audit[1]!.after, {
      laCode: 'LA1',
      month: '2022-02',
      reopened: true,
      reason: 'Session logged against the wrong family',
    });
  });
});
