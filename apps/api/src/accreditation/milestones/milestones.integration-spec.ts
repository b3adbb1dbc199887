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

describe('milestones', () => {
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

  it('lets a supervisor record milestones for their trainees only, audited, with 409 on a stale edit', async () => {
    const payload = {
      practitionerCode: 'P-LA1-01',
      type: 'midpoint_review',
      date: '2022-03-30',
      assessorCode: 'S-02',
      outcome: 'deferred',
    };
    assert.equal((await send('s2', 'POST', '/milestones', payload)).statusCode, 403);
    const created = await send('s1', 'POST', '/milestones', payload);
    assert.equal(created.statusCode, 201, created.body);
    const milestone = created.json<Versioned>();
    const ok = await send('s1', 'PATCH', `/milestones/${milestone.id}`, {
      ...payload,
      outcome: 'passed',
      version: 1,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const stale = await send('admin', 'PATCH', `/milestones/${milestone.id}`, {
      ...payload,
      outcome: 'deferred',
      version: 1,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(
      (await get('s1', `/milestones/${milestone.id}`)).json<Versioned>().outcome,
      'passed',
    );
    assert.equal((await get('p1', '/milestones')).json<Page<unknown>>().total, 1);
    assert.equal((await get('m2', '/milestones')).statusCode, 403);
    const bad = await send('s1', 'POST', '/milestones', {
      ...payload,
      assessorCode: 'P-LA1-01',
    });
    assert.equal(bad.statusCode, 400);
    const problems = bad.json<Refusal>().message.join('\n');
    assert.match(problems, /assessorCode: a practitioner cannot assess themselves/);
    const future = await send('s1', 'POST', '/milestones', { ...payload, date: '2022-04-02' });
    assert.equal(future.statusCode, 422);
    assert.match(future.body, /date 2022-04-02 is outside the programme's window/);
    const audit = await app.t.db.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_events WHERE entity_type = 'Milestone' ORDER BY id`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      ['milestone.create', 'milestone.update'],
    );
  });
});
