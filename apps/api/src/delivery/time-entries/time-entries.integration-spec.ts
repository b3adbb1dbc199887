import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { DeliveryApp, startDeliveryApp } from '../../../test/builders/delivery-app';
import type { TimeEntrySaved, TimeEntryView } from './time-entries.service';

const entry = (more: object = {}) => ({
  date: '2022-03-16',
  activity: 'meetings',
  minutes: 10,
  ...more,
});

describe('time entries: whose time, which LA', () => {
  let app: DeliveryApp;
  const count = async () =>
    Number(
      (
        await app.t.db.dataSource.query<[{ n: string }]>('SELECT count(*) AS n FROM time_entries')
      )[0].n,
    );

  beforeAll(async () => {
    app = await startDeliveryApp([
      { email: 'admin@t.test', role: 'admin' },
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
      { email: 'p2@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-02' },
      { email: 's1@t.test', role: 'supervisor', staffCode: 'S-01' },
      { email: 'e1@t.test', role: 'economist' },
    ]);
  });
  afterAll(async () => app.close());

  it('lets each role record whose time it may, and hides whose it may not', async () => {
    const cases: Array<[who: string, body: object, status: number]> = [
      ['p1', entry(), 201],
      ['p1', entry({ staffCode: 'P-LA1-02' }), 404],
      ['p1', entry({ laCode: 'LA2' }), 404],
      ['s1', entry(), 201],
      ['s1', entry({ laCode: 'LA2' }), 201],
      ['s1', entry({ staffCode: 'P-LA1-01' }), 400],
      ['m1', entry({ staffCode: 'P-LA1-02' }), 201],
      ['m1', entry({ staffCode: 'P-LA2-01' }), 404],
      // The case: naming their own LA does not reach another LA's practitioner.
      ['m1', entry({ staffCode: 'P-LA2-01', laCode: 'LA1' }), 404],
      ['m1', entry({ staffCode: 'S-01' }), 404],
      ['m1', entry({ staffCode: 'P-LA1-02', laCode: 'LA2' }), 404],
      ['m1', entry({ staffCode: 'NOBODY' }), 404],
      ['admin', entry({ staffCode: 'P-LA2-01', laCode: 'LA1' }), 201],
      ['admin', entry({ staffCode: 'S-01' }), 201],
      ['e1', entry({ staffCode: 'P-LA1-01' }), 403],
    ];
    for (const [who, body, status] of cases) {
      const before = await count();
      const response = await app.send(who, 'POST', '/time-entries', body);
      assert.equal(response.statusCode, status, `${who} ${JSON.stringify(body)}: ${response.body}`);
      assert.equal(await count(), before + (status === 201 ? 1 : 0));
    }
    const supervisorOwn = (await app.send('s1', 'GET', '/time-entries')).json<{
      items: TimeEntryView[];
    }>();
    assert.equal(supervisorOwn.items.length, 3);
    assert.ok(supervisorOwn.items.every((e) => e.staffCode === 'S-01'));
  });

  it('scopes lists and changes: a manager their LA, a practitioner their own', async () => {
    const list = (await app.send('m1', 'GET', '/time-entries?pageSize=1000')).json<{
      items: TimeEntryView[];
    }>();
    assert.ok(list.items.length > 0);
    assert.ok(list.items.every((e) => e.staffCode.startsWith('P-LA1') || e.laCode === 'LA1'));
    const mine = (await app.send('p2', 'GET', '/time-entries')).json<{ items: TimeEntryView[] }>();
    assert.ok(mine.items.every((e) => e.staffCode === 'P-LA1-02'));
    const other = (await app.send('admin', 'GET', '/time-entries?staffCode=P-LA2-01')).json<{
      items: TimeEntryView[];
    }>();
    const la2 = other.items.find((e) => e.laCode === null)!;
    const patch = await app.send('m1', 'PATCH', `/time-entries/${la2.id}`, {
      version: la2.version,
      minutes: 5,
    });
    assert.equal(patch.statusCode, 404);
  });

  it('counts time once: refuses what a family session already counts, saying where', async () => {
    // P-LA1-01 held a session with F-LA1-A1 on 2022-03-14 (contact, travel and prep minutes).
    const before = await count();
    const refused = await app.send(
      'p1',
      'POST',
      '/time-entries',
      entry({ date: '2022-03-14', activity: 'direct_delivery', familyReference: 'F-LA1-A1' }),
    );
    assert.equal(refused.statusCode, 409, refused.body);
    const body = refused.json<{ code: string; message: string }>();
    assert.equal(body.code, 'already_counted');
    assert.match(body.message, /already counted from the other session with F-LA1-A1/);
    assert.equal(await count(), before);

    const warned = await app.send(
      'p1',
      'POST',
      '/time-entries',
      entry({ date: '2022-03-14', activity: 'travel' }),
    );
    assert.equal(warned.statusCode, 201, warned.body);
    assert.match(warned.json<TimeEntrySaved>().warnings.join(), /F-LA1-A1/);

    const supervisorPrep = await app.send(
      's1',
      'POST',
      '/time-entries',
      entry({ date: '2022-03-15', activity: 'preparation' }),
    );
    assert.equal(supervisorPrep.statusCode, 201);
    assert.match(supervisorPrep.json<TimeEntrySaved>().warnings.join(), /SUP-1/);

    // An edit into the counted time is refused as well, and changes nothing.
    const saved = warned.json<TimeEntrySaved>();
    const edit = await app.send('p1', 'PATCH', `/time-entries/${saved.id}`, {
      version: saved.version,
      familyReference: 'F-LA1-A1',
    });
    assert.equal(edit.statusCode, 409, edit.body);
    assert.equal(edit.json<{ code: string }>().code, 'already_counted');
  });
});
