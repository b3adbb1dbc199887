/**
 * The package import near COPY. Writes the seed:scale package (150 LAs,
 * 5,000 practitioners, about two million ledger lines; smaller by flags),
 * times the real CLI import of its zip into a fresh embedded PostgreSQL
 * (wall time of that process and its peak RSS), and beside it, in the same
 * run and on the same server, the anchor: a plain COPY of the same rows
 * (read back from the import with COPY TO) into a second database that has
 * Attune's migrations (the same tables, indexes, keys and triggers), in one
 * transaction. Fair and repeated: each run of either goes into its own fresh
 * database made from one migrated template, after a CHECKPOINT; the two
 * alternate (import first, then anchor first, ...) so that neither always
 * meets the machine's quieter or busier moment; each reports wall time and
 * CPU (user + sys) of its client process and of PostgreSQL beside the load.
 * Prints each run, then the median and spread, and the paired ratios of wall
 * time and of CPU (the steadier under load); asserts nothing. Targets: at
 * most 1.3 x the anchor (median of the paired ratios), at most 400 MB peak RSS.
 *   npm run bench:import   (or node test/dist/perf/import.bench.js [--las N --practitioners N --lines N] [--runs N])
 */
import {
  createReadStream,
  createWriteStream,
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { loadAverage } from '../support/load.js';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { must, runCli } from '../support/cli.js';
import { startServer } from '../support/server.js';

/** The tables an import fills, parents first (the order it writes them), and the file of each. */
const TABLES: ReadonlyArray<[table: string, file: string]> = [
  ['programmes', 'programme.csv'],
  ['rule_sets', 'rule_sets.csv'],
  ['price_indices', 'price_index.csv'],
  ['unit_costs', 'unit_costs.csv'],
  ['local_authorities', 'local_authorities.csv'],
  ['staff', 'staff.csv'],
  ['practitioners', 'practitioners.csv'],
  ['families', 'families.csv'],
  ['family_status_changes', 'family_status_history.csv'],
  ['ineligible_referrals', 'ineligible_referrals.csv'],
  ['family_sessions', 'family_sessions.csv'],
  ['supervision_sessions', 'supervision_sessions.csv'],
  ['supervision_attendees', 'supervision_attendees.csv'],
  ['training_events', 'training_events.csv'],
  ['training_trainers', 'training_events.csv'],
  ['training_attendees', 'training_attendees.csv'],
  ['milestones', 'milestones.csv'],
  ['time_entries', 'time_entries.csv'],
  ['resources', 'resources.csv'],
];

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const seconds = (from: number) => (performance.now() - from) / 1000;

/** The URL of the database the running server owns, with another database name. */
function databaseUrl(dataDir: string, database?: string): string {
  const { url } = JSON.parse(readFileSync(join(dataDir, 'owner.json'), 'utf8')) as { url: string };
  if (!database) return url;
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Columns a COPY can write (not identity or generated ones), in table order. */
async function copyColumns(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_identity = 'NO' AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.name);
}

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(', ');

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICK = 100;

/** utime, stime, cutime, cstime of a process, in seconds; null once it is gone. */
function cpuOf(pid: number): { self: number; children: number; ppid: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(f[1]),
      self: (Number(f[11]) + Number(f[12])) / TICK,
      children: (Number(f[13]) + Number(f[14])) / TICK,
    };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL's CPU so far: the postmaster's own, its reaped backends' (its children's
 * times), and its live children's. A delta of this is what the server spent meanwhile.
 */
function postgresCpu(postmaster: number): number {
  const root = cpuOf(postmaster);
  if (!root) return NaN;
  let total = root.self + root.children;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = cpuOf(Number(entry));
    if (child?.ppid === postmaster) total += child.self;
  }
  return total;
}

