/**
 * The workbook export on the path a user takes, beside its anchor from the same run. Prints, never
 * asserts. Targets (issue 17): CLI <= 1.2 x the anchor's wall time and <= 150 MB peak RSS; an API
 * process running two export jobs grows by <= 200 MB.
 *
 *   npm run bench:workbook-path [-- --las N --practitioners N --lines N]   (default: seed:scale's size)
 *
 * 1. One embedded PostgreSQL for the whole run; `seed:scale` builds and imports its programme.
 * 2. `npm run attune -- workbook ID OUT.xlsx` under /usr/bin/time -v: wall time, CPU, peak RSS.
 * 3. The API on the same database: two workbook jobs posted at once, the API process's RSS sampled
 *    from /proc until both are done (growth = peak less the RSS just before).
 * 4. The anchor: test/perf/workbook-anchor.c against libxlsxwriter (constant_memory), compiled here
 *    when pkg-config finds it, writing the StaffTime rows (same columns, formulas and cached results,
 *    split at Excel's row limit) from a CSV that PostgreSQL writes with COPY from the same tables.
 *    Only the C process is timed (it parses the CSV and writes the xlsx); the COPY is not.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { loadAverage } from '../support/load.js';
import { HttpClient } from '../support/http.js';
import { repositoryRoot, cliMain } from '../support/paths.js';
import { startServer } from '../support/server.js';

const requireFromApi = createRequire(join(repositoryRoot, 'apps', 'api', 'package.json'));
const { Client } = requireFromApi('pg') as typeof import('pg');
const { startEmbeddedPostgres } = requireFromApi('./dist/platform/database/embedded.js') as {
  startEmbeddedPostgres(
    this: void,
    o: {
      directory: string;
      persistent: boolean;
    },
  ): Promise<{ url: string; stop(): Promise<void> }>;
};

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function must(result: { code: number | null; stdout: string; stderr: string }, what: string) {
  if (result.code !== 0)
    throw new Error(`${what} failed (${result.code}):\n${result.stderr}\n${result.stdout}`);
  return result;
}

interface Timed {
  wall: number;
  cpu: number;
  rssMb: number;
  stdout: string;
}

/** Runs a command under GNU time -v: its own wall time, user+sys CPU and peak RSS. */
function timed(command: string, args: string[], env: Record<string, string>): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', command, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${command} failed (${code}):\n${stderr}`));
      const field = (re: RegExp) => re.exec(stderr)?.[1] ?? '0';
      const [h, m, s] = field(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/)
        .split(':')
        .map(Number)
        .reverse()
        .concat([0, 0]) as [number, number, number];
      resolve({
        wall: h + m * 60 + s * 3600,
        cpu:
          Number(field(/User time \(seconds\): ([\d.]+)/)) +
          Number(field(/System time \(seconds\): ([\d.]+)/)),
        rssMb: Number(field(/Maximum resident set size \(kbytes\): (\d+)/)) / 1024,
        stdout,
      });
    });
  });
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
}

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in clock ticks
}

/**
 * The StaffTime rows in SQL, as the domain's ledgerLinesOf* make them (one line per non-zero
 * minutes; LA the entry's or the person's, `programme` for provider staff), with the rate of the
 * unit cost covering the day (not uprated to price year: the anchor needs a cached number of the
 * same kind, not the engine's exact figure). Rows in source order, as the export writes them.
 */
