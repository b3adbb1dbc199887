import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createServer, Socket, type Server } from 'node:net';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { CONNECT_TIMEOUT_MS, dataSourceOptions } from './data-source';
import { readOn, readSnapshotOn } from './read-replica';
import { sharedSnapshot } from './shared-snapshot';

/** A TCP relay to PostgreSQL that can be cut, as a replica that goes away. */
async function relay(target: URL): Promise<{ url: string; cut(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = new Socket();
    upstream.connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const url = new URL(target.toString());
  url.host = `127.0.0.1:${port}`;
  return {
    url: url.toString(),
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

// Two databases of one server stand for a primary and its replica: each says which it is.
describe('reads on a read replica (TypeORM replication)', () => {
  let primary: TestDatabase;
  let replica: TestDatabase;

  beforeAll(async () => {
    primary = await createTestDatabase({ migrate: false });
    replica = await createTestDatabase({ migrate: false });
    for (const [db, name] of [
      [primary, 'primary'],
      [replica, 'replica'],
    ] as const) {
      await db.dataSource.query('CREATE TABLE probe (db text)');
      await db.dataSource.query('INSERT INTO probe VALUES ($1)', [name]);
    }
  });

  afterAll(async () => {
    await primary?.drop();
    await replica?.drop();
  });

  async function replicated(replicaUrl: string): Promise<DataSource> {
    const ds = new DataSource({
      ...dataSourceOptions(primary.url, 4, [], [replicaUrl]),
      logging: false,
    });
    return ds.initialize();
  }

  const which = async (q: { query(sql: string): Promise<unknown> }) =>
    ((await q.query('SELECT db FROM probe')) as Array<{ db: string }>)[0]!.db;

  it('sends only what asks for the replica there; queries, builders and transactions go to the primary', async () => {
    const ds = await replicated(replica.url);
    try {
      assert.equal(await readOn(ds, 'replica', which), 'replica');
      assert.equal(await readSnapshotOn(ds, 'replica', which), 'replica');
      assert.equal(await readOn(ds, 'primary', which), 'primary');
      assert.equal(await which(ds), 'primary');
      const built = await ds
        .createQueryBuilder()
        .select('p.db', 'db')
        .from('probe', 'p')
        .getRawOne<{
          db: string;
        }>();
      assert.equal(built?.db, 'primary');
      assert.equal(await ds.transaction((manager) => which(manager)), 'primary');
    } finally {
      await ds.destroy();
    }
  });

  it('without replicas, a report reads the primary', async () => {
    const ds = await new DataSource({
      ...dataSourceOptions(primary.url, 2),
      logging: false,
    }).initialize();
    try {
      assert.equal(await readOn(ds, 'replica', which), 'primary');
    } finally {
      await ds.destroy();
    }
  });

  it('reads the primary while the replica cannot be reached', async () => {
    const gone = await relay(new URL(replica.url));
    const ds = await replicated(gone.url);
    try {
      assert.equal(await readOn(ds, 'replica', which), 'replica');
      await gone.cut();
      assert.equal(await readOn(ds, 'replica', which), 'primary');
    } finally {
      await ds.destroy();
    }
  });
});

describe('a snapshot on two connections (sharedSnapshot)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    await db.dataSource.query('CREATE TABLE counted (n int)');
    await db.dataSource.query('INSERT INTO counted VALUES (1)');
  });

  afterAll(async () => {
    await db?.drop();
  });

  const count = async (q: { query(sql: string): Promise<unknown> }) =>
    Number(((await q.query('SELECT count(*) AS n FROM counted')) as Array<{ n: string }>)[0]!.n);

  it('gives the second connection the same snapshot: neither sees a write committed meanwhile', async () => {
    // Two connections open and idle first: making one can take longer than the helper's wait on a busy machine.
    await Promise.all([1, 2].map(() => db.dataSource.query('SELECT pg_sleep(0.05)')));
    const seen = await sharedSnapshot(
      db.dataSource,
      'primary',
      'SET LOCAL work_mem = 4096',
      async (runner, helper) => {
        assert.ok(helper, 'a second connection was free');
        await db.dataSource.query('INSERT INTO counted VALUES (2)');
        return [await count(runner), await count(helper), await count(db.dataSource)];
      },
    );
    assert.deepEqual(seen, [1, 1, 2]);
  });

  it('reads on one connection, rather than waiting, when the pool has no second one', async () => {
    // One connection in the pool: a snapshot waiting for a second would wait forever
    // (or, with a timeout, fail); every connection held by such waiters is the deadlock.
    const one = await new DataSource({
      ...dataSourceOptions(db.url, 1),
      logging: false,
    }).initialize();
    try {
      const started = Date.now();
      const answers = await Promise.all(
        [1, 2, 3].map(() =>
          sharedSnapshot(one, 'primary', 'SET LOCAL work_mem = 4096', async (runner, helper) => {
            assert.equal(helper, undefined);
            return count(runner);
          }),
        ),
      );
      assert.deepEqual(answers, [2, 2, 2]);
      assert.ok(Date.now() - started < 4_000, 'no connection timeout was waited for');
    } finally {
      await one.destroy();
    }
  });

  it('never queues for a second connection while holding one: the pool queue stays empty', async () => {
    const one = await new DataSource({
      ...dataSourceOptions(db.url, 1),
      logging: false,
    }).initialize();
    try {
      const pool = (one.driver as unknown as { master: { waitingCount: number } }).master;
      const waiting = await sharedSnapshot(one, 'primary', 'SET LOCAL work_mem = 4096', async () =>
        Promise.resolve(pool.waitingCount),
      );
      assert.equal(waiting, 0);
    } finally {
      await one.destroy();
    }
  });
});

describe("the pool's queue", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('keeps a request waiting for a busy connection past the connect timeout, then answers it', async () => {
    const one = await new DataSource({
      ...dataSourceOptions(db.url, 1),
      logging: false,
    }).initialize();
    try {
      // The only connection busy for longer than making a connection may take: the next
      // query waits its turn (a busy pool is not a database that is down), then runs.
      const busy = one.query(`SELECT pg_sleep(${(CONNECT_TIMEOUT_MS + 1000) / 1000})`);
      const queued = one.query<Array<{ n: number }>>('SELECT 1 AS n');
      await busy;
      assert.deepEqual(await queued, [{ n: 1 }]);
    } finally {
      await one.destroy();
    }
  }, 30_000);
});