interface Run {
  wall: number;
  clientCpu: number;
  pgCpu: number;
  load: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const spread = (xs: number[], digits = 1) =>
  `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

const RUNS = Math.max(1, Number(flag('runs') ?? 3));
const scratch = mkdtempSync(join(tmpdir(), 'attune-import-bench-'));
chmodSync(scratch, 0o755);
const packageZip = join(scratch, 'scale.zip');
const sizeFlags = ['las', 'practitioners', 'lines'].flatMap((f) =>
  flag(f) ? [`--${f}`, flag(f)!] : [],
);
const dataDir = join(scratch, 'db');

try {
  const started = performance.now();
  must(
    await runCli(['seed:scale', packageZip, '--generate-only', 'true', ...sizeFlags], {
      env: { ATTUNE_DATA_DIR: join(scratch, 'gen') },
    }),
    'seed:scale',
  );
  console.log(`Generated the package in ${seconds(started).toFixed(1)} s: ${packageZip}`);

  // One server owns the cluster, so neither side's time includes PostgreSQL's start.
  const server = await startServer({ dataDir, env: { ATTUNE_DEMO: 'false' } });
  const admin = new pg.Client({ connectionString: databaseUrl(dataDir) });
  await admin.connect();
  const postmaster = Number(
    readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  try {
    await admin.query('CREATE DATABASE attune_template');
    must(
      await runCli(['migrate'], { env: { DATABASE_URL: databaseUrl(dataDir, 'attune_template') } }),
      'migrate (template)',
    );
    /** A fresh database with Attune's migrations, for one run of either side. */
    const fresh = async (name: string) => {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE attune_template`);
      await admin.query('CHECKPOINT');
      return databaseUrl(dataDir, name);
    };

    const columns = new Map<string, string[]>();
    let rows = 0;
    let ownRss = '?';
    const ownSeconds: number[] = [];
    let perFile = '';
    const imports: Run[] = [];
    const anchors: Run[] = [];
    const anchorByFile = new Map<string, number>();

    const runImport = async (n: number) => {
      const url = await fresh(`attune_import_${n}`);
      const load = loadavg()[0]!.toFixed(2);
      const pg0 = postgresCpu(postmaster);
      const t = performance.now();
      const imported = must(
        await runCli(['import', packageZip], { env: { DATABASE_URL: url } }),
        'import',
      );
      const wall = seconds(t);
      const own = /Import took ([\d.]+) s; peak RSS ([\d.]+) MB, CPU ([\d.]+) s/.exec(
        imported.stderr,
      );
      imports.push({
        wall,
        clientCpu: Number(own?.[3] ?? NaN),
        pgCpu: postgresCpu(postmaster) - pg0,
        load,
      });
      if (own) {
        ownRss = String(Math.max(Number(own[2]), Number(ownRss) || 0));
        ownSeconds.push(Number(own[1]));
      }
      if (n === 1) {
        perFile = imported.stderr;
        // The same rows, read back as COPY's text (untimed), for the anchor to load.
        const programmeId = imported.stdout.trim().split('\n').pop()!;
        const source = new pg.Client({ connectionString: url });
        await source.connect();
        try {
          for (const [table] of TABLES) {
            const names = await copyColumns(source, table);
            columns.set(table, names);
            const key = table === 'programmes' ? 'id' : 'programme_id';
            const out = source.query(
              copyTo(
                `COPY (SELECT ${quoted(names)} FROM "${table}" WHERE "${key}" = '${programmeId}') TO STDOUT`,
              ),
            );
            await pipeline(out, createWriteStream(join(scratch, `${table}.copy`)));
            rows += out.rowCount;
          }
        } finally {
          await source.end();
        }
      }
      await admin.query(`DROP DATABASE attune_import_${n}`);
    };

    const runAnchor = async (n: number) => {
      const url = await fresh(`attune_anchor_${n}`);
      const anchor = new pg.Client({ connectionString: url });
      await anchor.connect();
      const load = loadavg()[0]!.toFixed(2);
      const pg0 = postgresCpu(postmaster);
      const cpu0 = process.cpuUsage();
      const t = performance.now();
      try {
        await anchor.query('BEGIN');
        for (const [table, file] of TABLES) {
          const sql = `COPY "${table}" (${quoted(columns.get(table)!)}) FROM STDIN`;
          const f = performance.now();
          await pipeline(
            createReadStream(join(scratch, `${table}.copy`)),
            anchor.query(copyFrom(sql)),
          );
          if (n === 1) anchorByFile.set(file, (anchorByFile.get(file) ?? 0) + seconds(f));
        }
        await anchor.query('COMMIT');
      } finally {
        const wall = seconds(t);
        const cpu = process.cpuUsage(cpu0);
        anchors.push({
          wall,
          clientCpu: (cpu.user + cpu.system) / 1e6,
          pgCpu: postgresCpu(postmaster) - pg0,
          load,
        });
        await anchor.end();
      }
      await admin.query(`DROP DATABASE attune_anchor_${n}`);
    };

    // The anchor needs the first import's rows; after that the order alternates.
    for (let n = 1; n <= RUNS; n++) {
      if (n === 1 || n % 2 === 1) {
        await runImport(n);
        await runAnchor(n);
      } else {
        await runAnchor(n);
        await runImport(n);
      }
      const i = imports.at(-1)!;
      const a = anchors.at(-1)!;
      console.log(
        `run ${n}: import ${i.wall.toFixed(1)} s (CPU CLI ${i.clientCpu.toFixed(1)} s + PostgreSQL ${i.pgCpu.toFixed(1)} s, load ${i.load}); ` +
          `anchor ${a.wall.toFixed(1)} s (CPU client ${a.clientCpu.toFixed(1)} s + PostgreSQL ${a.pgCpu.toFixed(1)} s, load ${a.load}); ratio ${(i.wall / a.wall).toFixed(2)}`,
      );
    }

    // Per file, the first import's own timings (the CLI prints them) beside the first anchor's COPY.
    console.log(
      `\n${'file'.padEnd(28)}${'rows'.padStart(10)}${'import s'.padStart(10)}${'anchor s'.padStart(10)}`,
    );
    for (const [file, anchorSeconds] of anchorByFile) {
      const timing = new RegExp(`${file.replace('.', '\\.')}\\s+(\\d+) rows\\s+([\\d.]+) s`).exec(
        perFile,
      );
      console.log(
        file.padEnd(28) +
          (timing?.[1] ?? '?').padStart(10) +
          (timing?.[2] ?? '?').padStart(10) +
          anchorSeconds.toFixed(1).padStart(10),
      );
    }
    const ratios = imports.map((r, k) => r.wall / anchors[k]!.wall);
    console.log(
      `\n${rows} rows in ${TABLES.length} tables; ${RUNS} runs of each; load average after: ${loadAverage()}`,
    );
    console.log(
      ['what (median, spread)', 'wall s', 'CPU client s', 'CPU PG s', 'peak RSS MB']
        .map((h, i) => (i ? h.padStart(22) : h.padEnd(40)))
        .join(''),
    );
    const line = (what: string, runs: Run[], peak: string) =>
      console.log(
        what.padEnd(40) +
          [
            `${median(runs.map((r) => r.wall)).toFixed(1)} (${spread(runs.map((r) => r.wall))})`,
            `${median(runs.map((r) => r.clientCpu)).toFixed(1)} (${spread(runs.map((r) => r.clientCpu))})`,
            `${median(runs.map((r) => r.pgCpu)).toFixed(1)} (${spread(runs.map((r) => r.pgCpu))})`,
            peak,
          ]
            .map((c) => c.padStart(22))
            .join(''),
      );
    line('attune import (the CLI process)', imports, ownRss);
    if (ownSeconds.length)
      console.log(
        `${'  of which the import itself'.padEnd(40)}${`${median(ownSeconds).toFixed(1)} (${spread(ownSeconds)})`.padStart(22)}`,
      );
    line('anchor: plain COPY of the same rows', anchors, '-');
    console.log(
      `ratio import / anchor, paired by run: median ${median(ratios).toFixed(2)} (${spread(ratios, 2)})`,
    );
    // CPU, unlike wall time, hardly moves with the machine's load: the work done, beside the anchor's.
    const cpuRatios = imports.map(
      (r, k) => (r.clientCpu + r.pgCpu) / (anchors[k]!.clientCpu + anchors[k]!.pgCpu),
    );
    console.log(
      `CPU (client + PostgreSQL) import / anchor, paired by run: median ${median(cpuRatios).toFixed(2)} (${spread(cpuRatios, 2)})`,
    );
    console.log('targets: ratio <= 1.3, peak RSS <= 400 MB');
  } finally {
    await admin.end();
    await server.stop();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
