import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { createTestApp, TestApp } from '../../testing/test-app';
import { CSRF_HEADERS, createUser, signIn, TEST_PASSWORD } from '../../../test/builders/users';
import { AuditService } from './audit.service';
import { AuditEventEntity } from './audit-event.entity';
import type { Page } from '@attune/contract';

type EventPage = Page<Record<string, unknown> & { action: string; userEmail: string | null }>;

describe('audit log', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    // Injected requests come from 127.0.0.1, here the trusted proxy that names the client.
    t = await createTestApp({ ATTUNE_TRUST_PROXY: '127.0.0.1' });
    await createUser(t.app, { email: 'ada@attune.test', role: 'admin' });
    await createUser(t.app, { email: 'eve@attune.test', role: 'economist' });
    admin = await signIn(t.app, 'ada@attune.test');
  });
  afterAll(async () => t.close());

  const events = async (query = ''): Promise<EventPage> => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/audit-events${query}`,
      headers: admin,
    });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<EventPage>();
  };

  it('records a sign-in with who, request id and client address', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        ...CSRF_HEADERS,
        'x-request-id': 'req-sign-in-1',
        'x-forwarded-for': '198.51.100.23',
      },
      payload: { email: 'eve@attune.test', password: TEST_PASSWORD },
    });
    assert.equal(response.statusCode, 200);
    const page = await events('?action=auth.sign_in&userEmail=EVE@');
    assert.equal(page.total, 1);
    const [event] = page.items;
    assert.equal(event!.userEmail, 'eve@attune.test');
    assert.equal(event!.userRole, 'economist');
    assert.equal(event!.requestId, 'req-sign-in-1');
    assert.equal(event!.address, '198.51.100.23');
    assert.equal(event!.entityType, 'Session');
    assert.match(String(event!.at), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('records a failed sign-in with the email tried, and a sign-out', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: CSRF_HEADERS,
      payload: { email: 'mallory@attune.test', password: 'guessing-again' },
    });
    const failed = await events('?action=auth.sign_in_failed');
    assert.equal(failed.total, 1);
    assert.deepEqual(failed.items[0]!.after, {
      email: 'mallory@attune.test',
      reason: 'unknown_email',
    });

    const eve = await signIn(t.app, 'eve@attune.test');
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: eve });
    const out = await events('?action=auth.sign_out');
    assert.equal(out.total, 1);
    assert.equal(out.items[0]!.userEmail, 'eve@attune.test');
  });

  it('records user changes with before and after, never a password hash', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: {
        email: 'lou@la2.test',
        role: 'la_manager',
        laCode: 'LA2',
        password: 'marble-fox-quarry',
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json<{ id: string }>().id;
    await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: admin,
      payload: { laCode: 'LA3' },
    });
    const page = await events(`?entityType=User&action=user.update`);
    const change = page.items.find((e) => e.entityId === id)!;
    assert.equal((change.before as { laCode: string }).laCode, 'LA2');
    assert.equal((change.after as { laCode: string }).laCode, 'LA3');
    assert.equal(change.userEmail, 'ada@attune.test');
    const all = JSON.stringify(await events('?pageSize=1000'));
    assert.doesNotMatch(all, /\$argon2/, 'no password hash anywhere in the log');
  });

  it('refuses UPDATE, DELETE and TRUNCATE on audit_events, even to the table owner', async () => {
    const ds = t.db.dataSource;
    await assert.rejects(
      ds.query("UPDATE audit_events SET action = 'tampered'"),
      /append-only: UPDATE/,
    );
    await assert.rejects(ds.query('DELETE FROM audit_events'), /append-only: DELETE/);
    await assert.rejects(ds.query('TRUNCATE audit_events'), /append-only: TRUNCATE/);
    const [{ n }] = await ds.query<[{ n: number }]>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'tampered'",
    );
    assert.equal(n, 0);
  });

  it('writes inside the caller’s transaction: rolled back with it, committed with it', async () => {
    const audit = t.app.get(AuditService);
    const ds = t.db.dataSource;
    await assert.rejects(
      ds.transaction(async (manager) => {
        await audit.record({ action: 'test.rolled_back', entityType: 'Test' }, manager);
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    await ds.transaction((manager) =>
      audit.record({ action: 'test.committed', entityType: 'Test' }, manager),
    );
    assert.equal(
      await ds.getRepository(AuditEventEntity).countBy({ action: 'test.rolled_back' }),
      0,
    );
    assert.equal(await ds.getRepository(AuditEventEntity).countBy({ action: 'test.committed' }), 1);
  });

  it('pages and filters by date; refuses a page size over 1000 with a message', async () => {
    const first = await events('?pageSize=2&page=1');
    const second = await events('?pageSize=2&page=2');
    assert.equal(first.items.length, 2);
    assert.equal(first.total, second.total);
    assert.notDeepEqual(first.items[0], second.items[0]);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal((await events(`?from=${today}&to=${today}`)).total, first.total);
    assert.equal((await events('?to=2000-01-01')).total, 0);
    const tooBig = await t.app.inject({
      method: 'GET',
      url: '/api/audit-events?pageSize=1001',
      headers: admin,
    });
    assert.equal(tooBig.statusCode, 400);
    assert.match(JSON.stringify(tooBig.json()), /pageSize must not be greater than 1000/);
    const badDate = await t.app.inject({
      method: 'GET',
      url: '/api/audit-events?from=yesterday',
      headers: admin,
    });
    assert.equal(badDate.statusCode, 400);
  });

  it('is for admins only', async () => {
    const eve = await signIn(t.app, 'eve@attune.test');
    for (const url of ['/api/audit-events', '/api/audit-events.csv']) {
      assert.equal((await t.app.inject({ method: 'GET', url, headers: eve })).statusCode, 403, url);
    }
  });

  it('exports CSV with the same filters, neutralises formulas, and records the export itself', async () => {
    await t.app
      .get(AuditService)
      .record({ action: 'test.formula', entityType: 'Test', entityId: '=1+1' });
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/audit-events.csv?action=auth.sign_in_failed',
      headers: admin,
    });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    assert.match(
      String(response.headers['content-disposition']),
      /attachment; filename="audit-events-/,
    );
    const rows = parse<Record<string, string>>(response.body, { columns: true });
    assert.equal(rows.length, (await events('?action=auth.sign_in_failed')).total);
    assert.ok(rows.length > 0 && rows.every((r) => r.action === 'auth.sign_in_failed'));
    assert.deepEqual(Object.keys(rows[0]!), [
      'id',
      'at',
      'user_email',
      'user_role',
      'user_id',
      'action',
      'entity_type',
      'entity_id',
      'request_id',
      'address',
      'before',
      'after',
    ]);
    assert.equal(JSON.parse(rows[0]!.after!).reason, 'unknown_email');

    const formula = await t.app.inject({
      method: 'GET',
      url: '/api/audit-events.csv?action=test.formula',
      headers: admin,
    });
    const [row] = parse<Record<string, string>>(formula.body, { columns: true });
    assert.equal(row!.entity_id, "'=1+1", 'a spreadsheet must not run it');

    const exports = await events('?action=audit.export');
    assert.equal(exports.total, 2);
    assert.equal(exports.items[0]!.userEmail, 'ada@attune.test');
    assert.deepEqual(exports.items[0]!.after, {
      format: 'csv',
      filter: { action: 'test.formula' },
    });
  });

  it('streams a large export in batches, every row once', async () => {
    const ds = t.db.dataSource;
    await ds.query(
      "INSERT INTO audit_events (action, entity_type, entity_id) SELECT 'test.bulk', 'Test', g::text FROM generate_series(1, 2500) g",
    );
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/audit-events.csv?action=test.bulk',
      headers: admin,
    });
    const rows = parse<Record<string, string>>(response.body, { columns: true });
    assert.equal(rows.length, 2500);
    assert.equal(new Set(rows.map((r) => r.entity_id)).size, 2500);
  });
});
