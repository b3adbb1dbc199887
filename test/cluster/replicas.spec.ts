import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { HttpClient } from '../support/http.js';
import type { RunningServer } from '../support/server.js';
import { json, PASSWORD, secondsSince, seedDemo, signIn, startReplica } from './harness/attune.js';
import { startBalancer, type Balancer } from './harness/balancer.js';
import { PgBouncer, POOL_SETTINGS } from './harness/pgbouncer.js';
import { cleanUp, EMBEDDED_BIN, PgServer, scratchDir } from './harness/postgres.js';

interface JobView {
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  downloadUrl: string | null;
  error?: string | null;
}

/**
 * Two API replicas (two processes of the built API on one DATABASE_URL)
 * behind a round-robin balancer, with PgBouncer in transaction mode between
 * them and PostgreSQL 18: nothing of a request may depend on which replica,
 * or which server connection, serves it.
 */
describe('two API replicas behind a balancer, PgBouncer in transaction mode', () => {
  const dir = scratchDir('attune-replicas-');
  let postgres: PgServer;
  let bouncer: PgBouncer;
  let a: RunningServer;
  let b: RunningServer;
  let balancer: Balancer;
  let programmeId: string;

  beforeAll(async () => {
    postgres = await PgServer.create(EMBEDDED_BIN, dir, 'primary');
    await postgres.start({ max_connections: '50' });
    await postgres.createDatabase('attune');
    bouncer = await PgBouncer.start(postgres, dir);
    // Everything through PgBouncer, the migrations and the demo's COPY included.
    programmeId = await seedDemo(bouncer.url());
    const env = { ATTUNE_JOB_WORKER: 'true', ATTUNE_JOB_POLL_MS: '100' };
    // Started at once: both run the migration step against the one database.
    [a, b] = await Promise.all([
      startReplica(bouncer.url(), env),
      startReplica(bouncer.url(), env),
    ]);
    balancer = await startBalancer([a.url, b.url]);
  });

  afterAll(async () => {
    await balancer?.close();
    await a?.stop();
    await b?.stop();
    await cleanUp(dir, bouncer, postgres);
  });

  it('goes through PgBouncer, pooling in transaction mode with fewer server connections than clients', async () => {
    const config = await bouncer.query<{ key: string; value: string }>(
      'SHOW CONFIG',
      [],
      'pgbouncer',
    );
    const setting = (key: string) => config.find((c) => c.key === key)?.value;
    assert.equal(setting('pool_mode'), 'transaction');
    assert.equal(setting('default_pool_size'), POOL_SETTINGS.default_pool_size);
    const servers = await postgres.query<{ n: string }>(
      'postgres',
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = 'attune' AND backend_type = 'client backend'",
    );
    assert.ok(Number(servers[0]!.n) <= Number(POOL_SETTINGS.default_pool_size));
    // The replicas' migration step left no lock behind on a pooled server connection
    // (a session-level advisory lock would stay on whichever one took it).
    const advisory = await postgres.query(
      'postgres',
      "SELECT * FROM pg_locks WHERE locktype = 'advisory'",
    );
    assert.deepEqual(advisory, []);
  });

  it('keeps a session signed in on one replica usable on the other, and ends it on both', async () => {
    const onA = await signIn(a.url, 'economist@attune.test');
    const cookie = onA.cookieHeader();
    const onB = new HttpClient(b.url, cookie);
    const me = await json<{ email: string; role: string }>(await onB.get('/api/auth/me'));
    assert.deepEqual([me.email, me.role], ['economist@attune.test', 'economist']);
    // Through the balancer: every other request lands on the other replica.
    const through = new HttpClient(balancer.url, cookie);
    const first = balancer.served.length;
    for (let i = 0; i < 4; i++) {
      const page = await json<{ items: Array<{ id: string }> }>(
        await through.get('/api/programmes'),
      );
      assert.ok(page.items.some((p) => p.id === programmeId));
    }
    assert.deepEqual(new Set(balancer.served.slice(first)), new Set([0, 1]));
    // Signed out on B: A no longer knows the session.
    assert.equal((await onB.post('/api/auth/logout')).status, 204);
    assert.equal((await onA.get('/api/auth/me')).status, 401);
  });

  it('counts failed sign-ins across both replicas: the sixth from one address is refused', async () => {
    const email = 'la.manager@attune.test';
    const attempt = (server: RunningServer) =>
      new HttpClient(server.url).post('/api/auth/login', { email, password: 'not-the-password' });
    // Five failures (the limit for one account from one address), alternating replicas.
    for (const server of [a, b, a, b, a]) assert.equal((await attempt(server)).status, 401);
    for (const server of [b, a]) {
      const refused = await attempt(server);
      assert.equal(refused.status, 429, 'the other replica knows of the failures too');
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    }
    // Even the right password waits now, on either replica.
    const right = await new HttpClient(b.url).post('/api/auth/login', {
      email,
      password: PASSWORD,
    });
    assert.equal(right.status, 429);
  });

  it('runs each workbook job requested through the balancer exactly once, though both replicas poll', async () => {
    const economist = await signIn(balancer.url, 'economist@attune.test');
    const started = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { jobId } = await json<{ jobId: string }>(
        await economist.post(`/api/programmes/${programmeId}/workbook-jobs`),
        202,
      );
      ids.push(jobId);
    }
    const done = new Map<string, JobView>();
    const deadline = Date.now() + 240_000;
    while (done.size < ids.length && Date.now() < deadline) {
      for (const id of ids.filter((i) => !done.has(i))) {
        const job = await json<JobView>(await economist.get(`/api/jobs/${id}`));
        if (job.status === 'succeeded' || job.status === 'failed') done.set(id, job);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log(`4 workbook jobs on two replicas: ${secondsSince(started)} s`);
    assert.equal(done.size, ids.length, 'every job finished');
    for (const [id, job] of done) assert.equal(job.status, 'succeeded', `${id}: ${job.error}`);

    const rows = await postgres.query<{
      id: string;
      attempts: number;
      locked_by: string;
      bytes: string;
    }>(
      'attune',
      'SELECT id, attempts, locked_by, result_bytes AS bytes FROM jobs WHERE id = ANY($1)',
      [ids],
    );
    assert.equal(rows.length, ids.length);
    // Claimed once each (a second claim would have counted a second attempt)...
    for (const row of rows)
      assert.equal(row.attempts, 1, `job ${row.id} was claimed ${row.attempts} times`);
    // ...and by both replicas between them: both were polling.
    assert.equal(new Set(rows.map((r) => r.locked_by)).size, 2, JSON.stringify(rows));

    // Each file is whole, whichever replica serves the download.
    for (const row of rows) {
      const file = Buffer.from(
        await (await economist.get(done.get(row.id)!.downloadUrl!)).arrayBuffer(),
      );
      assert.equal(file.length, Number(row.bytes));
      assert.equal(file.subarray(0, 2).toString('latin1'), 'PK');
    }
  });
});
