import { afterAll, beforeAll, beforeEach, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../app.factory';
import { createTestApp, TestApp } from '../../testing/test-app';
import { Clock } from '../../platform/clock/clock';
import { CSRF_HEADERS, createUser, TEST_PASSWORD } from '../../../test/builders/users';

const MINUTE = 60_000;

function login(
  app: NestFastifyApplication,
  email: string,
  password: string,
  address = '203.0.113.7',
) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { ...CSRF_HEADERS, 'x-forwarded-for': address },
    payload: { email, password },
  });
}

describe('sign-in throttling (kept in PostgreSQL)', () => {
  let t: TestApp;
  let offset = 0;
  beforeAll(async () => {
    // Requests injected in tests come from 127.0.0.1: trusting it as the proxy lets each test
    // choose the client's address with X-Forwarded-For.
    t = await createTestApp({
      ATTUNE_SIGNIN_MAX_FAILURES_PER_ADDRESS: '8',
      ATTUNE_SIGNIN_ACCOUNT_FAILURES: '12',
      ATTUNE_TRUST_PROXY: '127.0.0.1',
    });
    t.app.get(Clock).now = () => new Date(Date.now() + offset);
    await createUser(t.app, { email: 'kim@la1.test', role: 'la_manager', laCode: 'LA1' });
    await createUser(t.app, { email: 'lee@la1.test', role: 'la_manager', laCode: 'LA1' });
  });
  beforeEach(async () => {
    offset = 0;
    await t.db.dataSource.query('DELETE FROM sign_in_attempts');
  });
  afterAll(async () => t.close());

  it('gives the same 401 for an unknown account as for a wrong password', async () => {
    const unknown = await login(t.app, 'nobody@la1.test', 'whatever-it-is');
    const wrong = await login(t.app, 'kim@la1.test', 'whatever-it-is');
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.json().message, 'Email or password is incorrect');
    assert.equal(wrong.json().message, unknown.json().message);
  });

  it('spends about as long on an unknown account as on a known one (argon2 against a dummy hash)', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      for (let i = 0; i < 3; i++)
        await login(t.app, email, `wrong-password-${i}`, `198.51.100.${i}`);
      return performance.now() - started;
    };
    await time('warm-up@la1.test');
    await t.db.dataSource.query('DELETE FROM sign_in_attempts');
    const known = await time('kim@la1.test');
    const unknown = await time('nobody@la1.test');
    assert.ok(
      unknown > known * 0.5,
      `unknown ${unknown.toFixed(0)} ms vs known ${known.toFixed(0)} ms`,
    );
  });

  it('refuses an account from an address after 5 failures in 15 minutes from it: 429 with Retry-After, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      offset = i * 2 * MINUTE;
      assert.equal((await login(t.app, 'kim@la1.test', 'not-the-password')).statusCode, 401);
    }
    offset = 9 * MINUTE;
    const locked = await login(t.app, 'kim@la1.test', TEST_PASSWORD);
    assert.equal(locked.statusCode, 429);
    // A sliding window: the first of the five (at 0) leaves it at 15 minutes, 6 minutes from now.
    assert.equal(locked.headers['retry-after'], String(6 * 60));
    assert.match(
      locked.json<{ message: string }>().message,
      /Too many failed sign-in attempts: try again in 6 minutes/,
    );
    const owner = await login(t.app, 'kim@la1.test', TEST_PASSWORD, '192.0.2.99');
    assert.equal(owner.statusCode, 200, 'the owner, from another address, is not locked out');

    offset = 15 * MINUTE + 1000;
    const after = await login(t.app, 'kim@la1.test', TEST_PASSWORD);
    assert.equal(after.statusCode, 200, 'the lock ends after 15 minutes');
  });

  it('locks unknown accounts the same way, so a 429 does not tell whether an account exists', async () => {
    for (let i = 0; i < 5; i++) await login(t.app, 'ghost@la1.test', 'not-the-password');
    const response = await login(t.app, 'ghost@la1.test', 'not-the-password');
    assert.equal(response.statusCode, 429);
  });

  it('does not let refused attempts during a lock extend it', async () => {
    for (let i = 0; i < 5; i++) await login(t.app, 'kim@la1.test', 'not-the-password');
    for (let minute = 1; minute <= 14; minute++) {
      offset = minute * MINUTE;
      assert.equal((await login(t.app, 'kim@la1.test', 'not-the-password')).statusCode, 429);
    }
    offset = 15 * MINUTE + 1000;
    assert.equal((await login(t.app, 'kim@la1.test', TEST_PASSWORD)).statusCode, 200);
  });

  it('starts counting again after a successful sign-in', async () => {
    // From two addresses, so that the per-address limit (8 here) stays out of it.
    for (let i = 0; i < 4; i++) await login(t.app, 'kim@la1.test', 'not-the-password', '192.0.2.1');
    assert.equal((await login(t.app, 'kim@la1.test', TEST_PASSWORD, '192.0.2.1')).statusCode, 200);
    for (let i = 0; i < 4; i++) await login(t.app, 'kim@la1.test', 'not-the-password', '192.0.2.2');
    assert.equal((await login(t.app, 'kim@la1.test', TEST_PASSWORD, '192.0.2.2')).statusCode, 200);
    for (let i = 0; i < 5; i++) await login(t.app, 'kim@la1.test', 'not-the-password', '192.0.2.3');
    assert.equal((await login(t.app, 'kim@la1.test', TEST_PASSWORD, '192.0.2.3')).statusCode, 429);
  });

  it('throttles one client address trying many accounts', async () => {
    for (let i = 0; i < 8; i++) {
      assert.equal(
        (await login(t.app, `spray${i}@la1.test`, 'not-the-password', '198.51.100.200')).statusCode,
        401,
      );
    }
    const throttled = await login(t.app, 'lee@la1.test', TEST_PASSWORD, '198.51.100.200');
    assert.equal(throttled.statusCode, 429);
    assert.ok(Number(throttled.headers['retry-after']) > 0);
    const elsewhere = await login(t.app, 'lee@la1.test', TEST_PASSWORD, '198.51.100.201');
    assert.equal(elsewhere.statusCode, 200, 'another address is not affected');
  });

  it('holds across two API instances on one database', async () => {
    const second = await createTestAppOn(t);
    try {
      for (let i = 0; i < 5; i++) {
        const app = i % 2 === 0 ? t.app : second;
        assert.equal((await login(app, 'lee@la1.test', 'not-the-password')).statusCode, 401);
      }
      assert.equal((await login(second, 'lee@la1.test', TEST_PASSWORD)).statusCode, 429);
      assert.equal((await login(t.app, 'lee@la1.test', TEST_PASSWORD)).statusCode, 429);
    } finally {
      await second.close();
    }
  });

  it('lets only 5 of 12 concurrent wrong guesses from one address through (advisory lock per account)', async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        login(t.app, 'kim@la1.test', `guess-${i}`, '192.0.2.50'),
      ),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [401, 401, 401, 401, 401, 429, 429, 429, 429, 429, 429, 429]);
  });

  it('slows, never locks, an account guessed at from many addresses: one attempt a minute after 12 failures in an hour', async () => {
    // 12 addresses, one guess each: no pair or address limit is reached.
    for (let i = 0; i < 12; i++) {
      offset = i * 1000;
      assert.equal(
        (await login(t.app, 'lee@la1.test', 'wrong', `198.51.100.${i}`)).statusCode,
        401,
      );
    }
    offset = 12_000;
    const slowed = await login(t.app, 'lee@la1.test', TEST_PASSWORD, '203.0.113.50');
    assert.equal(slowed.statusCode, 429);
    assert.equal(slowed.headers['retry-after'], String(60 - 1));
    offset = 11_000 + 60_000;
    const later = await login(t.app, 'lee@la1.test', TEST_PASSWORD, '203.0.113.50');
    assert.equal(later.statusCode, 200, 'a minute after the latest failure the owner gets in');
  });

  it('does not slow the owner at an address they signed in from in the last 30 days', async () => {
    assert.equal(
      (await login(t.app, 'lee@la1.test', TEST_PASSWORD, '203.0.113.60')).statusCode,
      200,
    );
    for (let i = 0; i < 12; i++) {
      offset = 1000 + i * 1000;
      await login(t.app, 'lee@la1.test', 'wrong', `198.51.100.${i}`);
    }
    offset = 14_000;
    assert.equal((await login(t.app, 'lee@la1.test', 'wrong', '198.51.100.99')).statusCode, 429);
    assert.equal(
      (await login(t.app, 'lee@la1.test', TEST_PASSWORD, '203.0.113.60')).statusCode,
      200,
    );
  });

  it('records in the audit log the address the trusted proxy gives', async () => {
    await login(t.app, 'kim@la1.test', 'wrong', '203.0.113.77');
    const [row] = await t.db.dataSource.query<Array<{ address: string }>>(
      "SELECT address FROM audit_events WHERE action = 'auth.sign_in_failed' ORDER BY at DESC LIMIT 1",
    );
    assert.equal(row?.address, '203.0.113.77');
  });
});

describe('sign-in throttling with ATTUNE_TRUST_PROXY unset (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.app, { email: 'kim@la1.test', role: 'la_manager', laCode: 'LA1' });
  });
  afterAll(async () => t.close());

  it('ignores X-Forwarded-For: a caller who changes it each time is still throttled by its real address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await login(t.app, 'kim@la1.test', 'wrong', `192.0.2.${i}`)).statusCode);
    assert.deepEqual(codes, [401, 401, 401, 401, 401, 429]);
    const [row] = await t.db.dataSource.query<Array<{ address: string }>>(
      "SELECT address FROM audit_events WHERE action = 'auth.sign_in_failed' LIMIT 1",
    );
    assert.equal(
      row?.address,
      '127.0.0.1',
      'the audit log has the peer address, not the claimed one',
    );
  });
});

/** A second app (its own Nest instance, pool and clock) on the first one's database. */
function createTestAppOn(t: TestApp): Promise<NestFastifyApplication> {
  return createApp(t.config, t.db.url, { logger: false });
}
