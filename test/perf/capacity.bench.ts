/**
 * GET /api/programmes/:id/capacity for an LA manager whose LA has 500
 * practitioners and 8,000 families (plus a second LA the query must leave
 * out), 20 concurrent connections for about 10 s against the BUILT API on a
 * fresh embedded PostgreSQL. Prints p50/p95/p99 latency; target p95 <= 100 ms.
 *   node test/dist/perf/capacity.bench.js [--seconds N] [--connections N]
 */
import autocannon from 'autocannon';
import { rmSync } from 'node:fs';
import { startServer, temporaryDataDir } from '../support/server.js';
import {
  Client,
  hashPassword,
  runMigrations,
  seedLa,
  startEmbeddedPostgres,
} from './capacity-seed.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 20);
const EMAIL = 'bench.manager@attune.test';
const PASSWORD = 'bench-capacity-password';

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** CONNECTIONS concurrent connections on one URL for `seconds`: a line of request count and latency percentiles. */
async function measure(
  base: string,
  path: string,
  cookie: string,
  seconds: number,
): Promise<string> {
  const latencies: number[] = [];
  let failed = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${base}${path}`, headers: { cookie }, connections: CONNECTIONS, duration: seconds },
      (error, done) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    // Each response's own time, so that p95 is exact (autocannon's summary has p90 and p97.5).
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) failed++;
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  const ms = (q: number) => percentile(latencies, q).toFixed(1);
  return (
    `${latencies.length} requests (${result.requests.average.toFixed(0)}/s, non-200 ${failed}, errors ${result.errors}); ` +
    `latency ms p50 ${ms(0.5)} p95 ${ms(0.95)} p99 ${ms(0.99)} max ${latencies.at(-1)!.toFixed(1)}`
  );
}

const dbDir = temporaryDataDir();
const database = await startEmbeddedPostgres({ directory: dbDir, persistent: false });
let server: Awaited<ReturnType<typeof startServer>> | undefined;
try {
  await runMigrations(database.url);
  const db = new Client({ connectionString: database.url });
  db.on('error', () => undefined); // the database stopping at the end is not news
  await db.connect();
  const seeding = performance.now();
  const { rows } = await db.query(
    `INSERT INTO programmes (name, funder, provider, start_date, intake_start, intake_end, delivery_end, price_year,
       discount_rate, min_families_per_practitioner, min_sessions_per_family, cycles_per_family, rule_set, version)
     VALUES ('Capacity benchmark', 'WWCSC', 'Babies1st', CURRENT_DATE - 420, CURRENT_DATE - 400, CURRENT_DATE - 100,
       CURRENT_DATE + 60, 2021, 0.035, 6, 8, 3, 'aviguk_18_cycle', 1) RETURNING id`,
  );
  const programmeId = rows[0]!.id as string;
  await seedLa(db, programmeId, 'LA1', 500);
  await seedLa(db, programmeId, 'LA2', 100);
  await db.query('ANALYZE');
  await db.query(
    `INSERT INTO users (email, password_hash, role, la_code) VALUES ($1, $2, 'la_manager', 'LA1')`,
    [EMAIL, await hashPassword(PASSWORD)],
  );
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM practitioners pr JOIN staff s ON s.id = pr.staff_id JOIN local_authorities la ON la.id = s.la_id WHERE la.code = 'LA1')::int AS practitioners,
              (SELECT count(*) FROM families f JOIN local_authorities la ON la.id = f.la_id WHERE la.code = 'LA1')::int AS families,
              (SELECT count(*) FROM family_sessions)::int AS sessions,
              (SELECT count(*) FROM supervision_attendees)::int AS attendees,
              (SELECT count(*) FROM time_entries)::int AS time_entries`,
    )
  ).rows[0]!;
  await db.end();
  console.log(
    `Seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s: LA1 ${JSON.stringify(counts)} (+ LA2: 100 practitioners, 1,600 families)`,
  );

  server = await startServer({
    env: {
      DATABASE_URL: database.url,
      ATTUNE_DEMO: 'false',
      ATTUNE_LOG_LEVEL: 'warn',
      ATTUNE_JOB_WORKER: 'false',
    },
  });
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'attune' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const path = `/api/programmes/${programmeId}/capacity?pageSize=1000`;
  const check = await fetch(`${server.url}${path}`, { headers: { cookie } });
  const body = (await check.json()) as { items: Array<{ laCode: string }>; total: number };
  if (!check.ok || body.total !== 500 || body.items.some((r) => r.laCode !== 'LA1')) {
    throw new Error(`unexpected capacity answer: ${check.status} total=${body.total}`);
  }

  // Warm up (connection pool, plans, the cache), then measure.
  await measure(server.url, path, cookie, 2);
  const capacity = await measure(server.url, path, cookie, SECONDS);
  console.log(
    `GET capacity (LA1: 500 practitioners, 8,000 families; ${CONNECTIONS} connections, ${SECONDS} s): ${capacity}  [target p95 <= 100 ms]`,
  );
  // The floor under any signed-in request on this machine right now, for comparison.
  const me = await measure(server.url, '/api/auth/me', cookie, Math.min(SECONDS, 5));
  console.log(`GET /api/auth/me (session check only, same load):            ${me}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await server?.stop();
  await database.stop();
  rmSync(dbDir, { recursive: true, force: true });
}
