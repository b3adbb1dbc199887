import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { HttpClient } from '../support/http.js';
import type { RunningServer } from '../support/server.js';
import { json, secondsSince, seedDemo, signIn, startReplica } from './harness/attune.js';
import { cleanUp, EMBEDDED_BIN, PgServer, scratchDir } from './harness/postgres.js';

interface Summary {
  totals: { total: string; resources: string };
}

const REPORTS = (id: string) => [
  `/api/programmes/${id}/cost-summary`,
  `/api/programmes/${id}/capacity?pageSize=1000`,
  `/api/programmes/${id}/accreditation?pageSize=1000`,
  `/api/programmes/${id}/ledger?pageSize=20&page=3`,
];

/**
 * A primary and a hot standby from the same embedded PostgreSQL 18 binaries
 * (the standby made by the low-level backup API and streaming replication),
 * one API with DATABASE_REPLICA_URLS naming the standby, and one without,
 * whose answers are the primary's.
 */
describe('a streaming read replica serving the reports', () => {
  const dir = scratchDir('attune-read-replica-');
  let primary: PgServer;
  let standby: PgServer;
  let withReplica: RunningServer;
  let primaryOnly: RunningServer;
  let viaReplica: HttpClient;
  let viaPrimary: HttpClient;
  let adminViaReplica: HttpClient;
  let adminViaPrimary: HttpClient;
  let programmeId: string;

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function caughtUp(): Promise<number> {
    const started = performance.now();
    const [current] = await primary.query<{ lsn: string }>(
      'postgres',
      'SELECT pg_current_wal_lsn() AS lsn',
    );
    for (;;) {
      const [replayed] = await standby.query<{ done: boolean }>(
        'postgres',
        'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
        [current!.lsn],
      );
      if (replayed!.done) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** The statements the standby ran in Attune's database after `offset` of its log. */
  function standbyStatements(offset: number): string[] {
    return standby
      .log()
      .slice(offset)
      .split('\n')
      .filter((line) => line.includes('[attune]') && /(statement|execute [^:]*):/.test(line));
  }

  beforeAll(async () => {
    primary = await PgServer.create(EMBEDDED_BIN, dir, 'primary');
    await primary.start({ max_connections: '60' });
    await primary.createDatabase('attune');
    programmeId = await seedDemo(primary.url());
    const started = performance.now();
    standby = await primary.standby(dir, 'standby');
    // hot_standby_feedback: the primary's vacuum keeps rows a long report on the standby still reads.
    await standby.start({
      hot_standby_feedback: 'on',
      // Every statement logged with its database, to show which reports the standby ran.
      log_statement: 'all',
      log_line_prefix: '%m [%d] ',
    });
    await caughtUp();
    console.log(
      `standby made by pg_backup_start/copy/pg_backup_stop and caught up: ${secondsSince(started)} s`,
    );
    [withReplica, primaryOnly] = await Promise.all([
      startReplica(primary.url(), { DATABASE_REPLICA_URLS: standby.url() }),
      startReplica(primary.url()),
    ]);
    viaReplica = await signIn(withReplica.url, 'economist@attune.test');
    viaPrimary = await signIn(primaryOnly.url, 'economist@attune.test');
    // Capacity and accreditation are not the economist's: the admin reads every report.
    adminViaReplica = await signIn(withReplica.url, 'admin@attune.test');
    adminViaPrimary = await signIn(primaryOnly.url, 'admin@attune.test');
  });

  afterAll(async () => {
    await withReplica?.stop();
    await primaryOnly?.stop();
    await cleanUp(dir, standby, primary);
  });

  it('is a hot standby streaming from the primary', async () => {
    const [recovery] = await standby.query<{ r: boolean }>(
      'postgres',
      'SELECT pg_is_in_recovery() AS r',
    );
    assert.equal(recovery!.r, true);
    const streams = await primary.query<{ state: string }>(
      'postgres',
      'SELECT state FROM pg_stat_replication',
    );
    assert.deepEqual(
      streams.map((s) => s.state),
      ['streaming'],
    );
  });

  it("answers the reports from the replica, equal to the primary's answers", async () => {
    await caughtUp();
    for (const path of REPORTS(programmeId)) {
      const offset = standby.log().length;
      const replicaAnswer = await json<unknown>(await adminViaReplica.get(path));
      const ran = standbyStatements(offset);
      assert.ok(ran.length > 0, `${path} ran no query on the standby:\n${ran.join('\n')}`);
      assert.deepEqual(replicaAnswer, await json<unknown>(await adminViaPrimary.get(path)), path);
    }
  });

  it('writes to the primary, and shows a report as of the replica: stale while its replay is paused, equal once it catches up', async () => {
    await caughtUp();
    const before = await json<Summary>(
      await viaReplica.get(`/api/programmes/${programmeId}/cost-summary`),
    );
    await standby.query('postgres', 'SELECT pg_wal_replay_pause()');
    try {
      // Written through the API that has the replica: a standby refuses writes, so this reached the primary.
      const created = await viaReplica.post(`/api/programmes/${programmeId}/resources`, {
        description: 'Camera bought while the replica was paused',
        category: 'equipment',
        laCode: null,
        costType: 'setup',
        quantity: '1',
        unitCost: '1234.56',
        priceYear: 2021,
        usefulLifeYears: 1,
        bearer: 'provider',
        date: '2021-09-01',
      });
      assert.equal(created.status, 201, await created.text());
      const onPrimary = await json<Summary>(
        await viaPrimary.get(`/api/programmes/${programmeId}/cost-summary`),
      );
      assert.notEqual(onPrimary.totals.total, before.totals.total);
      const stale = await json<Summary>(
        await viaReplica.get(`/api/programmes/${programmeId}/cost-summary`),
      );
      assert.deepEqual(stale, before, 'the report came from the paused replica');
    } finally {
      await standby.query('postgres', 'SELECT pg_wal_replay_resume()');
    }
    await caughtUp();
    assert.deepEqual(
      await json<Summary>(await viaReplica.get(`/api/programmes/${programmeId}/cost-summary`)),
      await json<Summary>(await viaPrimary.get(`/api/programmes/${programmeId}/cost-summary`)),
    );
  });

  it('replays a committed write within a fraction of a second (the lag a report may show)', async () => {
    await primary.query('attune', 'CREATE TABLE lag_probe (n int)');
    const lags: number[] = [];
    for (let n = 1; n <= 20; n++) {
      await primary.query('attune', 'INSERT INTO lag_probe VALUES ($1)', [n]);
      lags.push(await caughtUp());
    }
    lags.sort((x, y) => x - y);
    const [lag] = await primary.query<{ replay: string | null }>(
      'postgres',
      'SELECT replay_lag::text AS replay FROM pg_stat_replication',
    );
    console.log(
      `replica replay lag after a commit: median ${lags[10]!.toFixed(1)} ms, max ${lags[19]!.toFixed(1)} ms ` +
        `(pg_stat_replication.replay_lag ${lag?.replay ?? 'n/a'})`,
    );
    assert.ok(lags[10]! < 5_000);
  });
});
