/**
 * The bulk import of staff time through the API, as a user posts it: a
 * 100,000-row file in CSV and in XLSX, dry run and import, to the built
 * server on its embedded PostgreSQL (the demo programme). Prints the wall
 * time and the API process's peak RSS (VmHWM, reset before each request)
 * beside the anchor of the same run: reading the same file alone (csv-parse,
 * exceljs's WorkbookReader) in a fresh process. Asserts nothing. Targets:
 * within 30 s and under 300 MB peak RSS.
 *   npm run bench:time-import   (or node test/dist/perf/time-import.bench.js [--rows N])
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { HttpClient } from '../support/http.js';
import { repositoryRoot } from '../support/paths.js';
import { startServer } from '../support/server.js';

const at = process.argv.indexOf('--rows');
const ROWS = at >= 0 ? Number(process.argv[at + 1]) : 100_000;
const ACTIVITIES = ['case_recording', 'meetings', 'admin', 'other']; // none a session already counts
const HEADER = ['staff_code', 'date', 'activity', 'minutes', 'la_code', 'family_reference'];

const mb = (kb: number) => (kb / 1024).toFixed(0);

function status(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? NaN);
}

/** Resets the process's peak RSS to its current RSS (Linux: clear_refs 5), so a peak is one request's. */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not permitted: the peak is then the process's since it started
  }
}

/** Rows spread over the staff and the open days of the window, deterministic. */
function* rows(staff: string[], days: string[], salt: number): Generator<string[]> {
  for (let i = 0; i < ROWS; i++) {
    yield [
      staff[i % staff.length]!,
      days[(i * 7 + salt) % days.length]!,
      ACTIVITIES[i % ACTIVITIES.length]!,
      String(5 + ((i + salt) % 115)),
      '',
      '',
    ];
  }
}

async function writeCsv(path: string, staff: string[], days: string[], salt: number) {
  const out = createWriteStream(path);
  out.write(`${HEADER.join(',')}\n`);
  for (const row of rows(staff, days, salt))
    if (!out.write(`${row.join(',')}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function writeXlsx(path: string, staff: string[], days: string[], salt: number) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Time entries');
  sheet.addRow(HEADER).commit();
  for (const row of rows(staff, days, salt))
    sheet.addRow([row[0], row[1], row[2], Number(row[3]), null, null]).commit();
  sheet.commit();
  await workbook.commit();
}

/** The anchor: the same file read alone in a fresh process; its wall time and peak RSS. */
function readAlone(path: string, format: 'csv' | 'xlsx'): { seconds: number; peakMb: string } {
  const script =
    format === 'csv'
      ? `import { parse } from 'csv-parse'; import { createReadStream } from 'node:fs';
         let n = 0; for await (const r of createReadStream(process.argv[1]).pipe(parse({ bom: true, relax_column_count: true }))) n += r.length;
         console.log(process.resourceUsage().maxRSS);`
      : `import ExcelJS from 'exceljs';
         const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
         let n = 0; for await (const sheet of reader) for await (const row of sheet) n += row.values.length;
         console.log(process.resourceUsage().maxRSS);`;
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, path], {
    cwd: join(repositoryRoot, 'apps', 'api'),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`reading ${path} alone failed: ${run.stderr}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: mb(Number(run.stdout.trim())) };
}

const scratch = mkdtempSync(join(tmpdir(), 'attune-time-import-bench-'));
chmodSync(scratch, 0o755);
try {
  // A fresh server for each format, so that one's peak is not the other's leftover heap.
  for (const [format, salt] of [
    ['csv', 0],
    ['xlsx', 3],
  ] as const)
    await runFormat(format, salt);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

async function runFormat(format: 'csv' | 'xlsx', salt: number): Promise<void> {
  const server = await startServer({ env: { ATTUNE_DEMO: 'true' } });
  try {
    const pid = server.process.pid!;
    const http = new HttpClient(server.url);
    const password = process.env.ATTUNE_DEMO_PASSWORD ?? 'attune-demo-2021';
    const login = await http.post('/api/auth/login', { email: 'admin@attune.test', password });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
    const programmes = (await (await http.get('/api/programmes')).json()) as {
      items: Array<{ id: string; startDate: string; deliveryEnd: string }>;
    };
    const programme = programmes.items[0]!;
    const base = `/api/programmes/${programme.id}`;
    const capacity = (await (await http.get(`${base}/capacity?pageSize=1000`)).json()) as {
      items: Array<{ code: string }>;
    };
    const staff = capacity.items.map((r) => r.code);
    const locks = (await (await http.get(`${base}/period-locks?pageSize=1000`)).json()) as {
      items: Array<{ month: string }>;
    };
    const locked = new Set(locks.items.map((l) => l.month));
    const days: string[] = [];
    for (let d = new Date(`${programme.startDate}T00:00:00Z`); ; d.setUTCDate(d.getUTCDate() + 1)) {
      const day = d.toISOString().slice(0, 10);
      if (day > programme.deliveryEnd) break;
      if (!locked.has(day.slice(0, 7))) days.push(day);
    }
    console.log(
      `${ROWS} rows over ${staff.length} practitioners and ${days.length} days; API idle RSS ${mb(status(pid, 'VmRSS'))} MB`,
    );

    const post = async (path: string, name: string, query: string) => {
      const form = new FormData();
      form.append('file', new Blob([readFileSync(path)]), name);
      resetPeak(pid);
      const started = performance.now();
      const response = await http.request('POST', `${base}/time-entries/import${query}`, form);
      const seconds = (performance.now() - started) / 1000;
      const body = (await response.json()) as { rows?: number; cost?: string; message?: string };
      if (!response.ok)
        throw new Error(
          `${name}${query}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`,
        );
      return { seconds, peakMb: mb(status(pid, 'VmHWM')), rows: body.rows, cost: body.cost };
    };

    const path = join(scratch, `time.${format}`);
    const started = performance.now();
    await (format === 'csv' ? writeCsv : writeXlsx)(path, staff, days, salt);
    const size = (readFileSync(path).length / 1e6).toFixed(1);
    console.log(
      `\n${format.toUpperCase()}: ${size} MB, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const anchor = readAlone(path, format);
    console.log(
      `  anchor, reading the file alone:  ${anchor.seconds.toFixed(1)} s, peak RSS ${anchor.peakMb} MB`,
    );
    const dry = await post(path, `time.${format}`, '?dryRun=true');
    console.log(
      `  dry run through the API:         ${dry.seconds.toFixed(1)} s, API peak RSS ${dry.peakMb} MB (${dry.rows} rows, £${dry.cost})`,
    );
    const real = await post(path, `time.${format}`, '');
    console.log(
      `  import through the API:          ${real.seconds.toFixed(1)} s, API peak RSS ${real.peakMb} MB (${real.rows} rows written)  [targets <= 30 s, < 300 MB]`,
    );
  } finally {
    await server.stop();
  }
}
