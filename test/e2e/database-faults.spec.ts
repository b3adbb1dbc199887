import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { HttpClient } from '../support/http.js';
import { RunningServer, startServer } from '../support/server.js';

// The API's own PostgreSQL driver, to count rows behind the server's back.
const requireFromApi = createRequire(
  createRequire(import.meta.url).resolve('@attune/api/package.json'),
);
const { Client } = requireFromApi('pg') as typeof import('pg');

/*
 * The embedded PostgreSQL killed (SIGKILL, as the kernel's OOM killer would)
 * under the real server, started as `npm start` starts it: requests answer
 * 503 database_unavailable at once meanwhile, the server restarts the
 * database itself, and everything works again without restarting Attune.
 */
describe('database faults: the embedded PostgreSQL killed under a running server', () => {
  let server: RunningServer;
  let admin: HttpClient;
  let programmeId: string;
  let databaseUrl: string;

  beforeAll(async () => {
    server = await startServer({ env: { ATTUNE_DEMO: 'true', ATTUNE_LOG_LEVEL: 'log' } });
    const { accounts, password } = demoAccountsFrom(server.output());
    admin = new HttpClient(server.url);
    const email = accounts.find((a) => a.role === 'admin')!.email;
    assert.equal((await admin.post('/api/auth/login', { email, password })).status, 200);
    const list = (await (await admin.get('/api/programmes')).json()) as {
      items: Array<{ id: string }>;
    };
    programmeId = list.items[0]!.id;
    databaseUrl = (
      JSON.parse(readFileSync(join(server.dataDir, 'owner.json'), 'utf8')) as { url: string }
    ).url;
  });
  afterAll(async () => {
    const code = await server.stop();
    assert.equal(code, 0, 'SIGTERM still stops it cleanly');
  });

  function killPostgres(): number {
    const pid = Number(
      readFileSync(join(server.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    process.kill(pid, 'SIGKILL');
    return pid;
  }

  /** Resolves once an import's transaction is writing rows (it has inserted its programme). */
  async function importWriting(timeoutMs = 60_000): Promise<void> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const writing = await client.query(
          `SELECT 1 FROM pg_stat_activity
            WHERE pid <> pg_backend_pid() AND backend_xid IS NOT NULL
              AND (query ILIKE 'INSERT INTO %' OR query ILIKE 'COPY %')
              AND query NOT ILIKE 'INSERT INTO %sessions%' AND query NOT ILIKE '%audit_events%'`,
        );
        if (writing.rowCount) return;
        await new Promise((r) => setTimeout(r, 2));
      }
      throw new Error('the import never started writing');
    } finally {
      await client.end();
    }
  }

  /** Polls until `ok`; returns every status seen and how long each answer took. */
  async function until(ok: (status: number) => boolean, path: string, timeoutMs = 60_000) {
    const seen: Array<{ status: number; ms: number; code?: string }> = [];
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await admin.get(path);
      const body = (await response.json()) as { code?: string };
      seen.push({ status: response.status, ms: performance.now() - started, code: body.code });
      if (ok(response.status)) return seen;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${path} never answered as hoped: ${JSON.stringify(seen.slice(-5))}`);
  }

  async function rowCounts(): Promise<Record<string, number>> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const tables = await client.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('sessions', 'audit_events', 'sign_in_attempts') ORDER BY 1",
      );
      const counts: Record<string, number> = {};
      for (const { name } of tables.rows) {
        const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`);
        counts[name] = Number(result.rows[0]!.n);
      }
      return counts;
    } finally {
      await client.end();
    }
  }

  it('answers 503 database_unavailable at once during ordinary requests, then recovers by itself', async () => {
    const path = `/api/programmes/${programmeId}/families?pageSize=5`;
    assert.equal((await admin.get(path)).status, 200);
    const pid = killPostgres();
    const down = await until((s) => s === 503, path, 10_000);
    const statuses = down.map((d) => d.status);
    assert.ok(!statuses.includes(500), `no 500 while it went down: ${statuses.join(',')}`);
    assert.equal(down.at(-1)!.code, 'database_unavailable');
    const health = await fetch(`${server.url}/api/health`);
    // Health may already see it back (the restart takes well under a second); never a 500.
    assert.ok([200, 503].includes(health.status));

    const back = await until((s) => s === 200, path);
    const outage = back.filter((b) => b.status === 503);
    assert.ok(
      back.every((b) => b.status === 503 || b.status === 200),
      `only 503s until it is back: ${back.map((b) => b.status).join(',')}`,
    );
    assert.ok(
      outage.every((b) => b.ms < 1000),
      `each 503 at once: ${outage.map((b) => b.ms.toFixed(0)).join(',')} ms`,
    );
    assert.equal(server.process.exitCode, null, 'Attune itself was not restarted');
    const newPid = Number(
      readFileSync(join(server.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    assert.notEqual(newPid, pid, 'a new PostgreSQL server is running');
    assert.match(server.output(), /Embedded PostgreSQL exited unexpectedly/);
    assert.match(server.output(), /Embedded PostgreSQL restarted/);
    // The session survived: it is in the database, which lost nothing committed.
    assert.equal((await admin.get('/api/auth/me')).status, 200);
  });

  it('leaves nothing of an import the database died during, and the same import works afterwards', async () => {
    const zip = Buffer.from(
      await (await admin.get(`/api/programmes/${programmeId}/package`)).arrayBuffer(),
    );
    const upload = () => {
      const form = new FormData();
      form.append('package', new Blob([zip], { type: 'application/zip' }), 'package.zip');
      return admin.request('POST', '/api/programmes/import', form);
    };
    const before = await rowCounts();
    const importing = upload();
    // Kill the database part-way: once the import's transaction has written (it holds a
    // transaction id), not after a guessed delay, which a fast machine outruns.
    await importWriting();
    killPostgres();
    const response = await importing;
    assert.equal(
      response.status,
      503,
      `import during the outage: ${response.status}\n${server.output().slice(-3000)}`,
    );
    assert.equal(((await response.json()) as { code: string }).code, 'database_unavailable');

    await until((s) => s === 200, '/api/programmes');
    assert.deepEqual(await rowCounts(), before, 'not one row of the import was kept');
    const again = await upload();
    assert.equal(again.status, 201, 'the same package imports once the database is back');
  });

  it('the command line says in one line that the database cannot be reached, and exits 1', async () => {
    const result = await runCli(['migrate'], {
      env: { DATABASE_URL: 'postgres://attune:x@127.0.0.1:1/attune' },
    });
    assert.equal(result.code, 1);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line: ${result.stderr}`);
    assert.match(lines[0]!, /^Cannot reach the database: .*ECONNREFUSED/);
  });
});
