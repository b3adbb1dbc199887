/**
 * Time from `npm start` on an installed, built checkout to a healthy API:
 * first start (cluster initialisation, migrations, demo data) and a restart.
 * Prints figures; the target is at most 10 s for the first start.
 *   node test/dist/perf/startup.bench.js [--runs N]
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { freePort, temporaryDataDir } from '../support/server.js';
import { repositoryRoot } from '../support/paths.js';

async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ATTUNE_DATA_DIR: dataDir,
      DATABASE_URL: '',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok)
          return (performance.now() - started) / 1000;
      } catch {
        // not up yet
      }
      if (performance.now() - started > 120_000) throw new Error('no healthy API after 120 s');
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => child.on('exit', r));
  }
}

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const first: number[] = [];
const restart: number[] = [];
for (let i = 0; i < runs; i++) {
  const dataDir = temporaryDataDir();
  try {
    first.push(await timeStart(dataDir));
    restart.push(await timeStart(dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
const fmt = (xs: number[]) =>
  `median ${xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(2)} s (runs: ${xs.map((x) => x.toFixed(2)).join(', ')})`;
console.log(
  `npm start → healthy /api/health, first start (new cluster, demo data): ${fmt(first)}  [target <= 10 s]`,
);
console.log(`npm start → healthy /api/health, restart on existing data:           ${fmt(restart)}`);
