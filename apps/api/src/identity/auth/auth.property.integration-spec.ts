import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, TestApp } from '../../testing/test-app';
import { CSRF_HEADERS, createUser, signIn } from '../../../test/builders/users';

/** Anything a client might send as a body: JSON of any shape, or bytes that are not JSON at all. */
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'email',
      'password',
      'role',
      'laCode',
      'staffCode',
      'disabled',
      'currentPassword',
      'newPassword',
      '__proto__',
      'constructor',
    ),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  fc.record(
    {
      email: fc.oneof(
        fc.string(),
        fc.emailAddress(),
        fc.integer(),
        fc.constant(null),
        fc.array(fc.string()),
      ),
      password: fc.oneof(
        fc.string(),
        fc.string({ minLength: 1000, maxLength: 1100 }),
        fc.boolean(),
        fc.object(),
      ),
    },
    { requiredKeys: [] },
  ),
);
const rawBody = fc.oneof(
  fc.string(),
  fc.constantFrom('{', '{"email":', '[1,2', 'null', '"x"', '{"email":"a@b.c","password":"x"}x'),
);

/** Never a server error; a 400 always says what is wrong. */
function assertClientError(response: LightMyRequestResponse, allowed: number[]): void {
  assert.ok(response.statusCode < 500, `server error ${response.statusCode}: ${response.body}`);
  assert.ok(
    allowed.includes(response.statusCode),
    `unexpected ${response.statusCode}: ${response.body}`,
  );
  if (response.statusCode === 400) {
    const body = response.json<{ message: unknown; requestId: unknown }>();
    const message = Array.isArray(body.message) ? body.message.join('') : body.message;
    assert.ok(
      typeof message === 'string' && message.length > 0,
      `a 400 without a message: ${response.body}`,
    );
    assert.equal(typeof body.requestId, 'string');
    assert.doesNotMatch(
      response.body,
      /at .*\.js:\d+|SELECT |INSERT |QueryFailedError/,
      'no stack trace or SQL',
    );
  }
}

describe('malformed bodies (property-based)', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let victimId: string;
  beforeAll(async () => {
    // Throttling would turn the flood of wrong passwords into 429s; it has tests of its own.
    t = await createTestApp({
      ATTUNE_SIGNIN_MAX_FAILURES: '1000',
      ATTUNE_SIGNIN_MAX_FAILURES_PER_ADDRESS: '100000',
    });
    await createUser(t.app, { email: 'ada@attune.test', role: 'admin' });
    victimId = await createUser(t.app, {
      email: 'vic@la1.test',
      role: 'la_manager',
      laCode: 'LA1',
    });
    admin = await signIn(t.app, 'ada@attune.test');
  });
  afterAll(async () => t.close());

  const send = (
    method: 'POST' | 'PATCH',
    url: string,
    body: unknown,
    headers = CSRF_HEADERS,
    raw = false,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: raw ? (body as string) : JSON.stringify(body),
    });

  it('POST /api/auth/login: any JSON body gets 400 (malformed) or 401 (well-formed, wrong), never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(jsonBody, async (body) => {
        assertClientError(await send('POST', '/api/auth/login', body), [400, 401]);
      }),
      { numRuns: 150 },
    );
  });

  it('POST /api/auth/login: bytes that are not JSON get 400 with a message', async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, async (body) => {
        assertClientError(
          await send('POST', '/api/auth/login', body, CSRF_HEADERS, true),
          [400, 401],
        );
      }),
      { numRuns: 100 },
    );
  });

  it('POST /api/auth/login: any well-formed email and password that are wrong get exactly 401', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 320 }),
        fc.string({ minLength: 1, maxLength: 1024 }),
        async (email, password) => {
          fc.pre(email.trim().toLowerCase() !== 'ada@attune.test');
          const response = await send('POST', '/api/auth/login', { email, password });
          assert.equal(response.statusCode, 401, response.body);
          assert.equal(
            response.json<{ message: string }>().message,
            'Email or password is incorrect',
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('POST /api/users: any body gets 201, 400 or 409, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonBody, validishUser()), async (body) => {
        assertClientError(await send('POST', '/api/users', body, admin), [201, 400, 409]);
      }),
      { numRuns: 150 },
    );
  });

  it('PATCH /api/users/:id: any id and body get 200, 400, 404 or 409, never 5xx', async () => {
    const id = fc.oneof(
      fc.constant(victimId),
      fc.uuid(),
      fc.string({ maxLength: 50 }).map(encodeURIComponent),
    );
    const change = fc.record(
      {
        role: fc.oneof(
          fc.constantFrom('admin', 'supervisor', 'la_manager', 'practitioner', 'economist'),
          fc.string(),
        ),
        laCode: fc.oneof(fc.constant(null), fc.constantFrom('LA1', 'LA2'), fc.string()),
        staffCode: fc.oneof(fc.constant(null), fc.constantFrom('P-LA1-09', 'S-02'), fc.string()),
        disabled: fc.oneof(fc.boolean(), fc.string()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(id, fc.oneof(jsonBody, change), async (userId, body) => {
        assertClientError(
          await send('PATCH', `/api/users/${userId}`, body, admin),
          [200, 400, 404, 409],
        );
      }),
      { numRuns: 150 },
    );
  });

  it('POST /api/users/:id/reset-password and /api/auth/password: any body gets 204 or 400, never 5xx', async () => {
    // Someone other than the reset target, whose session the resets would end.
    await createUser(t.app, { email: 'pam@la1.test', role: 'la_manager', laCode: 'LA1' });
    const pam = await signIn(t.app, 'pam@la1.test');
    await fc.assert(
      fc.asyncProperty(jsonBody, async (body) => {
        assertClientError(
          await send('POST', `/api/users/${victimId}/reset-password`, body, admin),
          [204, 400],
        );
        assertClientError(await send('POST', '/api/auth/password', body, pam), [204, 400]);
      }),
      { numRuns: 80 },
    );
  });
});

function validishUser() {
  return fc.record({
    email: fc.emailAddress(),
    role: fc.constantFrom('admin', 'supervisor', 'la_manager', 'practitioner', 'economist'),
    laCode: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('LA1', 'LA 2', ''),
      fc.string({ maxLength: 30 }),
    ),
    staffCode: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('P-LA1-01', 'S-01'),
      fc.string({ maxLength: 50 }),
    ),
    password: fc.oneof(fc.constant('marble-fox-quarry'), fc.string({ maxLength: 30 })),
  });
}
