import type { ErrorBody, ErrorCode } from '@attune/contract';
import { lazyLogger } from '../nest/nest-parts';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';

/**
 * Whether the database can be reached, as this process last saw it. A query
 * that fails for want of a connection marks it down; from then on every API
 * request answers 503 `database_unavailable` at once, without waiting on a
 * pool that cannot connect, while a probe tries `SELECT 1` every
 * PROBE_MS and marks it up again when it answers. Nothing needs a restart.
 */
export const DATABASE_UNAVAILABLE = 'database_unavailable' satisfies ErrorCode;
const PROBE_MS = 500;

/** node-postgres and PostgreSQL's ways of saying there is no usable connection. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, in recovery)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|terminating connection|the database system is (starting up|shutting down|in recovery)|Client has encountered a connection error|timeout exceeded when trying to connect|Connection is not established/i;

/** True when an error (or what it wraps) says the database cannot be reached. */
export function isConnectionError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 4; depth++) {
    const candidate = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (typeof candidate.code === 'string' && CONNECTION_CODES.has(candidate.code)) return true;
    // TypeORM's answer to a ROLLBACK after the connection under a transaction was lost.
    if ((e as { name?: unknown }).name === 'QueryRunnerAlreadyReleasedError') return true;
    if (typeof candidate.message === 'string' && CONNECTION_MESSAGES.test(candidate.message))
      return true;
    if (Array.isArray((candidate as { errors?: unknown }).errors)) {
      if ((candidate as { errors: unknown[] }).errors.some((x) => isConnectionError(x)))
        return true;
    }
    e = candidate.driverError ?? candidate.cause;
  }
  return false;
}

export class DatabaseAvailability {
  private readonly logger = lazyLogger('Database');
  private down = false;
  private probe?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly dataSource: DataSource) {}

  get available(): boolean {
    return !this.down;
  }

  /** Records that a query could not reach the database, and starts probing for its return. */
  markDown(error: unknown): void {
    if (this.down || this.closed) return;
    this.down = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.error(`The database cannot be reached (${reason}): answering 503 until it is back`);
    this.schedule();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.probe);
  }

  private schedule(): void {
    this.probe = setTimeout(() => void this.check(), PROBE_MS);
    this.probe.unref();
  }

  private async check(): Promise<void> {
    if (this.closed) return;
    try {
      await this.dataSource.query('SELECT 1');
      this.down = false;
      this.logger.log('The database is back');
    } catch {
      this.schedule();
    }
  }
}

/** While the database is away, every /api request but the health check gets 503 at once. */
export function registerAvailabilityGate(
  fastify: FastifyInstance,
  availability: DatabaseAvailability,
): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (availability.available) return;
    const url = request.url;
    if (!url.startsWith('/api') || url.startsWith('/api/health') || url.startsWith('/api/docs'))
      return;
    return reply
      .status(503)
      .header('content-type', 'application/json')
      .header('retry-after', '1')
      .header('cache-control', 'no-store')
      .send(unavailableBody(String(request.id)));
  });
  fastify.addHook('onClose', (_instance, done) => {
    availability.close();
    done();
  });
}

export function unavailableBody(requestId: string): ErrorBody {
  return {
    statusCode: 503,
    error: 'Service Unavailable',
    code: DATABASE_UNAVAILABLE,
    message: 'The database is not available just now. Try again in a moment.',
    requestId,
  };
}