const ANCHOR_LINES = `
WITH st AS (SELECT s.id, s.code, s.cost_role, coalesce(la.code, 'programme') AS la
            FROM staff s LEFT JOIN local_authorities la ON la.id = s.la_id WHERE s.programme_id = $1),
fam AS (SELECT id, reference FROM families WHERE programme_id = $1),
lines AS (
  SELECT 1 AS src, fs.id::text AS k, n AS part, fs.date, fs.practitioner_id AS who, NULL::text AS la_code,
         x.activity, 'family_session' AS source, f.reference AS family, x.minutes
  FROM family_sessions fs LEFT JOIN fam f ON f.id = fs.family_id,
       LATERAL (VALUES (1, 'direct_delivery', fs.contact_minutes), (2, 'travel', fs.travel_minutes),
                       (3, 'preparation', fs.prep_minutes)) AS x(n, activity, minutes)
  WHERE fs.programme_id = $1
  UNION ALL
  SELECT 2, ss.code, 0, ss.date, ss.supervisor_id, NULL, 'supervision_provided', 'supervision_session',
         NULL, ss.duration_minutes + ss.prep_minutes
  FROM supervision_sessions ss WHERE ss.programme_id = $1
  UNION ALL
  SELECT 2, ss.code, 1, ss.date, a.practitioner_id, NULL, 'supervision_received', 'supervision_session',
         f.reference, ss.duration_minutes
  FROM supervision_attendees a JOIN supervision_sessions ss ON ss.id = a.session_id
       LEFT JOIN fam f ON f.id = a.family_id WHERE a.programme_id = $1
  UNION ALL
  SELECT 3, e.code, 0, e.date, t.staff_id, NULL, 'training_delivered', 'training_event', NULL, e.duration_minutes
  FROM training_trainers t JOIN training_events e ON e.id = t.event_id WHERE t.programme_id = $1
  UNION ALL
  SELECT 3, e.code, 1, e.date, a.staff_id, NULL, 'training_received', 'training_event', NULL, a.minutes_attended
  FROM training_attendees a JOIN training_events e ON e.id = a.event_id WHERE a.programme_id = $1
  UNION ALL
  SELECT 4, lpad(te.id::text, 20, '0'), 0, te.date, te.staff_id, la.code, te.activity::text, 'time_entry',
         f.reference, te.minutes
  FROM time_entries te LEFT JOIN local_authorities la ON la.id = te.la_id LEFT JOIN fam f ON f.id = te.family_id
  WHERE te.programme_id = $1)
SELECT l.date::text, coalesce(l.la_code, st.la), st.code, st.cost_role, l.activity, l.source,
       coalesce(l.family, ''), l.minutes,
       coalesce((SELECT uc.hourly_cost_pence / 100.0 FROM unit_costs uc
                 WHERE uc.programme_id = $1 AND uc.cost_role = st.cost_role
                   AND (uc.effective_from IS NULL OR uc.effective_from <= l.date)
                   AND (uc.effective_to IS NULL OR uc.effective_to >= l.date) LIMIT 1), 0),
       CASE WHEN l.activity IN ('training_received', 'training_delivered') THEN 'setup' ELSE 'recurring' END
FROM lines l JOIN st ON st.id = l.who
WHERE l.minutes > 0
ORDER BY l.src, l.k, l.part`;

