import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { CostDecimal, deriveLedger, formatPounds, type CostSummary } from '@attune/domain';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { createUser, signIn } from '../../../test/builders/users';
import { CliError } from '../../cli/args';
import type { CliContext } from '../../cli/context';
import { JobsService, type JobView } from '../jobs/jobs.service';
import { JobsWorker } from '../jobs/jobs.worker';
import { PackageImportService } from '../../programme-data/package-import/package-import.service';
import {
  writeProgrammeFolder,
  writeRecordStream,
} from '../../programme-data/package-import/package-folder';
import { buildDemoProgramme } from '../../seed/demo-programme';
import { scaleRecords } from '../../seed/scale-programme';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { workbookCommands } from './workbook.commands';

const run = promisify(execFile);

/** What an independent reader (openpyxl, Debian's python3) finds in the file. */
interface XlsxFacts {
  sheets: string[];
  /** Summary rows: section, item, measure, count, cost (formula results as cached). */
  summary: unknown[][];
  staffTimeRows: number;
  /** Any of the given strings that appear in a cell. */
  found: string[];
}

const READ_XLSX = String.raw`
import sys, json, openpyxl
path, needles = sys.argv[1], set(json.loads(sys.stdin.read()))
wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
out = {'sheets': wb.sheetnames, 'summary': [], 'staffTimeRows': 0, 'found': []}
found = set()
for ws in wb.worksheets:
    for i, row in enumerate(ws.iter_rows(values_only=True)):
        if ws.title.startswith('StaffTime') and i > 0 and any(v is not None for v in row):
            out['staffTimeRows'] += 1
        if ws.title == 'Summary':
            out['summary'].append(list(row[:5]))
        for v in row:
            if isinstance(v, str):
                found.update(n for n in needles if n in v)
out['found'] = sorted(found)
print(json.dumps(out, default=str))
`;

async function readXlsx(path: string, needles: string[]): Promise<XlsxFacts> {
  const child = run('/usr/bin/python3', ['-c', READ_XLSX, path], { maxBuffer: 64 << 20 });
  child.child.stdin?.end(JSON.stringify(needles));
  return JSON.parse((await child).stdout) as XlsxFacts;
}

/** The Summary's cached total to the penny (half-up), as a spreadsheet shows it. */
function summaryTotal(facts: XlsxFacts): string {
  const row = facts.summary.find((r) => r[0] === 'totals' && r[1] === 'total');
  assert.ok(row, 'the Summary has a totals/total row');
  // 15 significant digits, as a double means, then half-up in exact decimals.
  return formatPounds(new CostDecimal((row[4] as number).toPrecision(15)).mul(100));
}

