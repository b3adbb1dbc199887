/**
 * The capacity, accreditation, cost-summary and ledger endpoints at national scale,
 * each beside a bare route on the same SQL, in the same run. Imports the
 * seed:scale package (150 LAs, 5,000 practitioners, about two million ledger
 * lines; smaller by flags) into embedded PostgreSQL with the CLI, starts the
 * built API on it, signs in as an admin through /api/auth/login, and for
 * each endpoint: captures the SQL one warm request runs (PostgreSQL's
 * log_statement = all, for that request only), then loads the endpoint and a
 * bare Fastify + pg route running those statements (bare-route.ts, its own
 * process, the API's pool size) with autocannon, the same settings for both,
 * taking turns.
 * Prints req/s and p50/p95/p99 with the load average, asserts nothing. A
 * third column weighs the answer's size apart: the bare route's statements
 * answered with the API's own body (bytes captured from the API, made once).
 * Targets: at least 60 % of the bare route's throughput; cost summary p95 < 2 s.
 *   npm run bench:endpoints   (or node test/dist/perf/endpoints.bench.js
 *     [--las N --practitioners N --lines N] [--seconds N] [--connections N] [--only capacity,accreditation,cost-summary,ledger]
 *     [--rounds N] [--cpu-prof DIR] [--save DIR])
 *   --rounds N: each side is loaded for SECONDS / N at a time, turn about (default 5), so that the
 *   rest of a shared machine's load weighs on both alike.
 *   --cpu-prof DIR: the API and the bare route run under node --cpu-prof and write their profiles
 *   into DIR when they stop (the bare route's is bare-route.cpuprofile; profile one endpoint at a
 *   time with --only; open a .cpuprofile in Chrome's DevTools).
 *   --save DIR: keeps each endpoint's answer from the API and from the bare route in DIR.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { must, runCli } from '../support/cli.js';
import { startServer } from '../support/server.js';
import { startEmbeddedPostgres } from './capacity-seed.js';
import { combine, cpuPerRequest, Meter, type Measured, type Server } from './endpoints-measure.js';
import type { BareBodies, BareRoutes, CapturedStatement } from './bare-route.js';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const SECONDS = Number(flag('seconds') ?? 20);
const CONNECTIONS = Number(flag('connections') ?? 20);
const CPU_PROF = flag('cpu-prof');
// --save DIR: each endpoint's answer from the API and from the bare route, byte for byte, kept in DIR.
const SAVE = flag('save');
// The API and the bare route take turns, SECONDS / ROUNDS at a time.
const ROUNDS = Number(flag('rounds') ?? 5);
const POOL_SIZE = 10; // the API's default ATTUNE_DB_POOL_SIZE, given to both
const EMAIL = 'bench.admin@attune.test';
const PASSWORD = 'otter-lantern-pebble-42';
/**
 * The statements PostgreSQL logged for the API's connections (application_name
 * attune) in `log`, grouped by backend, with the parameters of each execute.
 */
function parseStatements(log: string): Map<string, CapturedStatement[]> {
  const byBackend = new Map<string, CapturedStatement[]>();
  // Every message starts a line with the prefix set for the capture: @@pid app@@ LEVEL:  text
  const messages = log.split(/^(?=@@\d+ [^@\n]*@@ )/m);
  for (const message of messages) {
    const head = /^@@(\d+) ([^@\n]*)@@ (\w+):\s+([\s\S]*)$/.exec(message);
    if (!head || head[2] !== 'attune') continue;
    const [, pid, , level, rest] = head as unknown as [string, string, string, string, string];
    const statements = byBackend.get(pid) ?? [];
    byBackend.set(pid, statements);
    const body = rest.replace(/\n\t/g, '\n').trimEnd();
    const run = /^(?:statement|execute [^:]*):\s([\s\S]*)$/.exec(body);
    if (level === 'LOG' && run) {
      statements.push({ text: run[1]!, values: [] });
      continue;
    }
    const parameters = /^parameters:\s([\s\S]*)$/i.exec(body);
    if (level === 'DETAIL' && parameters && statements.length > 0) {
      const values: Array<string | null> = [];
      for (const m of parameters[1]!.matchAll(/\$(\d+) = (?:NULL|'((?:[^']|'')*)')/g)) {
        values[Number(m[1]) - 1] = m[2] === undefined ? null : m[2].replace(/''/g, "'");
      }
      statements.at(-1)!.values = values;
    }
  }
  for (const [pid, statements] of byBackend) if (statements.length === 0) byBackend.delete(pid);
  return byBackend;
}

