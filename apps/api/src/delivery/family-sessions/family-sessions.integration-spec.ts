import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { DeliveryApp, heldSession, startDeliveryApp } from '../../../test/builders/delivery-app';

describe('family sessions: logging, editing, first held session', () => {
  let app: DeliveryApp;

  beforeAll(async () => {
    app = await startDeliveryApp([
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
      { email: 'p2@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-02' },
    ]);
  });
  afterAll(async () => app.close());

  it('lets a practitioner log sessions for their own families only, with a valid cycle', async () => {
    const ok = await app.send(
      'p1',
      'POST',
      '/family-sessions',
      heldSession('F-LA1-A1', '2022-02-07'),
    );
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().practitionerCode, 'P-LA1-01');
    const notMine = await app.send(
      'p2',
      'POST',
      '/family-sessions',
      heldSession('F-LA1-A1', '2022-02-07'),
    );
    assert.equal(notMine.statusCode, 400);
    assert.match(String(notMine.json().message[0]), /not one of your allocated families/);
    const noCycle = await app.send('p1', 'POST', '/family-sessions', {
      ...heldSession('F-LA1-A1', '2022-02-08'),
      cycle: null,
    });
    assert.equal(noCycle.json().errors[0].field, 'cycle');
    assert.equal(
      (await app.send('m1', 'POST', '/family-sessions', heldSession('F-LA1-A1', '2022-02-07')))
        .statusCode,
      403,
    );
  });

  it('refuses a stale session edit with 409 and keeps the first edit', async () => {
    const logged = (
      await app.send('p1', 'POST', '/family-sessions', heldSession('F-LA1-A4', '2022-03-22'))
    ).json();
    const first = await app.send('p1', 'PATCH', `/family-sessions/${logged.id}`, {
      travelMinutes: 35,
      version: logged.version,
    });
    assert.equal(first.statusCode, 200);
    const stale = await app.send('p1', 'PATCH', `/family-sessions/${logged.id}`, {
      prepMinutes: 5,
      version: logged.version,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'stale_version');
    const [row] = await app.t.db.dataSource.query(
      'SELECT travel_minutes, prep_minutes, version FROM family_sessions WHERE id = $1',
      [logged.id],
    );
    assert.deepEqual(row, { travel_minutes: 35, prep_minutes: 40, version: 2 });
  });

  it('makes an allocated family active with its first held session', async () => {
    const c3 = (await app.send('m1', 'GET', '/families/F-LA1-C3')).json();
    await app.send('m1', 'POST', '/families/F-LA1-C3/allocation', {
      practitionerCode: 'P-LA1-02',
      version: c3.version,
    });
    const logged = await app.send('p2', 'POST', '/family-sessions', {
      ...heldSession('F-LA1-C3', '2022-03-29'),
      type: 'initial_meeting',
      cycle: null,
    });
    assert.equal(logged.statusCode, 201, logged.body);
    const family = (await app.send('p2', 'GET', '/families/F-LA1-C3')).json();
    assert.equal(family.status, 'active');
    assert.equal(family.statusDate, '2022-03-29');
  });
});
