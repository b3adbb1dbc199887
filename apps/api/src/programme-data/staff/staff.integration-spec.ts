import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { Page, StaffView } from '@attune/contract';
import { startDeliveryApp, type DeliveryApp } from '../../../test/builders/delivery-app';

type Problems = { errors: Array<{ field: string; problem: string }> };
const fields = (body: Problems) => body.errors.map((e) => e.field).sort();

describe('staff: GET|POST /staff, PATCH /staff/:code', () => {
  let app: DeliveryApp;
  const send: DeliveryApp['send'] = (...args) => app.send(...args);
  const list = async (who: string) => {
    const r = await send(who, 'GET', '/staff?pageSize=100');
    assert.equal(r.statusCode, 200, r.body);
    return r.json<Page<StaffView>>();
  };
  const audit = (action: string) =>
    app.t.db.dataSource.query<Array<{ before: StaffView | null; after: StaffView }>>(
      'SELECT before, after FROM audit_events WHERE action = $1 ORDER BY id',
      [action],
    );

  beforeAll(async () => {
    app = await startDeliveryApp([
      { email: 'admin@t.test', role: 'admin' },
      { email: 'eco@t.test', role: 'economist' },
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'sup@t.test', role: 'supervisor', staffCode: 'S-01' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
    ]);
  });
  afterAll(() => app.close());

  it('lists staff by role: names for admins, codes only for economists, own LA for a manager', async () => {
    const all = await list('admin');
    assert.deepEqual(
      all.items.map((s) => s.code),
      ['P-LA1-01', 'P-LA1-02', 'P-LA1-03', 'P-LA2-01', 'S-01'],
    );
    assert.deepEqual(all.items[4], {
      code: 'S-01',
      displayName: 'Sam Supervisor',
      costRole: 'vig_supervisor',
      laCode: null,
      version: 1,
    });
    const economist = await list('eco');
    assert.equal(economist.total, 5);
    assert.ok(economist.items.every((s) => s.displayName === null));
    assert.ok(!JSON.stringify(economist).includes('Name of'), 'no display name anywhere');
    assert.deepEqual(
      economist.items.map((s) => s.costRole),
      all.items.map((s) => s.costRole),
    );
    const manager = await list('m1');
    assert.deepEqual(
      manager.items.map((s) => s.code),
      ['P-LA1-01', 'P-LA1-02', 'P-LA1-03'],
    );
    assert.equal(manager.total, 3);
    assert.deepEqual(
      (await list('p1')).items.map((s) => s.code),
      ['P-LA1-01'],
    );
    assert.equal((await list('sup')).total, 5);
    const paged = (await send('admin', 'GET', '/staff?page=2&pageSize=2')).json<Page<StaffView>>();
    assert.deepEqual([paged.total, paged.items.map((s) => s.code)], [5, ['P-LA1-03', 'P-LA2-01']]);
  });

  it('lets an admin add staff (audited); a used code is 409, an unknown LA 400 at laCode', async () => {
    const post = (payload: object, who = 'admin') => send(who, 'POST', '/staff', payload);
    const body = {
      code: 'P-LA2-02',
      displayName: 'New Starter',
      costRole: 'social_worker',
      laCode: 'LA2',
    };
    for (const who of ['m1', 'eco', 'sup', 'p1'])
      assert.equal((await post(body, who)).statusCode, 403, who);
    const created = await post(body);
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(created.json(), { ...body, version: 1 });
    const [event] = await audit('staff.create');
    assert.deepEqual(event!.after, { ...body, version: 1 });
    const duplicate = await post({ ...body, displayName: 'Again' });
    assert.equal(duplicate.statusCode, 409);
    assert.equal(duplicate.json<{ code: string }>().code, 'duplicate_code');
    const unknownLa = await post({ ...body, code: 'P-LA9-01', laCode: 'LA9' });
    assert.equal(unknownLa.statusCode, 400);
    assert.deepEqual(fields(unknownLa.json<Problems>()), ['laCode']);
    assert.match(unknownLa.json<Problems>().errors[0]!.problem, /LA9 is not a local authority/);
    const bad = await post({ code: 'P 1', displayName: '', costRole: 'boss', laCode: null });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(fields(bad.json<Problems>()), ['code', 'costRole', 'displayName']);
    const provider = await post({
      code: 'T-01',
      displayName: 'Trainer',
      costRole: 'vig_trainer',
      laCode: null,
    });
    assert.equal(provider.statusCode, 201, provider.body);
    assert.equal((await list('m1')).total, 3, 'another LA and provider staff stay out of LA1');
  });

  it('edits with the version read: audited before/after, stale 409, unknown 404', async () => {
    const patch = (code: string, payload: object, who = 'admin') =>
      send(who, 'PATCH', `/staff/${code}`, payload);
    assert.equal((await patch('P-LA1-03', { version: 1, displayName: 'X' }, 'm1')).statusCode, 403);
    const renamed = await patch('P-LA1-03', {
      version: 1,
      displayName: 'Renamed',
      costRole: 'family_support_worker',
    });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.deepEqual(renamed.json(), {
      code: 'P-LA1-03',
      displayName: 'Renamed',
      costRole: 'family_support_worker',
      laCode: 'LA1',
      version: 2,
    });
    const stale = await patch('P-LA1-03', { version: 1, displayName: 'Lost edit' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json<{ code: string }>().code, 'stale_version');
    const [event] = await audit('staff.update');
    assert.equal(event!.before!.displayName, 'Name of P-LA1-03');
    assert.equal(event!.before!.costRole, 'social_worker');
    assert.equal(event!.after.displayName, 'Renamed');
    assert.equal((await audit('staff.update')).length, 1, 'the stale edit wrote nothing');
    assert.equal((await patch('NOBODY', { version: 1, displayName: 'N' })).statusCode, 404);
  });

  it('refuses changes that would break a supervision or a caseload, at the field', async () => {
    const patch = (code: string, payload: object) =>
      send('admin', 'PATCH', `/staff/${code}`, payload);
    const supervisor = await patch('S-01', { version: 1, costRole: 'vig_trainer' });
    assert.equal(supervisor.statusCode, 400);
    assert.deepEqual(supervisor.json<Problems>().errors, [
      {
        field: 'costRole',
        problem: 'supervises 4 practitioner(s): give them another supervisor first',
      },
    ]);
    const moved = await patch('P-LA1-01', { version: 1, laCode: 'LA2' });
    assert.equal(moved.statusCode, 400);
    assert.deepEqual(fields(moved.json<Problems>()), ['laCode']);
    assert.match(moved.json<Problems>().errors[0]!.problem, /has 6 open families in LA1/);
    const unknown = await patch('P-LA1-01', { version: 1, laCode: 'LA7' });
    assert.deepEqual([unknown.statusCode, fields(unknown.json<Problems>())], [400, ['laCode']]);
    // P-LA1-03 has no families: they may move.
    const free = await patch('P-LA1-03', { version: 2, laCode: 'LA2' });
    assert.equal(free.statusCode, 200, free.body);
    assert.equal(free.json<StaffView>().laCode, 'LA2');
  });
});
