import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { DeliveryApp, startDeliveryApp } from '../../../test/builders/delivery-app';
import type { TimeEntryView } from './time-entries.service';

describe('time entries: whose time, which LA', () => {
  let app: DeliveryApp;

  beforeAll(async () => {
    app = await startDeliveryApp([
      { email: 'm1@t.test', role: 'la_manager', laCode: 'LA1' },
      { email: 'p1@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-01' },
      { email: 'p2@t.test', role: 'practitioner', laCode: 'LA1', staffCode: 'P-LA1-02' },
    ]);
  });
  afterAll(async () => app.close());

  it('keeps time entries to the caller: own time for a practitioner, own LA for a manager', async () => {
    assert.equal(
      (
        await app.send('p1', 'POST', '/time-entries', {
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
        await app.send('m1', 'POST', '/time-entries', {
          staffCode: 'P-LA2-01',
          date: '2022-03-15',
          activity: 'admin',
          minutes: 10,
        })
      ).statusCode,
      400,
    );
    const byManager = await app.send('m1', 'POST', '/time-entries', {
      staffCode: 'P-LA1-02',
      date: '2022-03-15',
      activity: 'meetings',
      minutes: 10,
    });
    assert.equal(byManager.statusCode, 201, byManager.body);
    const list = (await app.send('m1', 'GET', '/time-entries?pageSize=1000')).json<{
      items: TimeEntryView[];
    }>();
    assert.ok(list.items.length > 0);
    assert.ok(list.items.every((e) => e.staffCode.startsWith('P-LA1')));
    const mine = (await app.send('p2', 'GET', '/time-entries')).json<{ items: TimeEntryView[] }>();
    assert.ok(mine.items.every((e) => e.staffCode === 'P-LA1-02'));
  });
});
