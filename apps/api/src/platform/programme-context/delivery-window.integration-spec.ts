import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { heldSession } from '../../../test/builders/delivery-app';
import {
  startAccreditationApp,
  type AccreditationApp,
} from '../../../test/builders/accreditation-app';

// The fixture's programme starts 2021-06-01 and delivers to 2022-06-30; today is 2022-03-31.
const WINDOW = '2021-06-01 to 2022-03-31';

/** Each dated record of delivery: where it is posted, a body with `date`, who may write it. */
const kinds = [
  {
    kind: 'family session',
    path: '/family-sessions',
    body: (date: string) => heldSession('F-P-LA1-01', date),
    edit: (date: string) => ({ date }),
    writers: ['p1', 'admin'],
  },
  {
    kind: 'time entry',
    path: '/time-entries',
    body: (date: string) => ({ staffCode: 'P-LA1-01', date, activity: 'meetings', minutes: 30 }),
    edit: (date: string) => ({ date }),
    writers: ['p1', 'admin'],
  },
  {
    kind: 'supervision session',
    path: '/supervision-sessions',
    body: (date: string) => ({
      date,
      supervisorCode: 'S-01',
      format: 'individual',
      mode: 'in_person',
      durationMinutes: 90,
      prepMinutes: 20,
      attendees: [{ practitionerCode: 'P-LA1-01' }],
    }),
    writers: ['s1', 'admin'],
  },
  {
    kind: 'training event',
    path: '/training-events',
    body: (date: string) => ({
      date,
      type: 'initial_course',
      durationMinutes: 60,
      trainerCodes: ['S-01'],
      attendees: [{ staffCode: 'P-LA1-01', minutesAttended: 60 }],
    }),
    writers: ['s1', 'admin'],
  },
  {
    kind: 'milestone',
    path: '/milestones',
    body: (date: string) => ({
      practitionerCode: 'P-LA1-01',
      type: 'midpoint_review',
      date,
      assessorCode: 'S-01',
      outcome: 'deferred',
    }),
    writers: ['s1', 'admin'],
  },
];

describe("the programme's window for dated records of delivery", () => {
  let app: AccreditationApp;

  beforeAll(async () => {
    app = await startAccreditationApp({ cycles: { 'P-LA1-01': 2 }, lastCycle: '2022-03-01' });
  });
  afterAll(async () => app.t.close());

  const count = async (path: string) =>
    (await app.get('admin', `${path}?pageSize=1000`)).json<{ total: number }>().total;

  for (const { kind, path, body, writers, ...rest } of kinds) {
    const edit: (date: string) => object = ('edit' in rest && rest.edit) || body;
    for (const who of writers) {
      it(`refuses a ${kind} outside the window with 422 on create and edit (${who})`, async () => {
        const before = await count(path);
        // Year 1 is not a date the API takes at all (400 at the field, by the calendar validator).
        const ancient = await app.send(who, 'POST', path, body('0001-01-01'));
        assert.equal(ancient.statusCode, 400, ancient.body);
        assert.deepEqual(
          ancient.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field),
          ['date'],
        );
        for (const date of ['1999-01-01', '2021-05-31', '2022-04-01']) {
          const refused = await app.send(who, 'POST', path, body(date));
          assert.equal(refused.statusCode, 422, `${date}: ${refused.body}`);
          const error = refused.json<{ message: string[]; errors: unknown }>();
          const problem = `date ${date} is outside the programme's window, ${WINDOW}`;
          assert.deepEqual(error.errors, [{ field: 'date', problem }]);
          assert.deepEqual(error.message, [problem]);
        }
        assert.equal(await count(path), before, 'nothing written');

        // A date inside is accepted, and so is its last day; an edit out of it is refused.
        const created = await app.send(who, 'POST', path, body('2022-03-15'));
        assert.equal(created.statusCode, 201, created.body);
        const { id, version } = created.json<{ id: string | number; version: number }>();
        const moved = await app.send(who, 'PATCH', `${path}/${id}`, {
          ...edit('2001-01-01'),
          version,
        });
        assert.equal(moved.statusCode, 422, moved.body);
        assert.match(moved.body, /date 2001-01-01 is outside the programme's window/);
        const last = await app.send(who, 'PATCH', `${path}/${id}`, {
          ...edit('2022-03-31'),
          version,
        });
        assert.equal(last.statusCode, 200, last.body);
      });
    }
  }
});
