/**
 * The measuring of endpoints.bench.ts: autocannon on one URL, exact
 * percentiles from each answer's time, and the CPU time the serving process
 * and its PostgreSQL backends spent meanwhile (from /proc), so that a figure
 * per request stands beside req/s, which a shared machine's other load moves.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { loadAverage } from '../support/load.js';

// A slow answer is a figure, not an error: autocannon's default of 10 s would drop it.
const TIMEOUT_S = 600;
// /proc/PID/stat counts in clock ticks: USER_HZ, 100 on Linux x86.
const TICK_MS = 10;

export interface Measured {
  /** Answered requests' times, sorted; the seconds they were measured over. */
  latencies: number[];
  wall: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  bad: number;
  load: string;
  byCount: boolean;
  statuses: string;
  /** CPU ms of the serving process and of its database backends while measured. */
  cpu: Cpu;
}

export interface Cpu {
  node: number;
  pg: number;
}

/** Who serves a URL: its process, and the application_name its database connections carry. */
export interface Server {
  pid: number;
  applicationName: string;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** User + system CPU ms of one process so far (0 once it is gone). */
function processCpuMs(pid: number): number {
  try {
    // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

export class Meter {
  constructor(
    private readonly admin: pg.Client,
    private readonly connections: number,
  ) {}

  /** CPU so far of the server, and of each backend of its pool (their pids, read each time). */
  private async cpu(server: Server): Promise<{ node: number; backends: Map<number, number> }> {
    const { rows } = await this.admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
      [server.applicationName],
    );
    return {
      node: processCpuMs(server.pid),
      backends: new Map(rows.map((r) => [r.pid, processCpuMs(r.pid)])),
    };
  }

  /**
   * `connections` connections on one URL for `seconds`. An endpoint too slow to
   * answer that many times in the window (autocannon drops what is still in flight
   * at the end) is measured by count instead: connections x 2 requests, req/s over their wall time.
   */
  async measure(url: string, cookie: string, seconds: number, server: Server): Promise<Measured> {
    const timed = await this.run(url, cookie, { duration: seconds }, server);
    if (timed.requests >= this.connections) return timed;
    return this.run(url, cookie, { amount: this.connections * 2 }, server);
  }

  private async run(
    url: string,
    cookie: string,
    until: { duration: number } | { amount: number },
    server: Server,
  ): Promise<Measured> {
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const loadBefore = loadAverage();
    const cpuBefore = await this.cpu(server);
    const started = performance.now();
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { url, headers: { cookie }, connections: this.connections, timeout: TIMEOUT_S, ...until },
        (error, done) =>
          error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
        // Only answers count: a refusal is fast and would flatter req/s and p95.
        if (statusCode === 200) latencies.push(responseTime);
      });
    });
    const wall = 'duration' in until ? until.duration : (performance.now() - started) / 1000;
    const cpuAfter = await this.cpu(server);
    // A backend that came meanwhile counts from 0; one that left cannot be read any more.
    let pgMs = 0;
    for (const [pid, ms] of cpuAfter.backends) pgMs += ms - (cpuBefore.backends.get(pid) ?? 0);
    latencies.sort((a, b) => a - b);
    return {
      ...figures(latencies, wall),
      bad:
        [...statuses].filter(([code]) => code !== 200).reduce((n, [, c]) => n + c, 0) +
        result.errors +
        result.timeouts,
      statuses:
        [...statuses].map(([code, n]) => `${code}: ${n}`).join(', ') +
        (result.errors ? `, errors: ${result.errors} (timeouts ${result.timeouts})` : ''),
      load: loadBefore,
      byCount: !('duration' in until),
      cpu: { node: cpuAfter.node - cpuBefore.node, pg: pgMs },
    };
  }
}

/** Throughput and percentiles of the answers (latencies sorted, ms) over `wall` seconds. */
function figures(latencies: number[], wall: number) {
  return {
    latencies,
    wall,
    rps: latencies.length / wall,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    requests: latencies.length,
  };
}

/** Rounds of one URL as one figure: req/s over their summed time, percentiles over every answer. */
export function combine(parts: Measured[]): Measured {
  const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const wall = parts.reduce((sum, p) => sum + p.wall, 0);
  return {
    ...figures(latencies, wall),
    bad: parts.reduce((sum, p) => sum + p.bad, 0),
    statuses: parts.map((p) => p.statuses).join(' | '),
    load: parts[0]!.load,
    byCount: parts.some((p) => p.byCount),
    cpu: {
      node: parts.reduce((sum, p) => sum + p.cpu.node, 0),
      pg: parts.reduce((sum, p) => sum + p.cpu.pg, 0),
    },
  };
}

/** CPU ms per answered request, the server's process + its backends: "0.42 + 0.10". */
export function cpuPerRequest(m: Measured): string {
  const per = (ms: number) => (m.requests > 0 ? ms / m.requests : Number.NaN).toFixed(2);
  return `${per(m.cpu.node)} + ${per(m.cpu.pg)}`;
}
