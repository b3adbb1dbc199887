import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { ErrorBody, FamilySessionView, Page } from '@attune/contract';
import { DeliveryApp, startDeliveryApp } from '../../../test/builders/delivery-app';

describe('correcting family sessions: who may edit and delete, with version, audit and lock', () => {
  let app: DeliveryApp;

  beforeAll(async () => {
    app = await startDeliveryApp([
      { email: 'admin@t.test', role: 'admin' },
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'm2@t.test', role: 'la_manager', laCode: 'LA2' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
    ]);
  });
  afterAll(async () => app.close());

  const sessionsOf = async (reference: string) =>
    (await app.send('admin', 'GET', `/family-sessions?familyReference=${reference}`)).json<
      Page<FamilySessionView>
    >().items;

  it("lets an LA manager correct and delete their LA's sessions, never another LA's", async () => {
    const [latest] = await sessionsOf('F-LA1-B1'); // P-LA1-02's, 2022-03-24
    assert.ok(latest);
    // Another LA's manager and another practitioner do not see it at all.
    const patch = { contactMinutes: 45, version: latest.version };
    assert.equal(
      (await app.send('m2', 'PATCH', `/family-sessions/${latest.id}`, patch)).statusCode,
      404,
    );
    assert.equal(
      (await app.send('p1', 'PATCH', `/family-sessions/${latest.id}`, patch)).statusCode,
      404,
    );
    assert.equal(
      (await app.send('p1', 'DELETE', `/family-sessions/${latest.id}?version=${latest.version}`))
        .statusCode,
      404,
    );
    const edited = await app.send('m1', 'PATCH', `/family-sessions/${latest.id}`, patch);
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json<FamilySessionView>().contactMinutes, 45);

    // The version read before the edit is stale now: nothing is deleted.
    const stale = await app.send(
      'm1',
      'DELETE',
      `/family-sessions/${latest.id}?version=${latest.version}`,
    );
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json<ErrorBody>().code, 'stale_version');
    assert.equal((await sessionsOf('F-LA1-B1')).length, 3);
    assert.equal(
      (await app.send('m1', 'DELETE', `/family-sessions/${latest.id}`)).statusCode,
      400,
      'a delete without ?version= is refused',
    );

    const current = edited.json<FamilySessionView>().version;
    const deleted = await app.send(
      'm1',
      'DELETE',
      `/family-sessions/${latest.id}?version=${current}`,
    );
    assert.equal(deleted.statusCode, 204, deleted.body);
    assert.deepEqual(
      (await sessionsOf('F-LA1-B1')).map((s) => s.date),
      ['2022-03-17', '2022-02-10'],
    );
    const [audit] = await app.t.db.dataSource.query<
      Array<{
        user_email: string;
        before: { contactMinutes: number; date: string };
        after: unknown;
      }>
    >(
      `SELECT user_email, before, after FROM audit_events
       WHERE action = 'familySession.delete' AND entity_id = $1`,
      [latest.id],
    );
    assert.equal(audit?.user_email, 'm1@t.test');
    assert.equal(audit?.before.contactMinutes, 45);
    assert.equal(audit?.before.date, '2022-03-24');
  });

  it('refuses a correction in a signed-off month with the lock, and allows it once reopened', async () => {
    const [session] = await sessionsOf('F-LA1-A1'); // 2022-03-28
    assert.ok(session);
    assert.equal(
      (await app.send('m1', 'POST', '/period-locks', { laCode: 'LA1', month: '2022-03' }))
        .statusCode,
      201,
    );
    for (const response of [
      await app.send('m1', 'DELETE', `/family-sessions/${session.id}?version=${session.version}`),
      await app.send('p1', 'DELETE', `/family-sessions/${session.id}?version=${session.version}`),
      await app.send('m1', 'PATCH', `/family-sessions/${session.id}`, {
        travelMinutes: 5,
        version: session.version,
      }),
    ]) {
      assert.equal(response.statusCode, 409, response.body);
      const body = response.json<ErrorBody>();
      assert.equal(body.code, 'period_locked');
      assert.equal(body.lock?.month, '2022-03');
      assert.equal(body.lock?.laCode, 'LA1');
      assert.equal(body.lock?.lockedBy, 'm1@t.test');
      assert.equal(body.lock?.reopenableBy, 'admin');
    }
    assert.equal(
      (await app.send('admin', 'DELETE', '/period-locks/LA1/2022-03?reason=correction')).statusCode,
      204,
    );
    assert.equal(
      (await app.send('p1', 'DELETE', `/family-sessions/${session.id}?version=${session.version}`))
        .statusCode,
      204,
    );
  });
});
