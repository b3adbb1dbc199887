import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  CostDecimal,
  deriveLedger,
  formatPounds,
  parseRow,
  type CostSummary,
  type LedgerSourceData,
  type PackageFile,
} from '@attune/domain';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { demoAccountsFrom } from '../support/demo-accounts.js';
import { HttpClient } from '../support/http.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = promisify(execFile);

/**
 * Read by Debian's python3 (openpyxl), independent of exceljs: the workbook's
 * StaffTime rows and Summary, and the data package's CSV rows as text (the
 * domain parses them, so the ledger rules are not repeated here).
 */
const READ = String.raw`
import sys, csv, io, json, zipfile, openpyxl
xlsx, package, files = sys.argv[1], sys.argv[2], sys.argv[3].split(',')
wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
out = {'staffTimeRows': 0, 'total': None, 'csv': {}}
for ws in wb.worksheets:
    for i, row in enumerate(ws.iter_rows(values_only=True)):
        if ws.title.startswith('StaffTime') and i > 0 and any(v is not None for v in row):
            out['staffTimeRows'] += 1
        if ws.title == 'Summary' and row[0] == 'totals' and row[1] == 'total':
            out['total'] = row[4]
with zipfile.ZipFile(package) as z:
    for name in files:
        out['csv'][name] = list(csv.DictReader(io.StringIO(z.read(name).decode('utf-8'))))
print(json.dumps(out))
`;

const LEDGER_FILES = [
  'programme.csv',
  'staff.csv',
  'family_sessions.csv',
  'supervision_sessions.csv',
  'supervision_attendees.csv',
  'training_events.csv',
  'training_attendees.csv',
  'time_entries.csv',
] as const satisfies readonly PackageFile[];

interface Job {
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: number;
  downloadUrl: string | null;
  error: string | null;
}

/** The ledger's sources, parsed by the domain's own row rules. */
function ledgerSource(csv: Record<string, Array<Record<string, string>>>): LedgerSourceData {
  const records = <F extends PackageFile>(file: F) =>
    (csv[file] ?? []).map((row, i) => {
      const parsed = parseRow(file, row, { cyclesPerFamily: 50 });
      if (!parsed.record) throw new Error(`${file}:${i + 2} ${JSON.stringify(parsed.problems)}`);
      return parsed.record;
    });
  return {
    staff: records('staff.csv'),
    familySessions: records('family_sessions.csv'),
    supervisionSessions: records('supervision_sessions.csv'),
    supervisionAttendees: records('supervision_attendees.csv'),
    trainingEvents: records('training_events.csv'),
    trainingAttendees: records('training_attendees.csv'),
    timeEntries: records('time_entries.csv'),
  };
}

describe('workbook export, black box: economist starts a job, polls, downloads', () => {
  let server: RunningServer;
  let client: HttpClient;
  let scratch: string;
  let programmeId: string;

  beforeAll(async () => {
    server = await startServer();
    scratch = mkdtempSync(join(tmpdir(), 'attune-e2e-workbook-'));
    const { accounts, password } = demoAccountsFrom(server.output());
    const economist = accounts.find((a) => a.role === 'economist');
    assert.ok(economist, 'the server printed an economist demo account');
    client = new HttpClient(server.url);
    const login = await client.post('/api/auth/login', { email: economist.email, password });
    assert.equal(login.status, 200);
    const list = (await (await client.get('/api/programmes')).json()) as {
      items: Array<{ id: string }>;
    };
    programmeId = list.items[0]!.id;
  });

  afterAll(async () => {
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('exports the demo programme: one StaffTime row per ledger line, Summary = cost summary', async () => {
    const started = performance.now();
    const response = await client.post(`/api/programmes/${programmeId}/workbook-jobs`);
    assert.equal(response.status, 202);
    const { jobId } = (await response.json()) as { jobId: string };

    let job: Job;
    const statuses = new Set<string>();
    const deadline = Date.now() + 120_000;
    for (;;) {
      job = (await (await client.get(`/api/jobs/${jobId}`)).json()) as Job;
      statuses.add(job.status);
      if (job.status === 'succeeded' || job.status === 'failed') break;
      assert.ok(Date.now() < deadline, `the job is still ${job.status} after 2 minutes`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    assert.equal(job.status, 'succeeded', job.error ?? '');
    assert.equal(job.progress, 100);
    console.info(`demo workbook job: ${seconds.toFixed(1)} s from POST to succeeded`);

    const download = await client.get(job.downloadUrl!);
    assert.equal(download.status, 200);
    assert.match(
      download.headers.get('content-disposition') ?? '',
      /^attachment; filename=".+\.xlsx"$/,
    );
    const xlsx = join(scratch, 'demo.xlsx');
    writeFileSync(xlsx, Buffer.from(await download.arrayBuffer()));

    const pkg = await client.get(`/api/programmes/${programmeId}/package`);
    assert.equal(pkg.status, 200);
    const zip = join(scratch, 'package.zip');
    writeFileSync(zip, Buffer.from(await pkg.arrayBuffer()));

    const { stdout } = await run(
      '/usr/bin/python3',
      ['-c', READ, xlsx, zip, LEDGER_FILES.join(',')],
      {
        maxBuffer: 256 << 20,
      },
    );
    const read = JSON.parse(stdout) as {
      staffTimeRows: number;
      total: number;
      csv: Record<string, Array<Record<string, string>>>;
    };
    const lines = [...deriveLedger(ledgerSource(read.csv))].length;
    assert.ok(lines > 1000, `the demo has a real ledger (${lines} lines)`);
    assert.equal(read.staffTimeRows, lines);

    const summary = (await (
      await client.get(`/api/programmes/${programmeId}/cost-summary`)
    ).json()) as CostSummary;
    assert.equal(
      formatPounds(new CostDecimal(read.total.toPrecision(15)).mul(100)),
      summary.totals.total,
    );
  });

  it('streams the same workbook from GET /workbook and refuses a signed-out caller', async () => {
    const started = performance.now();
    const response = await client.get(`/api/programmes/${programmeId}/workbook`);
    assert.equal(response.status, 200);
    const bytes = Buffer.from(await response.arrayBuffer());
    console.info(
      `demo workbook stream: ${((performance.now() - started) / 1000).toFixed(1)} s, ${bytes.length} bytes`,
    );
    assert.equal(bytes.subarray(0, 2).toString(), 'PK');
    const stranger = new HttpClient(server.url);
    assert.equal((await stranger.get(`/api/programmes/${programmeId}/workbook`)).status, 401);
  });
});