const scratch = mkdtempSync(join(tmpdir(), 'attune-endpoints-bench-'));
chmodSync(scratch, 0o755);
const packageZip = join(scratch, 'scale.zip');
const sizeFlags = ['las', 'practitioners', 'lines'].flatMap((f) =>
  flag(f) ? [`--${f}`, flag(f)!] : [],
);
let pgLog = '';
const database = await startEmbeddedPostgres({
  directory: join(scratch, 'db'),
  persistent: false,
  log: (chunk) => (pgLog += chunk),
});
let server: Awaited<ReturnType<typeof startServer>> | undefined;
let bare: ChildProcess | undefined;
const admin = new pg.Client({ connectionString: database.url, application_name: 'bench' });
admin.on('error', () => undefined); // the database stopping at the end is not news

/** The SQL the API's connections ran while `request` was made, by backend. */
async function capture(request: () => Promise<void>): Promise<CapturedStatement[][]> {
  await admin.query(`ALTER SYSTEM SET log_line_prefix = '@@%p %a@@ '`);
  await admin.query(`ALTER SYSTEM SET log_statement = 'all'`);
  await admin.query('SELECT pg_reload_conf()');
  await sleep(500); // backends take the new settings at their next command
  const from = pgLog.length;
  await request();
  await sleep(500);
  const captured = pgLog.slice(from);
  await admin.query('ALTER SYSTEM RESET log_statement');
  await admin.query('ALTER SYSTEM RESET log_line_prefix');
  await admin.query('SELECT pg_reload_conf()');
  await sleep(500);
  pgLog = '';
  return [...parseStatements(captured).values()];
}

