import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  startAccreditationApp,
  type AccreditationApp,
} from '../../../test/builders/accreditation-app';
import { createUser, signIn } from '../../../test/builders/users';
import type { AccreditationContractRow, AccreditationDetails } from './progress.service';
import type { Page } from '@attune/contract';

describe('accreditation progress', () => {
  let app: AccreditationApp;
  const get = (who: string, url: string) => app.get(who, url);

  beforeAll(async () => {
    app = await startAccreditationApp({
      // P-LA1-01 has a steady pace; P-LA1-02 a slower one; P-LA1-03 none.
      cycles: { 'P-LA1-01': 6, 'P-LA1-02': 2, 'P-LA2-01': 4 },
      lastCycle: '2022-03-28',
    });
  });
  afterAll(async () => app.t.close());
  const codes = (page: Page<{ code: string }>) => page.items.map((r) => r.code);

  it('scopes rows in the query: LA managers their LA, practitioners their own row, economists none', async () => {
    assert.deepEqual(codes((await get('admin', '/accreditation')).json()), [
      'P-LA1-01',
      'P-LA1-02',
      'P-LA1-03',
      'P-LA2-01',
    ]);
    assert.deepEqual(codes((await get('m2', '/accreditation')).json()), ['P-LA2-01']);
    assert.deepEqual(
      codes((await get('m2', '/accreditation?laCode=LA1')).json()),
      [],
      'a filter cannot widen the scope',
    );
    assert.deepEqual(codes((await get('p1', '/accreditation/details')).json()), ['P-LA1-01']);
    assert.equal((await get('eco', '/accreditation')).statusCode, 403);
    const paged = (await get('s2', '/accreditation?page=2&pageSize=3')).json<
      Page<AccreditationContractRow>
    >();
    assert.deepEqual(
      { total: paged.total, codes: codes(paged) },
      { total: 4, codes: ['P-LA2-01'] },
    );
  });

  it("computes progress from the records, projects from the pace, and orders a supervisor's trainees by risk", async () => {
    const response = await get('s1', '/accreditation/details?supervisorCode=S-01&order=risk');
    const body = response.json<AccreditationDetails>();
    assert.equal(body.asOf, '2022-03-31');
    assert.equal(body.ruleSet.code, 'aviguk_18_cycle');
    // Two off track (no pace, slow pace) before the one on a steady pace? All three are off track at
    // 18 cycles by 2022-06-30: the furthest behind (fewest cycles) comes first.
    assert.deepEqual(codes(body), ['P-LA1-03', 'P-LA1-02', 'P-LA1-01']);
    const p1 = body.items[2]!;
    assert.equal(p1.cyclesCompleted, 6);
    assert.equal(p1.cycleCompletions.length, 6);
    assert.equal(p1.displayName, 'Name of P-LA1-01');
    assert.equal(p1.nextRequirement, 'To the mid-point review: 3 more completed cycles');
    assert.equal(p1.onTrack, false);
    // 12 cycles left at 6 per 12 weeks: 168 days after 2022-03-31.
    assert.equal(p1.projectedAccreditationDate, '2022-09-15');
    assert.deepEqual(
      p1.requirements.map((r) => [r.key, r.achieved, r.required]),
      [
        ['cycles', 6, 9],
        ['new_families', 1, 3],
        ['supervision_minutes', 0, 450],
        ['closing_milestone', 0, 1],
      ],
    );
    assert.equal(body.items[0]!.projectedAccreditationDate, null);
  });

  it('answers 404 to a caller whose LA is not in the programme, and 400 with the field for a bad date', async () => {
    await createUser(app.t.app, {
      email: 'p9@t.test',
      role: 'practitioner',
      laCode: 'LA9',
      staffCode: 'P-LA9-01',
    });
    const headers = await signIn(app.t.app, 'p9@t.test');
    const hidden = await app.t.app.inject({
      method: 'GET',
      url: `${app.base}/accreditation`,
      headers,
    });
    assert.equal(hidden.statusCode, 404);
    const bad = await get('admin', '/accreditation?asOf=2022-02-30');
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json<{ errors: unknown }>().errors, [
      { field: 'asOf', problem: 'asOf must be a real date, YYYY-MM-DD, between 1900 and 2200' },
    ]);
  });

  it('shows a change to any record at once, though the rows of an unchanged programme are reused', async () => {
    const url = '/accreditation/details?supervisorCode=S-01';
    const closing = (body: AccreditationDetails) =>
      body.items
        .find((r) => r.code === 'P-LA1-01')!
        .requirements.find((r) => r.key === 'closing_milestone')!.achieved;
    assert.equal(closing((await get('s1', url)).json<AccreditationDetails>()), 0);
    // A direct write: the milestones' trigger moves the data version in its own transaction.
    await app.t.db.dataSource.query(
      `INSERT INTO milestones (programme_id, practitioner_id, type, date, assessor_id, outcome, version)
       SELECT s.programme_id, s.id, 'midpoint_review', '2022-03-01', a.id, 'passed', 1
       FROM staff s JOIN staff a ON a.programme_id = s.programme_id AND a.code NOT IN ('S-01', 'P-LA1-01')
       WHERE s.programme_id = $1 AND s.code = 'P-LA1-01' LIMIT 1`,
      [app.fx.programmeId],
    );
    assert.equal(closing((await get('s1', url)).json<AccreditationDetails>()), 1);
  });
});
