import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createTestApp, TestApp } from '../../testing/test-app';
import { createUser, signIn } from '../../../test/builders/users';
import { createDemoAccounts, DEFAULT_DEMO_PASSWORD, DEMO_ACCOUNTS } from '../auth/demo-accounts';
import type { UserView } from './users.service';

describe('user administration', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestApp();
    adminId = await createUser(t.app, { email: 'ada@attune.test', role: 'admin' });
    admin = await signIn(t.app, 'ada@attune.test');
  });
  afterAll(async () => t.close());

  const post = (url: string, payload: unknown, headers = admin) =>
    t.app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });
  const patch = (id: string, payload: unknown) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: admin,
      payload: payload as Record<string, unknown>,
    });

  it('creates a user and lists users paged, never showing a password hash', async () => {
    const created = await post('/api/users', {
      email: 'Pia@LA1.test',
      role: 'practitioner',
      laCode: 'LA1',
      staffCode: 'P-LA1-02',
      password: 'marble-fox-quarry',
    });
    assert.equal(created.statusCode, 201, created.body);
    const user = created.json<UserView>();
    assert.equal(user.email, 'pia@la1.test');
    assert.equal(user.staffCode, 'P-LA1-02');
    assert.equal('passwordHash' in user, false);
    const page = await t.app.inject({
      method: 'GET',
      url: '/api/users?pageSize=1&page=2',
      headers: admin,
    });
    const body = page.json<{ items: UserView[]; total: number }>();
    assert.equal(body.total, 2);
    assert.equal(body.items.length, 1);
    assert.equal(body.items[0]!.email, 'pia@la1.test', 'sorted by email');
    assert.doesNotMatch(page.body, /argon2/);
  });

  it('refuses bad users with every problem named', async () => {
    const response = await post('/api/users', {
      email: 'x',
      role: 'practitioner',
      password: 'short',
    });
    assert.equal(response.statusCode, 400);
    const message = response.json<{ message: string[] }>().message.join('\n');
    assert.match(message, /email "x" is not an email address/);
    assert.match(message, /practitioner needs laCode/);
    assert.match(message, /practitioner needs staffCode/);
    assert.match(message, /password must be at least 12 characters/);
    const role = await post('/api/users', {
      email: 'a@b.test',
      role: 'owner',
      password: 'marble-fox-quarry',
    });
    assert.equal(role.statusCode, 400);
    assert.match(
      role.body,
      /role must be one of admin, supervisor, la_manager, practitioner, economist/,
    );
    const duplicate = await post('/api/users', {
      email: 'ADA@attune.test',
      role: 'admin',
      password: 'marble-fox-quarry',
    });
    assert.equal(duplicate.statusCode, 409);
  });

  it('changes role and bindings, checking them together', async () => {
    const id = await createUser(t.app, {
      email: 'max@la1.test',
      role: 'la_manager',
      laCode: 'LA1',
    });
    const toPractitioner = await patch(id, { role: 'practitioner' });
    assert.equal(toPractitioner.statusCode, 400);
    assert.match(toPractitioner.body, /practitioner needs staffCode/);
    const ok = await patch(id, { role: 'practitioner', staffCode: 'P-LA1-03' });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json<UserView>().role, 'practitioner');
    const toEconomist = await patch(id, { role: 'economist', laCode: null, staffCode: null });
    assert.equal(toEconomist.statusCode, 200, toEconomist.body);
    assert.equal(toEconomist.json<UserView>().laCode, null);
    assert.equal(
      (await patch('00000000-0000-4000-8000-000000000000', { disabled: true })).statusCode,
      404,
    );
    assert.equal((await patch('not-a-uuid', { disabled: true })).statusCode, 400);
  });

  it('takes effect at once: a disabled user is signed out, a changed role applies on the next request', async () => {
    const id = await createUser(t.app, { email: 'eve@attune.test', role: 'economist' });
    const eve = await signIn(t.app, 'eve@attune.test');
    await patch(id, { role: 'admin' });
    const asAdmin = await t.app.inject({ method: 'GET', url: '/api/users', headers: eve });
    assert.equal(asAdmin.statusCode, 200, 'the new role applies to the open session');
    await patch(id, { role: 'economist' });
    assert.equal((await patch(id, { disabled: true })).statusCode, 200);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: eve });
    assert.equal(me.statusCode, 401);
    const [{ n }] = await t.db.dataSource.query<[{ n: number }]>(
      'SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL',
      [id],
    );
    assert.equal(n, 0, 'its sessions are revoked');
  });

  it('puts each 400 problem at its field and gives each 409 a code', async () => {
    const bad = await post('/api/users', {
      email: 'x',
      role: 'practitioner',
      password: 'marble-fox-quarry',
    });
    assert.equal(bad.statusCode, 400);
    const body = bad.json<{
      message: string[];
      errors: Array<{ field: string; problem: string }>;
    }>();
    assert.deepEqual(
      body.errors.map((e) => e.field),
      ['email', 'laCode', 'staffCode'],
    );
    assert.deepEqual(
      body.message,
      body.errors.map((e) => e.problem),
      'the sentences name their fields already',
    );
    const taken = await post('/api/users', {
      email: 'ada@attune.test',
      role: 'admin',
      password: 'marble-fox-quarry',
    });
    assert.equal(taken.json<{ code: string }>().code, 'email_taken');
    const last = await patch(adminId, { disabled: true });
    assert.equal(last.json<{ code: string }>().code, 'last_admin');
  });

  it('will not disable or demote the last enabled admin', async () => {
    const response = await patch(adminId, { disabled: true });
    assert.equal(response.statusCode, 409);
    assert.match(response.body, /last enabled admin/);
    assert.equal((await patch(adminId, { role: 'economist' })).statusCode, 409);
  });

  it('resets a password: the old one stops working, every session of that user ends', async () => {
    const id = await createUser(t.app, {
      email: 'rob@la1.test',
      role: 'la_manager',
      laCode: 'LA1',
    });
    const rob = await signIn(t.app, 'rob@la1.test');
    const weak = await post(`/api/users/${id}/reset-password`, { password: 'password1234' });
    assert.equal(weak.statusCode, 400);
    assert.match(weak.body, /commonly used/);
    const reset = await post(`/api/users/${id}/reset-password`, { password: 'amber-kestrel-tide' });
    assert.equal(reset.statusCode, 204);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: rob })).statusCode,
      401,
    );
    await assert.rejects(signIn(t.app, 'rob@la1.test'), /401/);
    await signIn(t.app, 'rob@la1.test', 'amber-kestrel-tide');
  });

  it('is for admins only', async () => {
    await createUser(t.app, { email: 'sue@attune.test', role: 'supervisor', staffCode: 'S-09' });
    const sue = await signIn(t.app, 'sue@attune.test');
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/users', headers: sue })).statusCode,
      403,
    );
    assert.equal((await post('/api/users', {}, sue)).statusCode, 403);
  });
});

describe('demo accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('creates one account per role that can sign in, and is safe to run twice', async () => {
    const { accounts, password } = await createDemoAccounts(t.app);
    assert.equal(password, DEFAULT_DEMO_PASSWORD);
    assert.deepEqual(
      accounts.map((a) => a.role),
      ['admin', 'supervisor', 'la_manager', 'practitioner', 'economist'],
    );
    assert.ok(accounts.every((a) => a.created));
    for (const account of DEMO_ACCOUNTS) {
      const headers = await signIn(t.app, account.email, password);
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers });
      assert.deepEqual(me.json(), {
        email: account.email,
        role: account.role,
        laCode: account.laCode,
        staffCode: account.staffCode,
      });
    }
    const again = await createDemoAccounts(t.app);
    assert.ok(again.accounts.every((a) => !a.created));
  });
});