/** Compiles the anchor, or says how to get libxlsxwriter. */
function compileAnchor(dir: string): string | null {
  try {
    const flags = execFileSync('pkg-config', ['--cflags', '--libs', 'xlsxwriter'], {
      encoding: 'utf8',
    });
    const binary = join(dir, 'workbook-anchor');
    const source = join(repositoryRoot, 'test', 'perf', 'workbook-anchor.c');
    execFileSync('cc', ['-O2', '-o', binary, source, ...flags.trim().split(/\s+/)]);
    return binary;
  } catch {
    console.log(
      'libxlsxwriter not found (pkg-config xlsxwriter): the anchor is skipped. ' +
        'Install it with `apt-get install libxlsxwriter-dev` (Debian, Ubuntu) and a C compiler.',
    );
    return null;
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'attune-workbook-path-'));
chmodSync(scratch, 0o755);
const sizeFlags = ['las', 'practitioners', 'lines'].flatMap((f) =>
  flag(f) ? [`--${f}`, flag(f)!] : [],
);
if (!existsSync('/usr/bin/time')) {
  console.log('This benchmark needs GNU time at /usr/bin/time (Debian: apt-get install time).');
  process.exit(1);
}
const db = await startEmbeddedPostgres({ directory: join(scratch, 'db'), persistent: false });
const env = { DATABASE_URL: db.url, ATTUNE_DEMO: 'false' };
const table: Array<[string, number, number, number | null]> = [];
try {
  console.log(`Load average before: ${loadAverage()}`);
  let started = performance.now();
  const seeded = must(
    await runCli(['seed:scale', join(scratch, 'scale.zip'), ...sizeFlags], { env }),
    'seed:scale',
  );
  const programmeId = seeded.stdout.trim().split('\n').pop()!;
  console.log(
    `seed:scale built and imported programme ${programmeId} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // The CLI, as a user runs it.
  const out = join(scratch, 'cli.xlsx');
  const cli = await timed(process.execPath, [cliMain, 'workbook', programmeId, out], env);
  const lines = Number(/\((\d+) ledger lines/.exec(cli.stdout)?.[1] ?? 0);
  console.log(
    `CLI: ${cli.stdout.trim()}; file ${(statSync(out).size / 1e6).toFixed(1)} MB, CPU ${cli.cpu.toFixed(1)} s`,
  );

  // The anchor, from a COPY of the same rows.
  const anchorBinary = compileAnchor(scratch);
  let anchor: Timed | null = null;
  if (anchorBinary) {
    const csvDir = join(scratch, 'copy');
    mkdirSync(csvDir, { mode: 0o777 });
    chmodSync(csvDir, 0o777); // PostgreSQL runs as its own user and writes the file
    const csv = join(csvDir, 'lines.csv');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const sql = ANCHOR_LINES.replaceAll('$1', `'${programmeId}'::uuid`);
      await client.query(`COPY (${sql}) TO '${csv}' WITH (FORMAT csv)`);
    } finally {
      await client.end();
    }
    anchor = await timed(anchorBinary, [csv, join(scratch, 'anchor.xlsx')], {});
    console.log(
      `Anchor: ${anchor.stdout.trim()} (the CLI wrote ${lines}); file ${(statSync(join(scratch, 'anchor.xlsx')).size / 1e6).toFixed(1)} MB, CPU ${anchor.cpu.toFixed(1)} s`,
    );
  }

  // Two jobs at once through the API.
  const password = 'otter-lantern-pebble-42';
  must(
    await runCli(['user:create', '--email', 'bench@attune.test', '--role', 'admin'], {
      input: password,
      env,
    }),
    'user:create',
  );
  const server = await startServer({ env });
  let apiGrowth = 0;
  let apiWall = 0;
  let apiCpu = 0;
  try {
    const http = new HttpClient(server.url);
    const login = await http.post('/api/auth/login', { email: 'bench@attune.test', password });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
    const pid = server.process.pid!;
    const before = rssMb(pid);
    const cpuBefore = cpuSeconds(pid);
    let peak = before;
    started = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await http.post(`/api/programmes/${programmeId}/workbook-jobs`);
      if (response.status !== 202)
        throw new Error(`workbook job: ${response.status} ${await response.text()}`);
      ids.push(((await response.json()) as { jobId: string }).jobId);
    }
    const done = new Set<string>();
    while (done.size < ids.length) {
      await new Promise((r) => setTimeout(r, 200));
      peak = Math.max(peak, rssMb(pid));
      for (const id of ids) {
        if (done.has(id)) continue;
        const job = (await (await http.get(`/api/jobs/${id}`)).json()) as {
          status: string;
          error: string | null;
        };
        if (job.status === 'failed') throw new Error(`job ${id} failed: ${job.error}`);
        if (job.status === 'succeeded') done.add(id);
      }
    }
    apiWall = (performance.now() - started) / 1000;
    apiCpu = cpuSeconds(pid) - cpuBefore;
    apiGrowth = peak - before;
    console.log(
      `API: two jobs in ${apiWall.toFixed(1)} s, CPU ${apiCpu.toFixed(1)} s; RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB`,
    );
  } finally {
    await server.stop();
  }

  table.push([
    'CLI workbook (wall s / peak RSS MB)',
    cli.wall,
    cli.rssMb,
    anchor ? anchor.wall : null,
  ]);
  table.push(['CLI workbook CPU user+sys s', cli.cpu, 0, anchor ? anchor.cpu : null]);
  table.push([
    'API, two jobs (wall s / RSS growth MB)',
    apiWall,
    apiGrowth,
    anchor ? anchor.wall * 2 : null,
  ]);
  console.log(`\n${lines} ledger lines; load average after: ${loadAverage()}`);
  console.log(
    'what                                       wall s  peak RSS MB  anchor s  ratio   [targets]',
  );
  for (const [what, wall, rss, anchorWall] of table) {
    const ratio = anchorWall ? (wall / anchorWall).toFixed(2) : 'n/a';
    console.log(
      `${what.padEnd(42)} ${wall.toFixed(1).padStart(6)}  ${rss.toFixed(0).padStart(11)}  ${anchorWall === null ? '     n/a' : anchorWall.toFixed(1).padStart(8)}  ${ratio.padStart(5)}`,
    );
  }
  if (anchor)
    console.log(
      `anchor (libxlsxwriter, constant_memory)     ${anchor.wall.toFixed(1).padStart(6)}  ${anchor.rssMb.toFixed(0).padStart(11)}`,
    );
  console.log('[targets: CLI ratio <= 1.2 and <= 150 MB; API growth <= 200 MB]');
} finally {
  await db.stop();
  rmSync(scratch, { recursive: true, force: true });
}