describe('workbook export: stream, background job, CLI', () => {
  let t: TestApp;
  let scratch: string;
  let economist: Record<string, string>;
  let otherEconomist: Record<string, string>;
  let practitioner: Record<string, string>;
  let demoId: string;
  let scaleId: string;
  const demo = buildDemoProgramme();

  async function importFolder(write: (dir: string) => Promise<unknown>): Promise<string> {
    const dir = await mkdtemp(join(scratch, 'pkg-'));
    await write(dir);
    const result = await t.app
      .get(PackageImportService)
      .importPath(dir, { principal: null, requestId: 'test', address: null });
    assert.ok(result.ok, JSON.stringify(result.ok ? '' : result.errors.slice(0, 3)));
    return result.programmeId;
  }

  const get = (url: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'GET', url, headers });
  const post = (url: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, headers });

  async function auditRows(programmeId: string) {
    return t.db.dataSource.query<
      Array<{ user_email: string | null; after: Record<string, unknown> }>
    >(
      `SELECT user_email, after FROM audit_events WHERE action = 'workbook.export' AND entity_id = $1 ORDER BY at`,
      [programmeId],
    );
  }

  beforeAll(async () => {
    t = await createTestApp({ ATTUNE_JOB_WORKER: 'false' });
    scratch = await mkdtemp(join(tmpdir(), 'attune-workbook-test-'));
    await createUser(t.app, { email: 'economist@test.example', role: 'economist' });
    await createUser(t.app, { email: 'economist2@test.example', role: 'economist' });
    await createUser(t.app, {
      email: 'practitioner@test.example',
      role: 'practitioner',
      laCode: 'LA1',
      staffCode: 'P-LA1-01',
    });
    economist = await signIn(t.app, 'economist@test.example');
    otherEconomist = await signIn(t.app, 'economist2@test.example');
    practitioner = await signIn(t.app, 'practitioner@test.example');
    demoId = await importFolder((dir) => writeProgrammeFolder(dir, demo));
    // Large enough for the writer to report progress part-way (it does every 10,000 lines).
    scaleId = await importFolder((dir) =>
      writeRecordStream(
        dir,
        scaleRecords({
          localAuthorities: 2,
          practitioners: 12,
          targetLedgerLines: 25_000,
          seed: 3,
        }),
      ),
    );
  });

  afterAll(async () => {
    await t.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('runs a workbook job queued → running → succeeded, reporting progress part-way', async () => {
    const started = await post(`/api/programmes/${scaleId}/workbook-jobs`, economist);
    assert.equal(started.statusCode, 202, started.body);
    const { jobId } = started.json<{ jobId: string }>();
    const view = async () => (await get(`/api/jobs/${jobId}`, economist)).json<JobView>();
    assert.equal((await view()).status, 'queued');

    // Each progress update is seen through the API while the job runs.
    const jobs = t.app.get(JobsService);
    const original = jobs.progress.bind(jobs);
    const seen: Array<{ percent: number; status: string; after: number }> = [];
    jobs.progress = async (id, percent) => {
      const status = (await view()).status;
      await original(id, percent);
      seen.push({ percent, status, after: (await view()).progress });
    };
    try {
      await t.app.get(JobsWorker).tick();
    } finally {
      jobs.progress = original;
    }

    assert.ok(seen.length >= 3, JSON.stringify(seen));
    assert.ok(seen.every((s) => s.status === 'running'));
    assert.equal(seen[0]!.after, 0);
    const percents = seen.map((s) => s.after);
    assert.deepEqual(
      percents,
      [...percents].sort((a, b) => a - b),
      'progress never goes back',
    );
    assert.ok(
      percents.some((p) => p > 0 && p < 99),
      `a part-way figure: ${percents.join(',')}`,
    );
    const done = await view();
    assert.equal(done.status, 'succeeded', done.error ?? '');
    assert.equal(done.progress, 100);
    assert.equal(done.downloadUrl, `/api/jobs/${jobId}/download`);
  });

  it("writes the demo programme's workbook whose Summary equals GET /cost-summary, pseudonymised, audited", async () => {
    const started = await post(`/api/programmes/${demoId}/workbook-jobs`, economist);
    const { jobId } = started.json<{ jobId: string }>();
    const early = await get(`/api/jobs/${jobId}/download`, economist);
    assert.equal(early.statusCode, 409, 'nothing to download before the job has run');
    assert.equal(early.json<{ code: string }>().code, 'job_not_finished');
    await t.app.get(JobsWorker).tick();
    const job = (await get(`/api/jobs/${jobId}`, economist)).json<JobView>();
    assert.equal(job.status, 'succeeded', job.error ?? '');

    const download = await get(job.downloadUrl!, economist);
    assert.equal(download.statusCode, 200);
    assert.match(String(download.headers['content-type']), /spreadsheetml/);
    assert.match(
      String(download.headers['content-disposition']),
      /^attachment; filename="[a-z0-9-]+-workbook-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const file = join(scratch, 'demo.xlsx');
    await writeFile(file, download.rawPayload);

    const names = demo.staff.map((s) => s.displayName).filter((n) => n.length > 3);
    const facts = await readXlsx(file, names);
    for (const sheet of ['Cover', 'Assumptions', 'StaffTime', 'Summary', 'DataDictionary'])
      assert.ok(facts.sheets.includes(sheet), `has ${sheet}`);
    const summary = (
      await get(`/api/programmes/${demoId}/cost-summary`, economist)
    ).json<CostSummary>();
    assert.equal(summaryTotal(facts), summary.totals.total);
    assert.equal(facts.staffTimeRows, [...deriveLedger(demo)].length);
    assert.deepEqual(facts.found, [], 'no staff display name anywhere in the workbook');

    const audit = await auditRows(demoId);
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.user_email, 'economist@test.example');
    assert.deepEqual(audit[0]!.after, {
      format: 'xlsx',
      via: 'POST /api/programmes/:id/workbook-jobs',
      jobId,
    });
  });

  it('streams the workbook from GET /workbook as an attachment, audited', async () => {
    const response = await get(`/api/programmes/${demoId}/workbook`, economist);
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    assert.match(
      String(response.headers['content-disposition']),
      /^attachment; filename="[a-z0-9-]+-workbook-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const file = join(scratch, 'streamed.xlsx');
    await writeFile(file, response.rawPayload);
    const facts = await readXlsx(file, []);
    const summary = (
      await get(`/api/programmes/${demoId}/cost-summary`, economist)
    ).json<CostSummary>();
    assert.equal(summaryTotal(facts), summary.totals.total);
    const audit = await auditRows(demoId);
    assert.deepEqual(audit.at(-1)!.after, {
      format: 'xlsx',
      via: 'GET /api/programmes/:id/workbook',
    });
  });

  it('refuses a practitioner (403) and hides a job from anyone but its requester (404)', async () => {
    assert.equal((await get(`/api/programmes/${demoId}/workbook`, practitioner)).statusCode, 403);
    assert.equal(
      (await post(`/api/programmes/${demoId}/workbook-jobs`, practitioner)).statusCode,
      403,
    );
    const { jobId } = (await post(`/api/programmes/${demoId}/workbook-jobs`, economist)).json<{
      jobId: string;
    }>();
    assert.equal((await get(`/api/jobs/${jobId}`, otherEconomist)).statusCode, 404);
    assert.equal((await get(`/api/jobs/${jobId}/download`, otherEconomist)).statusCode, 404);
    assert.equal((await get(`/api/jobs/${jobId}`, economist)).statusCode, 200);
  });

  it('answers 404 for a programme that does not exist, with nothing queued or audited', async () => {
    const missing = '00000000-0000-4000-8000-000000000001';
    const before = await t.db.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM jobs',
    );
    assert.equal((await get(`/api/programmes/${missing}/workbook`, economist)).statusCode, 404);
    assert.equal(
      (await post(`/api/programmes/${missing}/workbook-jobs`, economist)).statusCode,
      404,
    );
    assert.equal((await get('/api/programmes/not-an-id/workbook', economist)).statusCode, 400);
    const after = await t.db.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM jobs',
    );
    assert.equal(after[0]!.n, before[0]!.n);
    assert.equal((await auditRows(missing)).length, 0);
  });

  it('CLI: writes OUT.xlsx whole, audited; an unknown id is a clear error that leaves no file', async () => {
    // The command builds its services on a plain DataSource, never Nest's container: give it the app's.
    const context = {
      dataSource: () => Promise.resolve(t.app.get(DataSource)),
      nest: () => Promise.reject(new Error('the workbook command must not need Nest')),
    } as unknown as CliContext;
    const dir = await mkdtemp(join(scratch, 'cli-'));
    const out = join(dir, 'demo.xlsx');
    await workbookCommands.workbook!.run({ positional: [demoId, out], flags: {} }, context);
    assert.ok((await stat(out)).size > 10_000);
    // Copied: fs makes its arrays outside Jest's sandbox, and strict deepEqual compares prototypes.
    assert.deepEqual([...(await readdir(dir))], ['demo.xlsx'], 'no temporary file is left');
    const facts = await readXlsx(out, []);
    assert.equal(facts.staffTimeRows, [...deriveLedger(demo)].length);
    assert.equal((await auditRows(demoId)).at(-1)!.after['via'], 'cli workbook');

    const missing = join(dir, 'missing.xlsx');
    await assert.rejects(
      workbookCommands.workbook!.run(
        { positional: ['00000000-0000-4000-8000-000000000002', missing], flags: {} },
        context,
      ),
      (error: unknown) => error instanceof CliError && /There is no programme/.test(error.message),
    );
    assert.deepEqual([...(await readdir(dir))], ['demo.xlsx']);
  });
});
