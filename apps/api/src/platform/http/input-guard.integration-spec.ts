import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createDemoAccounts } from '../../identity/auth/demo-accounts';
import { type Fixtures, loadFixtures } from '../../../test/builders/authorization-matrix.fixtures';
import { CSRF_HEADERS, signIn } from '../../../test/builders/users';
import { createTestApp, type TestApp } from '../../testing/test-app';

/*
 * The probes of issue 16 that got a 500, each now a 400 (or 413) naming the
 * field and the problem, with nothing written. On the demo programme.
 */
describe('input validation: each malformed input a 4xx that says what is wrong', () => {
  let t: TestApp;
  let own: Fixtures;
  let admin: Record<string, string>;
  let manager: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    const { password } = await createDemoAccounts(t.app);
    own = (await loadFixtures(t.app, t.db.dataSource)).own;
    admin = await signIn(t.app, 'admin@attune.test', password);
    manager = await signIn(t.app, 'la.manager@attune.test', password);
  });
  afterAll(async () => t.close());

  const send = (method: string, url: string, headers: Record<string, string>, payload?: string) =>
    t.app.inject({
      method: method as 'POST',
      url,
      headers: {
        ...headers,
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      payload,
    });
  const problems = (response: { statusCode: number; body: string }) => {
    assert.equal(response.statusCode, 400, response.body);
    return JSON.parse(response.body) as {
      message: string[];
      errors?: Array<{ field: string; problem: string }>;
    };
  };

  it('refuses JSON nested thousands deep, to anonymous sign-in too', async () => {
    const body = '{"email":'.repeat(5000) + '1' + '}'.repeat(5000);
    const response = problems(await send('POST', '/api/auth/login', CSRF_HEADERS, body));
    assert.deepEqual(response.errors, [{ field: 'body', problem: 'nests deeper than 32 levels' }]);
  });

  it('refuses a NUL in the sign-in email, a body field and a query filter', async () => {
    const login = problems(
      await send(
        'POST',
        '/api/auth/login',
        CSRF_HEADERS,
        JSON.stringify({ email: 'a\u0000@b.c', password: 'x' }),
      ),
    );
    assert.equal(login.errors?.[0]?.field, 'email');
    const query = problems(
      await send('GET', `/api/programmes/${own.programmeId}/families?laCode=%00`, admin),
    );
    assert.deepEqual(query.errors, [
      { field: 'laCode', problem: 'must not contain a NUL character' },
    ]);
    const note = problems(
      await send(
        'POST',
        `/api/programmes/${own.programmeId}/time-entries`,
        admin,
        JSON.stringify({
          staffCode: own.staffCode,
          date: '2021-10-05',
          activity: 'admin',
          minutes: 30,
          note: 'x\u0000',
        }),
      ),
    );
    assert.equal(note.errors?.[0]?.field, 'note');
  });

  it('refuses lone UTF-16 surrogates', async () => {
    const response = problems(
      await send('POST', '/api/auth/login', CSRF_HEADERS, '{"email":"\\ud800@b.c","password":"x"}'),
    );
    assert.match(response.message[0]!, /^email: must be valid Unicode/);
  });

  it('refuses a version of 2^31 or more, in a body and in a query', async () => {
    const body = problems(
      await send(
        'PATCH',
        `/api/programmes/${own.programmeId}/time-entries/${own.timeEntryId}`,
        admin,
        JSON.stringify({ version: 2 ** 31, minutes: 10 }),
      ),
    );
    assert.equal(body.errors?.[0]?.field, 'version');
    const query = problems(
      await send(
        'DELETE',
        `/api/programmes/${own.programmeId}/time-entries/${own.timeEntryId}?version=2147483648`,
        admin,
      ),
    );
    assert.equal(query.errors?.[0]?.field, 'version');
  });

  it('refuses impossible and out-of-range dates in queries and bodies', async () => {
    for (const asOf of ['2022-02-30', '0000-01-01', '2022-13-01']) {
      const response = problems(
        await send('GET', `/api/programmes/${own.programmeId}/capacity?asOf=${asOf}`, admin),
      );
      assert.match(
        response.message.join(),
        /asOf must be a real date, YYYY-MM-DD, between 1900 and 2200/,
      );
    }
    const entry = problems(
      await send(
        'POST',
        `/api/programmes/${own.programmeId}/time-entries`,
        admin,
        JSON.stringify({
          staffCode: own.staffCode,
          date: '2022-02-30',
          activity: 'admin',
          minutes: 30,
        }),
      ),
    );
    assert.match(entry.message.join(), /date must be a real date/);
  });

  it('refuses a period lock for month 0000-01, and writes nothing', async () => {
    const [before] = await t.db.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM period_locks',
    );
    const response = problems(
      await send(
        'POST',
        `/api/programmes/${own.programmeId}/period-locks`,
        manager,
        JSON.stringify({ laCode: 'LA1', month: '0000-01' }),
      ),
    );
    assert.match(response.message.join(), /month must be a month, YYYY-MM/);
    const [after] = await t.db.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM period_locks',
    );
    assert.equal(after!.n, before!.n);
  });

  it('answers a URL that is not UTF-8 and an over-long path parameter in the same error body', async () => {
    const bad = await send('GET', `/api/programmes/${own.programmeId}/families/%ED%A0%80`, admin);
    assert.equal(bad.statusCode, 400);
    assert.equal(typeof bad.json<{ requestId: string }>().requestId, 'string');
    const long = await send('GET', `/api/programmes/${'a'.repeat(300)}/families`, admin);
    assert.ok([400, 414].includes(long.statusCode), String(long.statusCode));
    assert.equal(long.json<{ errors: Array<{ field: string }> }>().errors[0]!.field, 'url');
  });
});
