import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createTestApp, TestApp } from '../../testing/test-app';
import { createUser, signIn, TEST_PASSWORD } from '../../../test/builders/users';

describe('cross-site request forgery defence', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let cookieOnly: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.app, { email: 'ada@attune.test', role: 'admin' });
    admin = await signIn(t.app, 'ada@attune.test');
    cookieOnly = { cookie: admin.cookie! };
  });
  afterAll(async () => t.close());

  it('refuses a state-changing request without X-Requested-With: attune, saying why', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: cookieOnly,
      payload: { email: 'new@attune.test', role: 'economist', password: 'marble-fox-quarry' },
    });
    assert.equal(response.statusCode, 403);
    assert.match(
      response.json<{ message: string }>().message,
      /X-Requested-With: attune.*cross-site request forgery/,
    );
    const [{ n }] = await t.db.dataSource.query<[{ n: number }]>(
      "SELECT count(*)::int AS n FROM users WHERE email = 'new@attune.test'",
    );
    assert.equal(n, 0, 'nothing was written');
  });

  it('refuses a forged sign-out and sign-in too', async () => {
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: cookieOnly,
    });
    assert.equal(logout.statusCode, 403);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: cookieOnly });
    assert.equal(me.statusCode, 200, 'the session survived the forged sign-out');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ada@attune.test', password: TEST_PASSWORD },
    });
    assert.equal(login.statusCode, 403);
  });

  it('refuses a wrong header value, and PATCH without the header', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...cookieOnly, 'x-requested-with': 'XMLHttpRequest' },
    });
    assert.equal(wrong.statusCode, 403);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/00000000-0000-4000-8000-000000000000',
      headers: cookieOnly,
      payload: { disabled: true },
    });
    assert.equal(patch.statusCode, 403);
  });

  it('lets reads through without the header, and writes with it', async () => {
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/users', headers: cookieOnly })).statusCode,
      200,
    );
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { email: 'new@attune.test', role: 'economist', password: 'marble-fox-quarry' },
    });
    assert.equal(created.statusCode, 201);
  });
});
