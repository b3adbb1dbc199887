import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type {
  CapacityRow,
  Page,
  PractitionerUpdateResult,
  PractitionerView,
} from '@attune/contract';
import { startDeliveryApp, type DeliveryApp } from '../../../test/builders/delivery-app';

type Problems = { errors: Array<{ field: string; problem: string }> };
const fields = (body: Problems) => body.errors.map((e) => e.field).sort();

describe('practitioners: GET|POST /practitioners, PATCH /practitioners/:code', () => {
  let app: DeliveryApp;
  const send: DeliveryApp['send'] = (...args) => app.send(...args);
  const list = async (who: string) => {
    const r = await send(who, 'GET', '/practitioners');
    assert.equal(r.statusCode, 200, r.body);
    return r.json<Page<PractitionerView>>();
  };
  const patch = (code: string, payload: object, who = 'admin') =>
    send(who, 'PATCH', `/practitioners/${code}`, payload);
  const capacityOf = async (code: string) => {
    const r = await send('admin', 'GET', '/capacity?pageSize=100');
    assert.equal(r.statusCode, 200, r.body);
    return r.json<Page<CapacityRow>>().items.find((row) => row.code === code)!;
  };

  beforeAll(async () => {
    app = await startDeliveryApp([
      { email: 'admin@t.test', role: 'admin' },
      { email: 'eco@t.test', role: 'economist' },
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'm2@t.test', role: 'la_manager', laCode: 'LA2' },
      { email: 'sup@t.test', role: 'supervisor', staffCode: 'S-01' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
    ]);
  });
  afterAll(() => app.close());

  it('lists practitioners by role; economists may not read them', async () => {
    const all = await list('admin');
    assert.equal(all.total, 4);
    assert.deepEqual(all.items[0], {
      code: 'P-LA1-01',
      laCode: 'LA1',
      substantiveRole: 'social_worker',
      fte: '1.0',
      vigHoursPerWeek: '7.5',
      startDate: '2021-07-01',
      supervisorCode: 'S-01',
      status: 'active',
      statusDate: null,
      statusReason: null,
      version: 1,
    });
    assert.deepEqual(
      (await list('m1')).items.map((p) => p.code),
      ['P-LA1-01', 'P-LA1-02', 'P-LA1-03'],
    );
    assert.deepEqual(
      (await list('m2')).items.map((p) => p.code),
      ['P-LA2-01'],
    );
    assert.deepEqual(
      (await list('p1')).items.map((p) => p.code),
      ['P-LA1-01'],
    );
    assert.equal((await list('sup')).total, 4);
    assert.equal((await send('eco', 'GET', '/practitioners')).statusCode, 403);
  });

  it('makes a staff member of an LA a practitioner, supervised by a VIG supervisor (audited)', async () => {
    const staff = await send('admin', 'POST', '/staff', {
      code: 'P-LA2-02',
      displayName: 'New Starter',
      costRole: 'social_worker',
      laCode: 'LA2',
    });
    assert.equal(staff.statusCode, 201, staff.body);
    const body = {
      code: 'P-LA2-02',
      substantiveRole: 'family_support_worker',
      fte: '0.6',
      vigHoursPerWeek: '4.5',
      startDate: '2022-01-10',
      supervisorCode: 'S-01',
    };
    const post = (payload: object, who = 'admin') => send(who, 'POST', '/practitioners', payload);
    for (const who of ['m2', 'sup', 'p1', 'eco'])
      assert.equal((await post(body, who)).statusCode, 403, who);
    const notSupervisor = await post({ ...body, supervisorCode: 'P-LA1-01' });
    assert.equal(notSupervisor.statusCode, 400);
    assert.deepEqual(notSupervisor.json<Problems>().errors, [
      {
        field: 'supervisorCode',
        problem: 'P-LA1-01 is not a VIG supervisor (their cost role is social_worker)',
      },
    ]);
    const bad = await post({ ...body, fte: '1.5', vigHoursPerWeek: 'lots', substantiveRole: 'x' });
    assert.deepEqual(fields(bad.json<Problems>()), ['fte', 'substantiveRole', 'vigHoursPerWeek']);
    assert.equal((await post({ ...body, fte: '0.05' })).statusCode, 400);
    const stranger = await post({ ...body, code: 'NOBODY' });
    assert.deepEqual([stranger.statusCode, fields(stranger.json<Problems>())], [400, ['code']]);
    const provider = await post({ ...body, code: 'S-01', supervisorCode: null });
    assert.match(provider.json<Problems>().errors[0]!.problem, /provider staff/);
    const created = await post(body);
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(created.json(), {
      ...body,
      laCode: 'LA2',
      status: 'active',
      statusDate: null,
      statusReason: null,
      version: 1,
    });
    const duplicate = await post(body);
    assert.equal(duplicate.statusCode, 409);
    assert.equal(duplicate.json<{ code: string }>().code, 'duplicate_code');
    const [event] = await app.t.db.dataSource.query<Array<{ after: PractitionerView }>>(
      "SELECT after FROM audit_events WHERE action = 'practitioner.create'",
    );
    assert.equal(event!.after.fte, '0.6');
    assert.equal((await capacityOf('P-LA2-02')).status, 'active');
  });

  it('edits with the version read: stale 409, supervisor checked at the field', async () => {
    const edited = await patch('P-LA1-03', { version: 1, fte: '0.8', vigHoursPerWeek: '6' });
    assert.equal(edited.statusCode, 200, edited.body);
    const result = edited.json<PractitionerUpdateResult>();
    assert.deepEqual(
      [result.practitioner.fte, result.practitioner.vigHoursPerWeek, result.practitioner.version],
      ['0.8', '6', 2],
    );
    assert.deepEqual(result.openFamilies, []);
    assert.equal((await capacityOf('P-LA1-03')).vigHoursPerWeek, 6);
    const stale = await patch('P-LA1-03', { version: 1, fte: '0.5' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json<{ code: string }>().code, 'stale_version');
    const supervisor = await patch('P-LA1-03', { version: 2, supervisorCode: 'P-LA1-03' });
    assert.deepEqual(fields(supervisor.json<Problems>()), ['supervisorCode']);
    const orphan = await patch('P-LA1-03', { version: 2, statusReason: 'workload' });
    assert.deepEqual(fields(orphan.json<Problems>()), ['statusReason']);
    assert.equal((await patch('P-LA1-03', { version: 2, fte: '0.5' }, 'm1')).statusCode, 403);
    assert.equal((await patch('NOBODY', { version: 1, fte: '0.5' })).statusCode, 404);
  });

  it('withdraws a practitioner: their work is kept, open families listed, capacity changes at once', async () => {
    const before = await capacityOf('P-LA1-02');
    assert.equal(before.status, 'active');
    const families = () =>
      app.t.db.dataSource.query<Array<{ n: number }>>(
        `SELECT (SELECT count(*) FROM families f JOIN staff s ON s.id = f.practitioner_id WHERE s.code = 'P-LA1-02')
              + (SELECT count(*) FROM family_sessions fs JOIN staff s ON s.id = fs.practitioner_id WHERE s.code = 'P-LA1-02') AS n`,
      );
    const [kept] = await families();
    const missing = await patch('P-LA1-02', {
      version: 1,
      status: 'withdrawn',
      statusDate: '2022-03-20',
    });
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(fields(missing.json<Problems>()), ['statusReason']);
    const future = await patch('P-LA1-02', {
      version: 1,
      status: 'withdrawn',
      statusDate: '2022-04-01',
      statusReason: 'left_post',
    });
    assert.deepEqual(fields(future.json<Problems>()), ['statusDate']);
    const withdrawn = await patch('P-LA1-02', {
      version: 1,
      status: 'withdrawn',
      statusDate: '2022-03-20',
      statusReason: 'left_post',
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    const result = withdrawn.json<PractitionerUpdateResult>();
    assert.deepEqual(
      [
        result.practitioner.status,
        result.practitioner.statusDate,
        result.practitioner.statusReason,
      ],
      ['withdrawn', '2022-03-20', 'left_post'],
    );
    // B2 did not proceed and B3 completed: only B1 needs another practitioner.
    assert.deepEqual(result.openFamilies, [
      { reference: 'F-LA1-B1', laCode: 'LA1', status: 'active' },
    ]);
    assert.deepEqual(await families(), [kept], 'every record of their work is kept');
    const after = await capacityOf('P-LA1-02');
    assert.equal(after.status, 'withdrawn');
    assert.equal(after.familiesAllocated, before.familiesAllocated);
    const [event] = await app.t.db.dataSource.query<
      Array<{ before: PractitionerView; after: PractitionerView }>
    >("SELECT before, after FROM audit_events WHERE action = 'practitioner.status'");
    assert.deepEqual([event!.before.status, event!.after.status], ['active', 'withdrawn']);

    const paused = await patch('P-LA1-02', {
      version: 2,
      status: 'paused',
      statusDate: '2022-03-25',
      statusReason: 'workload',
    });
    assert.equal(paused.statusCode, 409);
    assert.equal(paused.json<{ code: string }>().code, 'status_change');
    const back = await patch('P-LA1-02', {
      version: 2,
      status: 'active',
      statusDate: '2022-03-28',
    });
    assert.equal(back.statusCode, 200, back.body);
    assert.deepEqual(back.json<PractitionerUpdateResult>().openFamilies, []);
    assert.equal(back.json<PractitionerUpdateResult>().practitioner.statusReason, null);
    assert.equal((await capacityOf('P-LA1-02')).status, 'active');
  });
});
