/**
 * The package import near COPY. Writes the seed:scale package (150 LAs,
 * 5,000 practitioners, about two million ledger lines; smaller by flags),
 * times the real CLI import of its zip into a fresh embedded PostgreSQL
 * (wall time of that process and its peak RSS), and beside it, in the same
 * run and on the same server, the anchor: a plain COPY of the same rows
 * (read back from the import with COPY TO) into a second database that has
 * Attune's migrations (the same tables, indexes, keys and triggers), in one
 * transaction. Prints the figures, asserts nothing. Targets: at most 1.3 x
 * the anchor, at most 400 MB peak RSS.
 *   npm run bench:import   (or node test/dist/perf/import.bench.js [--las N --practitioners N --lines N])
 */
import {
  createReadStream,
  createWriteStream,
  chmodSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { runCli, type CliResult } from '../support/cli.js';
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

function must(result: CliResult, what: string): CliResult {
  if (result.code !== 0)
    throw new Error(`${what} failed (${result.code}):\n${result.stderr}\n${result.stdout}`);
  return result;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
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

const scratch = mkdtempSync(join(tmpdir(), 'attune-import-bench-'));
chmodSync(scratch, 0o755);
const packageZip = join(scratch, 'scale.zip');
const sizeFlags = ['las', 'practitioners', 'lines'].flatMap((f) =>
  flag(f) ? [`--${f}`, flag(f)!] : [],
);
const dataDir = join(scratch, 'db');

try {
  let started = performance.now();
  must(
    await runCli(['seed:scale', packageZip, '--generate-only', 'true', ...sizeFlags], {
      env: { ATTUNE_DATA_DIR: join(scratch, 'gen') },
    }),
    'seed:scale',
  );
  console.log(`Generated the package in ${seconds(started).toFixed(1)} s: ${packageZip}`);

  // A server owns the fresh cluster, so the CLI's time is the import's, not PostgreSQL's start.
  const server = await startServer({ dataDir, env: { ATTUNE_DEMO: 'false' } });
  const admin = new pg.Client({ connectionString: databaseUrl(dataDir) });
  await admin.connect();
  try {
    await admin.query('CREATE DATABASE attune_anchor');
    const anchorUrl = databaseUrl(dataDir, 'attune_anchor');
    must(await runCli(['migrate'], { env: { DATABASE_URL: anchorUrl } }), 'migrate (anchor)');

    await admin.query('CHECKPOINT');
    console.log(`\nLoad average before the import: ${load()}`);
    started = performance.now();
    const imported = must(
      await runCli(['import', packageZip], { env: { ATTUNE_DATA_DIR: dataDir } }),
      'import',
    );
    const importWall = seconds(started);
    const own = /Import took ([\d.]+) s; peak RSS ([\d.]+) MB/.exec(imported.stderr);
    const programmeId = imported.stdout.trim().split('\n').pop()!;

    // The same rows, read back as COPY's text (untimed), for the anchor to load.
    let rows = 0;
    const columns = new Map<string, string[]>();
    for (const [table] of TABLES) {
      const names = await copyColumns(admin, table);
      columns.set(table, names);
      const key = table === 'programmes' ? 'id' : 'programme_id';
      const out = admin.query(
        copyTo(
          `COPY (SELECT ${quoted(names)} FROM "${table}" WHERE "${key}" = '${programmeId}') TO STDOUT`,
        ),
      );
      await pipeline(out, createWriteStream(join(scratch, `${table}.copy`)));
      rows += out.rowCount;
    }

    const anchorByFile = new Map<string, number>();
    const anchor = new pg.Client({ connectionString: anchorUrl });
    await anchor.connect();
    try {
      await admin.query('CHECKPOINT');
      console.log(`Load average before the anchor: ${load()}`);
      started = performance.now();
      await anchor.query('BEGIN');
      for (const [table, file] of TABLES) {
        const sql = `COPY "${table}" (${quoted(columns.get(table)!)}) FROM STDIN`;
        const t = performance.now();
        await pipeline(
          createReadStream(join(scratch, `${table}.copy`)),
          anchor.query(copyFrom(sql)),
        );
        anchorByFile.set(file, (anchorByFile.get(file) ?? 0) + seconds(t));
      }
      await anchor.query('COMMIT');
    } finally {
      await anchor.end();
    }
    const anchorWall = seconds(started);

    // Per file, the import's own timings (the CLI prints them) beside the anchor's COPY of its tables.
    console.log(
      `\n${'file'.padEnd(28)}${'rows'.padStart(10)}${'import s'.padStart(10)}${'anchor s'.padStart(10)}`,
    );
    for (const [file, anchorSeconds] of anchorByFile) {
      const timing = new RegExp(`${file.replace('.', '\\.')}\\s+(\\d+) rows\\s+([\\d.]+) s`).exec(
        imported.stderr,
      );
      console.log(
        file.padEnd(28) +
          (timing?.[1] ?? '?').padStart(10) +
          (timing?.[2] ?? '?').padStart(10) +
          anchorSeconds.toFixed(1).padStart(10),
      );
    }
    const rss = own?.[2] ?? '?';
    console.log(`\n${rows} rows in ${TABLES.length} tables; load average after: ${load()}`);
    console.log(
      ['what', 'wall s', 'peak RSS MB', 'anchor s', 'ratio']
        .map((h, i) => (i ? h.padStart(12) : h.padEnd(44)))
        .join(''),
    );
    const line = (what: string, wall: number, peak: string) =>
      console.log(
        what.padEnd(44) +
          [wall.toFixed(1), peak, anchorWall.toFixed(1), (wall / anchorWall).toFixed(2)]
            .map((c) => c.padStart(12))
            .join(''),
      );
    line('attune import (the CLI process)', importWall, rss);
    if (own) line('  of which the import itself', Number(own[1]), rss);
    line('anchor: plain COPY of the same rows', anchorWall, '-');
    console.log('targets: ratio <= 1.3, peak RSS <= 400 MB');
  } finally {
    await admin.end();
    await server.stop();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
