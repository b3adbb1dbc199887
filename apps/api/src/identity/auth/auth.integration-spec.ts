import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createApp } from '../../app.factory';
import { createTestApp, TestApp } from '../../testing/test-app';
import { Clock } from '../../platform/clock/clock';
import { CSRF_HEADERS, createUser, signIn, TEST_PASSWORD } from '../../../test/builders/users';
import { hashToken } from '../sessions/sessions.service';

const MINUTE = 60_000;

describe('sign-in, sessions and sign-out', () => {
  let t: TestApp;
  let clock: Clock;
  let offset = 0;
  beforeAll(async () => {
    t = await createTestApp();
    clock = t.app.get(Clock);
    clock.now = () => new Date(Date.now() + offset);
    await createUser(t.app, {
      email: 'pat@la1.test',
      role: 'la_manager',
      laCode: 'LA1',
      staffCode: null,
    });
  });
  afterAll(async () => t.close());

  const me = (headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: '/api/auth/me', headers });

  it('signs in with the session cookie set HttpOnly, SameSite=Strict, Path=/, and answers /me', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: CSRF_HEADERS,
      payload: { email: '  Pat@LA1.test ', password: TEST_PASSWORD },
    });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), {
      email: 'pat@la1.test',
      role: 'la_manager',
      laCode: 'LA1',
      staffCode: null,
    });
    const setCookie = String(response.headers['set-cookie']);
    assert.match(setCookie, /^attune_session=[A-Za-z0-9_-]{40,};/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
    assert.match(setCookie, /Path=\//);
    assert.doesNotMatch(setCookie, /Secure/, 'plain HTTP without ATTUNE_SECURE_COOKIES');
    const cookie = response.cookies[0]!;
    const answer = await me({ cookie: `attune_session=${cookie.value}` });
    assert.equal(answer.statusCode, 200);
    assert.deepEqual(answer.json(), {
      email: 'pat@la1.test',
      role: 'la_manager',
      laCode: 'LA1',
      staffCode: null,
    });
  });

  it('stores only the SHA-256 hash of the token', async () => {
    const headers = await signIn(t.app, 'pat@la1.test');
    const token = headers.cookie!.split('=')[1]!;
    const rows: Array<{ token_hash: string }> = await t.db.dataSource.query(
      'SELECT token_hash FROM sessions',
    );
    assert.ok(rows.some((r) => r.token_hash === hashToken(token)));
    assert.ok(!rows.some((r) => r.token_hash.includes(token)));
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy, and believes no one else', async () => {
    const login = (app: TestApp['app']) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { ...CSRF_HEADERS, 'x-forwarded-proto': 'https' },
        payload: { email: 'pat@la1.test', password: TEST_PASSWORD },
      });
    const untrusted = await login(t.app);
    assert.equal(untrusted.statusCode, 200);
    assert.doesNotMatch(String(untrusted.headers['set-cookie']), /Secure/);
    const proxied = await createApp({ ...t.config, ATTUNE_TRUST_PROXY: ['127.0.0.1'] }, t.db.url, {
      logger: false,
    });
    try {
      const response = await login(proxied);
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['set-cookie']), /Secure/);
    } finally {
      await proxied.close();
    }
  });

  it('answers 401 to /me without a session, and to a made-up token', async () => {
    assert.equal((await me({})).statusCode, 401);
    const forged = await me({ cookie: 'attune_session=not-a-real-token' });
    assert.equal(forged.statusCode, 401);
    assert.equal(forged.json().message, 'Sign in first.');
  });

  it('ends the session on sign-out: the same cookie no longer works', async () => {
    const headers = await signIn(t.app, 'pat@la1.test');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    assert.equal(out.statusCode, 204);
    assert.match(
      String(out.headers['set-cookie']),
      /attune_session=;.*Max-Age=0|Expires=Thu, 01 Jan 1970/,
    );
    assert.equal((await me(headers)).statusCode, 401);
  });

  it('expires a session idle for 30 minutes, and keeps one in use alive', async () => {
    offset = 0;
    const headers = await signIn(t.app, 'pat@la1.test');
    offset = 29 * MINUTE;
    assert.equal((await me(headers)).statusCode, 200, 'used after 29 minutes');
    offset = 58 * MINUTE;
    assert.equal((await me(headers)).statusCode, 200, 'used 29 minutes after the last use');
    offset = 58 * MINUTE + 30 * MINUTE + 1000;
    const expired = await me(headers);
    assert.equal(expired.statusCode, 401);
    assert.equal(expired.json().message, 'Your session has expired: sign in again.');
    offset = 0;
  });

  it('expires a session 12 hours after sign-in however busy it is', async () => {
    offset = 0;
    const headers = await signIn(t.app, 'pat@la1.test');
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      offset = minutes * MINUTE;
      assert.equal((await me(headers)).statusCode, 200, `at ${minutes} minutes`);
    }
    offset = 12 * 60 * MINUTE;
    assert.equal((await me(headers)).statusCode, 401);
    offset = 0;
  });

  it('changes the password: current one required, other sessions ended, this one kept', async () => {
    await createUser(t.app, { email: 'sam@la1.test', role: 'la_manager', laCode: 'LA1' });
    const first = await signIn(t.app, 'sam@la1.test');
    const second = await signIn(t.app, 'sam@la1.test');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: second,
      payload: { currentPassword: 'not-my-password', newPassword: 'violet-harbour-crane' },
    });
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(wrong.json().message, ['currentPassword is incorrect']);
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: second,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    assert.equal(weak.statusCode, 400);
    assert.match(
      weak.json<{ message: string[] }>().message.join(),
      /newPassword must be at least 12/,
    );
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: second,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'violet-harbour-crane' },
    });
    assert.equal(ok.statusCode, 204);
    assert.equal((await me(first)).statusCode, 401, 'the other session is ended');
    assert.equal((await me(second)).statusCode, 200, 'the session that changed it goes on');
    await assert.rejects(signIn(t.app, 'sam@la1.test'), /401/);
    await signIn(t.app, 'sam@la1.test', 'violet-harbour-crane');
  });

  it('refuses a disabled account with the same message as a wrong password', async () => {
    const id = await createUser(t.app, {
      email: 'gone@la1.test',
      role: 'la_manager',
      laCode: 'LA1',
    });
    const headers = await signIn(t.app, 'gone@la1.test');
    await t.db.dataSource.query('UPDATE users SET disabled = true WHERE id = $1', [id]);
    assert.equal(
      (await me(headers)).statusCode,
      401,
      'a disabled account loses its session at once',
    );
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: CSRF_HEADERS,
      payload: { email: 'gone@la1.test', password: TEST_PASSWORD },
    });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().message, 'Email or password is incorrect');
  });
});
