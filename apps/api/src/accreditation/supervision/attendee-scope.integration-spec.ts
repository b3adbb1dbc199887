import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createDemoAccounts } from '../../identity/auth/demo-accounts';
import { type Fixtures, loadFixtures } from '../../../test/builders/authorization-matrix.fixtures';
import { signIn } from '../../../test/builders/users';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { Page } from '@attune/contract';

type Supervision = {
  id: string;
  format: string;
  attendees: Array<{ practitionerCode: string; familyReference: string | null }>;
};
type Training = { id: string; attendees: Array<{ staffCode: string }> };

/*
 * Scope inside a record: a practitioner who attended a group supervision
 * session or a training event sees it with their own attendee row only, not
 * the other practitioners' family references or other LAs' staff. The
 * supervisor and the admin still see every attendee. On the demo programme.
 */
describe('attendee rows: a practitioner sees only their own', () => {
  let t: TestApp;
  let own: Fixtures;
  let practitioner: Record<string, string>;
  let supervisor: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    const { password } = await createDemoAccounts(t.app);
    own = (await loadFixtures(t.app, t.db.dataSource)).own;
    practitioner = await signIn(t.app, 'practitioner@attune.test', password);
    supervisor = await signIn(t.app, 'supervisor@attune.test', password);
  });
  afterAll(async () => t.close());

  const get = <T>(url: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url, headers }).then((r) => {
      assert.equal(r.statusCode, 200, r.body);
      return r.json<T>();
    });

  it('group supervision sessions: list and detail carry the practitioner’s row alone', async () => {
    const base = `/api/programmes/${own.programmeId}/supervision-sessions`;
    const mine = await get<Page<Supervision>>(`${base}?pageSize=1000`, practitioner);
    const groups = mine.items.filter((s) => s.format === 'group');
    assert.ok(groups.length > 0, 'the demo has group sessions P-LA1-01 attended');
    for (const session of mine.items) {
      assert.deepEqual(
        session.attendees.map((a) => a.practitionerCode),
        [own.staffCode],
      );
    }
    const detail = await get<Supervision>(`${base}/${groups[0]!.id}`, practitioner);
    assert.deepEqual(
      detail.attendees.map((a) => a.practitionerCode),
      [own.staffCode],
    );
    const full = await get<Supervision>(`${base}/${groups[0]!.id}`, supervisor);
    assert.ok(full.attendees.length > 1, 'the supervisor sees every attendee');
  });

  it('training events: the practitioner sees their own attendance, not other staff’s', async () => {
    const base = `/api/programmes/${own.programmeId}/training-events`;
    const mine = await get<Page<Training>>(`${base}?pageSize=1000`, practitioner);
    assert.ok(mine.items.length > 0);
    for (const event of mine.items) {
      assert.deepEqual(
        event.attendees.map((a) => a.staffCode),
        [own.staffCode],
      );
    }
    const detail = await get<Training>(`${base}/${mine.items[0]!.id}`, practitioner);
    assert.deepEqual(
      detail.attendees.map((a) => a.staffCode),
      [own.staffCode],
    );
    const full = await get<Training>(`${base}/${mine.items[0]!.id}`, supervisor);
    assert.ok(full.attendees.length > 1, 'the supervisor sees every attendee');
    assert.ok(full.attendees.some((a) => !a.staffCode.startsWith('P-LA1-')));
  });

  it('marks every API response with personal data no-store, and not the health check', async () => {
    const families = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${own.programmeId}/families`,
      headers: practitioner,
    });
    assert.equal(families.headers['cache-control'], 'no-store');
    const refused = await t.app.inject({ method: 'GET', url: '/api/users', headers: practitioner });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.headers['cache-control'], 'no-store');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: practitioner });
    assert.equal(me.headers['cache-control'], 'no-store');
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(health.headers['cache-control'], undefined);
  });
});
