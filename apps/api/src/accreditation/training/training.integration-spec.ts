import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  startAccreditationApp,
  type AccreditationApp,
} from '../../../test/builders/accreditation-app';
import type { Page } from '@attune/contract';

interface Refusal {
  message: string & string[];
  errors?: Array<{ field: string; problem: string }>;
  code?: string;
}
interface Versioned {
  id: string;
  version: number;
  [field: string]: unknown;
}

describe('training events', () => {
  let app: AccreditationApp;
  const get = (who: string, url: string) => app.get(who, url);
  const send = (who: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.send(who, method, url, payload);

  beforeAll(async () => {
    // The same programme as the progress spec's: practitioners with cycles at different paces.
    app = await startAccreditationApp({
      cycles: { 'P-LA1-01': 6, 'P-LA1-02': 2, 'P-LA2-01': 4 },
      lastCycle: '2022-03-28',
    });
  });
  afterAll(async () => app.t.close());

  it('lets a supervisor record training they deliver, and practitioners see what they attended', async () => {
    const payload = {
      date: '2021-07-05',
      type: 'initial_course',
      durationMinutes: 720,
      venue: 'Town hall',
      trainerCodes: ['S-01'],
      attendees: [
        { staffCode: 'P-LA1-01', minutesAttended: 720 },
        { staffCode: 'P-LA2-01', minutesAttended: 360 },
      ],
    };
    assert.equal((await send('s2', 'POST', '/training-events', payload)).statusCode, 403);
    const created = await send('s1', 'POST', '/training-events', payload);
    assert.equal(created.statusCode, 201, created.body);
    const event = created.json<Versioned>();
    assert.equal(
      (await send('s2', 'PATCH', `/training-events/${event.id}`, { ...payload, version: 1 }))
        .statusCode,
      403,
    );
    const tooLong = await send('s1', 'PATCH', `/training-events/${event.id}`, {
      ...payload,
      attendees: [{ staffCode: 'P-LA1-01', minutesAttended: 800 }],
      version: 1,
    });
    assert.equal(tooLong.statusCode, 400);
    assert.match(
      tooLong.json<Refusal>().message.join(),
      /attendees\[0\]: minutesAttended \(800\) is longer than the event \(720\)/,
    );
    assert.equal((await get('p1', '/training-events')).json<Page<unknown>>().total, 1);
  });
});
