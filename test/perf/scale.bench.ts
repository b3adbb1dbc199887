/**
 * Import of the seed:scale package (150 LAs, 5,000 practitioners, about two
 * million ledger lines) into a fresh database, and its cost summary through
 * the API. Prints figures, asserts nothing. Targets: import <= 120 s and
 * <= 500 MB peak RSS; cost summary <= 5 s.
 *   node test/dist/perf/scale.bench.js [--las N --practitioners N --lines N] [--runs N]
 */
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { must, runCli } from '../support/cli.js';
import { HttpClient } from '../support/http.js';
import { startServer } from '../support/server.js';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const scratch = mkdtempSync(join(tmpdir(), 'attune-scale-bench-'));
chmodSync(scratch, 0o755);
const packageZip = join(scratch, 'scale.zip');
const sizeFlags = ['las', 'practitioners', 'lines'].flatMap((f) =>
  flag(f) ? [`--${f}`, flag(f)!] : [],
);
const runs = Number(flag('runs') ?? 3);
const env = { ATTUNE_DATA_DIR: join(scratch, 'db'), ATTUNE_DEMO: 'false' };

try {
  let started = performance.now();
  must(
    await runCli(['seed:scale', packageZip, '--generate-only', 'true', ...sizeFlags], {
      env: { ATTUNE_DATA_DIR: join(scratch, 'gen') },
    }),
    'seed:scale',
  );
  console.log(`Generated the package in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  started = performance.now();
  const imported = must(await runCli(['import', packageZip], { env }), 'import');
  const wall = (performance.now() - started) / 1000;
  const own = /Import took ([\d.]+) s; peak RSS ([\d.]+) MB/.exec(imported.stderr);
  const programmeId = imported.stdout.trim().split('\n').pop()!;
  const rows = /(\d+) rows/.exec(imported.stdout)?.[1];
  console.log(
    `Import: ${own?.[1] ?? '?'} s for the import itself, ${wall.toFixed(1)} s for the whole command ` +
      `(database start and migrations included); peak RSS of the importing process ${own?.[2] ?? '?'} MB` +
      `${rows ? `; ${rows} rows` : ''}  [targets <= 120 s, <= 500 MB]`,
  );

  const password = 'otter-lantern-pebble-42';
  must(
    await runCli(['user:create', '--email', 'bench@attune.test', '--role', 'admin'], {
      input: password,
      env,
    }),
    'user:create',
  );
  const server = await startServer({ dataDir: env.ATTUNE_DATA_DIR, env: { ATTUNE_DEMO: 'false' } });
  try {
    const http = new HttpClient(server.url);
    const login = await http.post('/api/auth/login', { email: 'bench@attune.test', password });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
    const times: number[] = [];
    let total = '';
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const response = await http.get(`/api/programmes/${programmeId}/cost-summary`);
      if (!response.ok)
        throw new Error(`cost summary: ${response.status} ${await response.text()}`);
      total = ((await response.json()) as { totals: { total: string } }).totals.total;
      times.push((performance.now() - t) / 1000);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `Cost summary: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s over ${runs} runs ` +
        `(${times.map((t) => t.toFixed(2)).join(', ')}); total £${total}  [target <= 5 s]`,
    );
  } finally {
    await server.stop();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