try {
  await admin.connect();
  let started = performance.now();
  must(
    await runCli(['seed:scale', packageZip, '--generate-only', 'true', ...sizeFlags], {
      env: { ATTUNE_DATA_DIR: join(scratch, 'gen') },
    }),
    'seed:scale',
  );
  console.log(`Generated the package in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  const env = { DATABASE_URL: database.url };
  const imported = must(await runCli(['import', packageZip], { env }), 'import');
  const programmeId = imported.stdout.trim().split('\n').pop()!;
  const counts = (
    await admin.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM local_authorities WHERE programme_id = $1)::int AS las,
              (SELECT count(*) FROM practitioners WHERE programme_id = $1)::int AS practitioners,
              (SELECT count(*) FROM families WHERE programme_id = $1)::int AS families,
              (SELECT count(*) FROM time_entries WHERE programme_id = $1)::int AS time_entries,
              (SELECT count(*) FROM family_sessions WHERE programme_id = $1)::int AS family_sessions`,
      [programmeId],
    )
  ).rows[0]!;
  console.log(
    `Imported in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`,
  );
  must(
    await runCli(['user:create', '--email', EMAIL, '--role', 'admin'], { input: PASSWORD, env }),
    'user:create',
  );
  await admin.query('VACUUM ANALYZE');

  server = await startServer({
    env: {
      ...env,
      ATTUNE_DEMO: 'false',
      ATTUNE_LOG_LEVEL: 'warn',
      ATTUNE_JOB_WORKER: 'false',
      ATTUNE_DB_POOL_SIZE: String(POOL_SIZE),
    },
    nodeArgs: CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : [],
  });
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'attune' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

  // Each as the portal asks for it: the first page of a list (the ledger's with its totals), the whole summary.
  const only = flag('only')?.split(',');
  const endpoints = (
    [
      ['capacity', `/api/programmes/${programmeId}/capacity`],
      ['accreditation', `/api/programmes/${programmeId}/accreditation`],
      ['cost-summary', `/api/programmes/${programmeId}/cost-summary`],
      // The ledger's first page (50 lines) with the whole programme's totals.
      ['ledger', `/api/programmes/${programmeId}/ledger`],
    ] as const
  ).filter(([name]) => !only || only.includes(name));
  const get = async (path: string) => {
    const response = await fetch(`${server!.url}${path}`, { headers: { cookie } });
    const text = await response.text();
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${text.slice(0, 300)}`);
    return text;
  };
  const routes: BareRoutes = {};
  const bodies: BareBodies = {};
  for (const [name, path] of endpoints) {
    await get(path); // cold: caches filled, plans made
    routes[name] = await capture(async () => void (bodies[name] = await get(path)));
    const bytes = Buffer.byteLength(bodies[name]!);
    const statements = routes[name].flat();
    console.log(
      `${name}: a warm request (${bytes} bytes of JSON) ran ${statements.length} statements on ${routes[name].length} connection(s):`,
    );
    for (const s of statements) console.log(`    ${s.text.replace(/\s+/g, ' ').slice(0, 150)}`);
  }

  const routesFile = join(scratch, 'bare-routes.json');
  writeFileSync(routesFile, JSON.stringify(routes));
  const bodiesFile = join(scratch, 'bare-bodies.json');
  writeFileSync(bodiesFile, JSON.stringify(bodies));
  const bareScript = join(import.meta.dirname, 'bare-route.js');
  const bareNodeArgs = CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`, '--cpu-prof-name=bare-route.cpuprofile']
    : [];
  bare = spawn(process.execPath, [...bareNodeArgs, bareScript, routesFile, bodiesFile], {
    env: { ...process.env, DATABASE_URL: database.url, POOL_SIZE: String(POOL_SIZE) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const barePort = await new Promise<string>((resolve, reject) => {
    let out = '';
    bare!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    bare!.once('exit', (code) => reject(new Error(`the bare route exited (${code})`)));
  });
  const bareUrl = `http://127.0.0.1:${barePort}`;
  // What each side sends: the bare route answers with its rows, which for a cached answer are only the
  // session's and the data version's, not the answer's figures ("bare + API body" sends those bytes).
  const sizes: Record<string, string> = {};
  if (SAVE) mkdirSync(SAVE, { recursive: true });
  for (const [name] of endpoints) {
    const bareBody = Buffer.from(await (await fetch(`${bareUrl}/${name}`)).arrayBuffer());
    sizes[name] = `${Buffer.byteLength(bodies[name]!)} | ${bareBody.length}`;
    if (!SAVE) continue;
    writeFileSync(join(SAVE, `${name}.api.json`), bodies[name]!);
    writeFileSync(join(SAVE, `${name}.bare.json`), bareBody);
  }

  const meter = new Meter(admin, CONNECTIONS);
  const apiServer: Server = { pid: server.process.pid!, applicationName: 'attune' };
  const bareServer: Server = { pid: bare.pid!, applicationName: 'bare-route' };
  const measure = (url: string, cookie: string, seconds: number) =>
    meter.measure(url, cookie, seconds, url.startsWith(bareUrl) ? bareServer : apiServer);
  const rows: string[][] = [];
  for (const [name, path] of endpoints) {
    await measure(`${server.url}${path}`, cookie, 2); // warm-up
    await measure(`${bareUrl}/${name}`, '', 2);
    await measure(`${bareUrl}/${name}/as-api`, '', 2);
    // Turn about, so that what else the machine is doing meanwhile weighs on all alike.
    const apiRounds: Measured[] = [];
    const bareRounds: Measured[] = [];
    const sizedRounds: Measured[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      apiRounds.push(await measure(`${server.url}${path}`, cookie, SECONDS / ROUNDS));
      bareRounds.push(await measure(`${bareUrl}/${name}`, '', SECONDS / ROUNDS));
      sizedRounds.push(await measure(`${bareUrl}/${name}/as-api`, '', SECONDS / ROUNDS));
    }
    const api = combine(apiRounds);
    const anchor = combine(bareRounds);
    const sized = combine(sizedRounds);
    const ratio = (100 * api.rps) / anchor.rps;
    const target =
      name === 'cost-summary'
        ? `>= 60 % ${ratio >= 60 ? 'met' : 'MISSED'}; p95 < 2000 ms ${api.p95 < 2000 ? 'met' : 'MISSED'}`
        : `>= 60 % ${ratio >= 60 ? 'met' : 'MISSED'}`;
    rows.push([
      name,
      api.rps.toFixed(1),
      api.p50.toFixed(0),
      api.p95.toFixed(0),
      api.p99.toFixed(0),
      String(api.bad),
      cpuPerRequest(api),
      anchor.rps.toFixed(1),
      anchor.p95.toFixed(0),
      cpuPerRequest(anchor),
      `${ratio.toFixed(0)} %`,
      sized.rps.toFixed(1),
      cpuPerRequest(sized),
      `${((100 * api.rps) / sized.rps).toFixed(0)} %`,
      sizes[name]!,
      `${api.load} | ${anchor.load}`,
      target,
    ]);
    const how = (m: Measured) => `${m.wall.toFixed(0)} s${m.byCount ? ', partly by count' : ''}`;
    console.log(
      `${name}: API ${api.requests} requests (${how(api)}), bare ${anchor.requests} (${how(anchor)}); ` +
        `statuses: API {${api.statuses}}, bare {${anchor.statuses}}`,
    );
  }
  const header = [
    'endpoint',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'bad',
    'CPU ms/req',
    'bare req/s',
    'bare p95 ms',
    'bare CPU',
    'ratio',
    'bare + API body req/s',
    'its CPU',
    'ratio to it',
    'bytes API | bare',
    'load 1/5/15 (API | bare)',
    'target',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(
    `\n${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} turns, on ${JSON.stringify(counts)}; ` +
      `pool ${POOL_SIZE} for both; admin, default page (50) for the lists; ` +
      `"bare + API body": the bare route's statements, answered with the API's own bytes; ` +
      `CPU ms/req: the serving process + its PostgreSQL backends, user + system, per answer; ` +
      `bytes: one answer's body from the API and from the bare route (its rows as JSON)\n`,
  );
  console.log(line(header));
  for (const r of rows) console.log(line(r));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  if (bare && bare.exitCode === null) {
    const exited = new Promise((resolve) => bare!.once('exit', resolve));
    bare.kill('SIGTERM');
    await exited;
  }
  await server?.stop();
  await admin.end().catch(() => undefined);
  await database.stop();
  rmSync(scratch, { recursive: true, force: true });
}
