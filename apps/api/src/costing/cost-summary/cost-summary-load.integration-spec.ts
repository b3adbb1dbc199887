import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { CostSummary } from '@attune/contract';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { startDeliveryApp, type DeliveryApp } from '../../../test/builders/delivery-app';

// Many readers on a small pool, and the summary that each data version gets computed once for.
describe('cost summary under concurrency, on a pool of 2', () => {
  let d: DeliveryApp;

  beforeAll(async () => {
    d = await startDeliveryApp([{ email: 'economist@test.example', role: 'economist' }], {
      ATTUNE_DB_POOL_SIZE: '2',
      // No job worker: its polling shares the pool, and the last test counts the pool's statements.
      ATTUNE_JOB_WORKER: 'false',
    });
    const db = d.t.db.dataSource;
    await db.query(
      'INSERT INTO price_indices (programme_id, year, index, version) VALUES ($1, 2021, 100, 1)',
      [d.fixture.programmeId],
    );
    for (const role of ['social_worker', 'vig_supervisor']) {
      await db.query(
        `INSERT INTO unit_costs (programme_id, cost_role, hourly_cost_pence, price_year, basis, source, version)
         VALUES ($1, $2, 4500, 2021, 'working_hour', 'PSSRU 2021', 1)`,
        [d.fixture.programmeId, role],
      );
    }
  });

  afterAll(async () => {
    await d?.close();
  });

  const summaries = async (n: number) =>
    Promise.all(Array.from({ length: n }, () => d.send('economist', 'GET', '/cost-summary')));

  it('answers 30 requests at once with 200 and the same figures, none refused', async () => {
    // Every cold request at once: each holds a connection only while it has one, and waits
    // in the pool's queue, not for a second connection while holding the first.
    const responses = await summaries(30);
    for (const r of responses) assert.equal(r.statusCode, 200, r.body);
    const bodies = new Set(responses.map((r) => r.body));
    assert.equal(bodies.size, 1);
    const summary = responses[0]!.json<CostSummary>();
    assert.notEqual(summary.totals.staffTime, '0.00');
  });

  it('gives new figures as soon as a source changes, then the same again to all', async () => {
    const before = (await d.send('economist', 'GET', '/cost-summary')).json<CostSummary>();
    // A direct write: the triggers bump the data version in its own transaction.
    await d.t.db.dataSource.query(
      'UPDATE unit_costs SET hourly_cost_pence = 9000 WHERE programme_id = $1',
      [d.fixture.programmeId],
    );
    const responses = await summaries(10);
    for (const r of responses) assert.equal(r.statusCode, 200, r.body);
    assert.equal(new Set(responses.map((r) => r.body)).size, 1);
    const after = responses[0]!.json<CostSummary>();
    // Every rate doubled: every costed line doubles, to the penny.
    const pence = (pounds: string) => BigInt(pounds.replace('.', ''));
    assert.equal(pence(after.totals.staffTime), 2n * pence(before.totals.staffTime));
    // A resource is a source too.
    await d.t.db.dataSource.query(
      `INSERT INTO resources (programme_id, category, description, cost_type, quantity, unit_cost_pence, price_year,
         useful_life_years, bearer, date, version)
       VALUES ($1, 'other', 'Laptop', 'setup', 1, 100000, 2021, 1, 'la', '2022-02-01', 1)`,
      [d.fixture.programmeId],
    );
    const withResource = (await d.send('economist', 'GET', '/cost-summary')).json<CostSummary>();
    assert.notEqual(withResource.totals.resources, after.totals.resources);
  });

  it('answers a warm request with one statement on one connection: the session and the data version together', async () => {
    await d.send('economist', 'GET', '/cost-summary'); // warm
    const pool = (d.t.app.get(DataSource).driver as PostgresDriver).master as Pool;
    const statements: string[] = [];
    const connect = pool.connect.bind(pool);
    const watched = (client: PoolClient) => {
      const query = client.query.bind(client) as (...a: unknown[]) => unknown;
      client.query = ((text: unknown, ...rest: unknown[]) => {
        statements.push(typeof text === 'string' ? text : String((text as { text?: string }).text));
        return query(text, ...rest);
      }) as typeof client.query;
      return client;
    };
    // Every statement of the API's pool runs on a client it checks out (by promise or callback).
    const spy = ((
      callback?: (error: Error | undefined, client?: PoolClient, done?: unknown) => void,
    ) =>
      callback
        ? (connect as (cb: typeof callback) => void)((error, client, done) =>
            callback(error, client && watched(client), done),
          )
        : connect().then(watched)) as typeof pool.connect;
    pool.connect = spy;
    try {
      const response = await d.send('economist', 'GET', '/cost-summary');
      assert.equal(response.statusCode, 200);
    } finally {
      pool.connect = connect;
    }
    assert.equal(statements.length, 1, statements.join('\n'));
    assert.match(statements[0]!, /FROM sessions s/);
    assert.match(statements[0]!, /delivery_versions/);
  });
});
