import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../support/server.js';
import { queryOnce, USER, type PgServer } from './postgres.js';

export const PGBOUNCER = process.env['PGBOUNCER_PATH'] ?? '/usr/sbin/pgbouncer';

/**
 * The PgBouncer settings docs/deployment.md describes: transaction pooling,
 * and a server pool smaller than the clients' pools together, so that clients
 * really do take turns on server connections (session state left on one
 * would be seen, or missed, by another client).
 */
export const POOL_SETTINGS = {
  pool_mode: 'transaction',
  default_pool_size: '6',
  max_client_conn: '200',
  // What node-postgres may send at startup, which PgBouncer would otherwise refuse.
  ignore_startup_parameters: 'extra_float_digits,options',
} as const;

/** PgBouncer in front of one PostgreSQL database. */
export class PgBouncer {
  private constructor(
    private readonly process: ChildProcess,
    readonly port: number,
    private readonly logFile: string,
  ) {}

  static async start(server: PgServer, dir: string, database = 'attune'): Promise<PgBouncer> {
    if (!existsSync(PGBOUNCER)) {
      throw new Error(
        `No PgBouncer at ${PGBOUNCER}. .ci/run installs Debian's pgbouncer; locally: apt-get install pgbouncer`,
      );
    }
    const port = await freePort();
    const logFile = join(dir, 'pgbouncer.log');
    writeFileSync(join(dir, 'userlist.txt'), `"${USER}" ""\n`);
    const settings: Record<string, string> = {
      listen_addr: '127.0.0.1',
      listen_port: String(port),
      unix_socket_dir: '',
      auth_type: 'trust',
      auth_file: join(dir, 'userlist.txt'),
      admin_users: USER,
      ...POOL_SETTINGS,
    };
    writeFileSync(
      join(dir, 'pgbouncer.ini'),
      `[databases]\n${database} = host=127.0.0.1 port=${server.port} dbname=${database}\n\n[pgbouncer]\n` +
        Object.entries(settings)
          .map(([k, v]) => `${k} = ${v}`)
          .join('\n') +
        '\n',
    );
    // PgBouncer will not run as root either.
    const who =
      process.getuid?.() === 0
        ? {
            uid: Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim()),
            gid: Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim()),
          }
        : {};
    const log = openSync(logFile, 'a');
    const child = spawn(PGBOUNCER, [join(dir, 'pgbouncer.ini')], {
      stdio: ['ignore', log, log],
      ...who,
    });
    const bouncer = new PgBouncer(child, port, logFile);
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await bouncer.query('SELECT 1', [], database);
        return bouncer;
      } catch (error) {
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`PgBouncer did not start: ${String(error)}\n${bouncer.log()}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  url(database = 'attune'): string {
    return `postgres://${USER}@127.0.0.1:${this.port}/${database}`;
  }

  log(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').slice(-4000) : '';
  }

  /** A query through PgBouncer, or to its admin console (database `pgbouncer`, simple protocol). */
  async query<R = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
    database = 'attune',
  ): Promise<R[]> {
    return queryOnce<R>(this.url(database), sql, params);
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill('SIGINT');
    await exited;
  }
}
