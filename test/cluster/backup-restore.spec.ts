import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HttpClient } from '../support/http.js';
import type { RunningServer } from '../support/server.js';
import { json, secondsSince, seedDemo, signIn, startReplica } from './harness/attune.js';
import { cleanUp, DEBIAN_15_BIN, PgServer, scratchDir } from './harness/postgres.js';

const run = promisify(execFile);

/**
 * pg_dump and pg_restore must be of the server's major version (or newer), and
 * the embedded PostgreSQL 18 ships neither, so the backup is taken on Debian's
 * PostgreSQL 15, server and client tools alike (.ci/run installs them).
 */
describe('backup and restore with pg_dump and pg_restore', () => {
  const dir = scratchDir('attune-backup-');
  let server: PgServer;
  let original: RunningServer | undefined;
  let restored: RunningServer | undefined;
  let programmeId: string;

  beforeAll(async () => {
    server = await PgServer.create(DEBIAN_15_BIN, dir, 'pg15');
    await server.start();
    await server.createDatabase('attune');
    programmeId = await seedDemo(server.url());
  });

  afterAll(async () => {
    await original?.stop();
    await restored?.stop();
    await cleanUp(dir, server);
  });

  it('restores a dump into a fresh database that gives the same cost summary and sessions', async () => {
    original = await startReplica(server.url());
    const before = await signIn(original.url, 'economist@attune.test');
    const summary = await json<unknown>(
      await before.get(`/api/programmes/${programmeId}/cost-summary`),
    );
    const cookie = before.cookieHeader();

    const dump = join(dir, 'attune.dump');
    let started = performance.now();
    await run(join(DEBIAN_15_BIN, 'pg_dump'), ['--format=custom', '--file', dump, server.url()]);
    const dumpSeconds = secondsSince(started);

    await server.createDatabase('attune_restored');
    started = performance.now();
    await run(join(DEBIAN_15_BIN, 'pg_restore'), [
      '--exit-on-error',
      '--no-owner',
      '--jobs=2',
      '--dbname',
      server.url('attune_restored'),
      dump,
    ]);
    const restoreSeconds = secondsSince(started);
    const [counts] = await server.query<{ lines: string }>(
      'attune_restored',
      'SELECT (SELECT count(*) FROM family_sessions) + (SELECT count(*) FROM time_entries) AS lines',
    );
    console.log(
      `demo programme (${counts!.lines} session and time rows): pg_dump ${dumpSeconds} s ` +
        `(${(statSync(dump).size / 1e6).toFixed(2)} MB), pg_restore --jobs=2 ${restoreSeconds} s`,
    );

    restored = await startReplica(server.url('attune_restored'));
    assert.doesNotMatch(restored.output(), /Applied \d+ migration/, 'the schema came whole');
    const after = await signIn(restored.url, 'economist@attune.test');
    assert.deepEqual(
      await json<unknown>(await after.get(`/api/programmes/${programmeId}/cost-summary`)),
      summary,
    );
    // The sessions table came too: a session made before the dump is still signed in.
    const carried = new HttpClient(restored.url, cookie);
    assert.equal((await carried.get('/api/auth/me')).status, 200);
  });
});
