import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { LocalAuthorityView } from '@attune/contract';
import { insertDeliveryFixture } from '../../../test/builders/delivery-programme';
import { createUser, signIn } from '../../../test/builders/users';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe('local authorities: GET|POST /local-authorities, PATCH /local-authorities/:code', () => {
  let t: TestApp;
  let base: string;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const fx = await insertDeliveryFixture(t.db.dataSource);
    base = `/api/programmes/${fx.programmeId}/local-authorities`;
    await createUser(t.app, { email: 'admin@test.example', role: 'admin' });
    await createUser(t.app, { email: 'economist@test.example', role: 'economist' });
    await createUser(t.app, { email: 'manager@test.example', role: 'la_manager', laCode: 'LA2' });
    for (const who of ['admin', 'economist', 'manager'])
      as[who] = await signIn(t.app, `${who}@test.example`);
  });
  afterAll(async () => t.close());

  const list = async (who: string) => {
    const r = await t.app.inject({ method: 'GET', url: base, headers: as[who] });
    assert.equal(r.statusCode, 200, r.body);
    return r.json<{ items: LocalAuthorityView[]; total: number }>();
  };

  it('lists every LA for admins and economists, only their own for an LA manager', async () => {
    assert.deepEqual(
      (await list('admin')).items.map((l) => l.code),
      ['LA1', 'LA2'],
    );
    assert.equal((await list('economist')).total, 2);
    const own = await list('manager');
    assert.deepEqual(
      own.items.map((l) => l.code),
      ['LA2'],
    );
    assert.equal(own.total, 1);
  });

  it('lets an admin add an LA (audited), refuses a used code with 409 duplicate_code', async () => {
    const post = (payload: object, who = 'admin') =>
      t.app.inject({ method: 'POST', url: base, headers: as[who], payload });
    assert.equal((await post({ code: 'LA3', name: 'Three' }, 'manager')).statusCode, 403);
    assert.equal((await post({ code: 'LA3', name: 'Three' }, 'economist')).statusCode, 403);
    const created = await post({ code: 'LA3', name: 'Council three' });
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(created.json(), { code: 'LA3', name: 'Council three', version: 1 });
    const duplicate = await post({ code: 'LA3', name: 'Again' });
    assert.equal(duplicate.statusCode, 409);
    assert.equal(duplicate.json<{ code: string }>().code, 'duplicate_code');
    const bad = await post({ code: 'LA 3', name: '' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad
        .json<{ errors: Array<{ field: string }> }>()
        .errors.map((e) => e.field)
        .sort(),
      ['code', 'name'],
    );
    const [event] = await t.db.dataSource.query<Array<{ after: LocalAuthorityView }>>(
      "SELECT after FROM audit_events WHERE action = 'local_authority.create'",
    );
    assert.equal(event!.after.name, 'Council three');
  });

  it('renames with the version read: audited before/after, a stale version is 409', async () => {
    const patch = (payload: object, who = 'admin') =>
      t.app.inject({ method: 'PATCH', url: `${base}/LA1`, headers: as[who], payload });
    assert.equal((await patch({ version: 1, name: 'X' }, 'manager')).statusCode, 403);
    const renamed = await patch({ version: 1, name: 'Council one, renamed' });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json<LocalAuthorityView>().version, 2);
    const stale = await patch({ version: 1, name: 'Lost edit' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json<{ code: string }>().code, 'stale_version');
    const [event] = await t.db.dataSource.query<
      Array<{ before: LocalAuthorityView; after: LocalAuthorityView }>
    >("SELECT before, after FROM audit_events WHERE action = 'local_authority.update'");
    assert.equal(event!.before.name, 'Council LA1');
    assert.equal(event!.after.name, 'Council one, renamed');
    const missing = await t.app.inject({
      method: 'PATCH',
      url: `${base}/LA9`,
      headers: as.admin,
      payload: { version: 1, name: 'Nobody' },
    });
    assert.equal(missing.statusCode, 404);
  });
});
