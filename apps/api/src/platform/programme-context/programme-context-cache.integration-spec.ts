import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { startDeliveryApp, type DeliveryApp } from '../../../test/builders/delivery-app';

/**
 * The programme's settings and LAs are kept under its data version, and the
 * reports' answers under theirs: a committed change to either is seen by the
 * very next request, whichever way it was written (here plain SQL, as another
 * replica or a migration would write it).
 */
describe('the programme context and the cached answers follow the data version', () => {
  let app: DeliveryApp;

  beforeAll(async () => {
    app = await startDeliveryApp([
      { email: 'admin@x.test', role: 'admin' },
      { email: 'm9@x.test', role: 'la_manager', laCode: 'LA9' },
    ]);
  });
  afterAll(async () => app.close());

  it('lets in an LA manager as soon as their LA joins the programme', async () => {
    // Asked twice: the second answer comes from what the first one kept.
    for (let i = 0; i < 2; i++) {
      assert.equal((await app.send('m9', 'GET', '/capacity')).statusCode, 404);
    }
    assert.equal((await app.send('admin', 'GET', '/capacity')).statusCode, 200);
    await app.t.db.dataSource.query(
      `INSERT INTO local_authorities (programme_id, code, name, version) VALUES ($1, 'LA9', 'Ninth', 1)`,
      [app.fixture.programmeId],
    );
    const seen = await app.send('m9', 'GET', '/capacity');
    assert.equal(seen.statusCode, 200, seen.body);
    assert.deepEqual(seen.json<{ items: unknown[] }>().items, []);
  });

  it("serves a programme's changed settings, and the answers made from them, at once", async () => {
    const before = await app.send('admin', 'GET', '/accreditation/details');
    assert.equal(before.statusCode, 200, before.body);
    assert.match(String(before.headers['content-type']), /^application\/json/);
    const { deliveryEnd } = before.json<{ deliveryEnd: string }>();
    await app.send('admin', 'GET', '/accreditation/details');
    await app.t.db.dataSource.query(
      `UPDATE programmes SET delivery_end = delivery_end + 30 WHERE id = $1`,
      [app.fixture.programmeId],
    );
    const after = await app.send('admin', 'GET', '/accreditation/details');
    assert.equal(after.statusCode, 200, after.body);
    const moved = after.json<{ deliveryEnd: string }>().deliveryEnd;
    assert.notEqual(moved, deliveryEnd);
    const expected = new Date(`${deliveryEnd}T00:00:00Z`);
    expected.setUTCDate(expected.getUTCDate() + 30);
    assert.equal(moved, expected.toISOString().slice(0, 10));
  });
});
