import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { CostSummary } from '@attune/domain';
import type { TimeImportRefusal, TimeImportResult } from '@attune/contract';
import { DeliveryApp, startDeliveryApp } from '../../../test/builders/delivery-app';
import { PRICE_USERS, seedPrices } from '../../../test/builders/prices';
import { importer, TIME_HEADER, timeCsv, timeXlsx } from '../../../test/builders/time-import';

const MANAGER = 'm1@t.test';
const ADMIN = 'admin@t.test';

describe('POST …/time-entries/import', () => {
  let app: DeliveryApp;
  let post: Awaited<ReturnType<typeof importer>>;
  const q = async (sql: string) =>
    Number((await app.t.db.dataSource.query<[{ n: string }]>(sql))[0].n);
  const counts = async () => ({
    entries: await q('SELECT count(*) AS n FROM time_entries'),
    imports: await q('SELECT count(*) AS n FROM time_entry_imports'),
    audit: await q('SELECT count(*) AS n FROM audit_events'),
  });
  const summary = async () => (await app.send('admin', 'GET', '/cost-summary')).json<CostSummary>();
  const located = (body: TimeImportRefusal) =>
    body.errors.map((e) => `${e.line} ${e.column}`).sort();

  beforeAll(async () => {
    app = await startDeliveryApp([...PRICE_USERS]);
    await seedPrices(app); // social workers £40 an hour, the supervisor's time at nothing
    post = await importer(
      app,
      PRICE_USERS.map((u) => u.email),
    );
  });
  afterAll(async () => app.close());

  it('dry-runs a good CSV writing nothing, then imports exactly what the dry run said', async () => {
    const file = timeCsv([
      ['P-LA1-02', '2022-01-10', 'meetings', '60', '', ''],
      ['P-LA1-03', '2022-01-12', 'case_recording', '90', 'LA1', ''],
      ['P-LA2-01', '2022-01-11', 'admin', '30', '', 'F-LA2-D1'],
      ['S-01', '2022-01-13', 'meetings', '45', '', ''],
      ['P-LA1-02', '2022-01-14', 'meetings', '15', '', ''],
    ]);
    const before = await counts();
    const costBefore = await summary();
    const dry = await post(ADMIN, 'week.csv', file, '?dryRun=true');
    assert.equal(dry.statusCode, 200, dry.body);
    const plan = dry.json<TimeImportResult>();
    assert.deepEqual(await counts(), before, 'a dry run writes and audits nothing');
    assert.equal(plan.dryRun, true);
    assert.equal(plan.importId, null);
    assert.equal(plan.rows, 5);
    assert.equal(plan.minutes, 240);
    assert.equal(plan.cost, '130.00');
    assert.deepEqual(plan.byLaAndActivity, [
      { laCode: 'LA1', activity: 'case_recording', rows: 1, minutes: 90, cost: '60.00' },
      { laCode: 'LA1', activity: 'meetings', rows: 2, minutes: 75, cost: '50.00' },
      { laCode: 'LA2', activity: 'admin', rows: 1, minutes: 30, cost: '20.00' },
      { laCode: 'programme', activity: 'meetings', rows: 1, minutes: 45, cost: '0.00' },
    ]);

    const real = await post(ADMIN, 'week.csv', file);
    assert.equal(real.statusCode, 201, real.body);
    const done = real.json<TimeImportResult>();
    assert.deepEqual({ ...done, dryRun: true, importId: null }, plan);
    const after = await counts();
    assert.equal(after.entries, before.entries + 5);
    assert.equal(after.imports, before.imports + 1);
    assert.equal(after.audit, before.audit + 1, 'one audit event for the whole import');
    const [event] = await app.t.db.dataSource.query<Array<{ after: Record<string, unknown> }>>(
      "SELECT after FROM audit_events WHERE action = 'timeEntry.import' ORDER BY id DESC LIMIT 1",
    );
    assert.equal(event!.after.rows, 5);
    assert.equal(event!.after.contentHash, plan.contentHash);

    // The cost summary moved by exactly the dry run's figures, by LA and by activity.
    const costAfter = await summary();
    const pence = (s: string) => Math.round(Number(s) * 100);
    for (const la of costAfter.byLocalAuthority) {
      const was = costBefore.byLocalAuthority.find((r) => r.code === la.code)!;
      const planned = plan.byLaAndActivity
        .filter((c) => c.laCode === la.code)
        .reduce((sum, c) => sum + pence(c.cost), 0);
      assert.equal(pence(la.staffTime) - pence(was.staffTime), planned, `LA ${la.code}`);
    }
    for (const row of costAfter.byActivity) {
      const was = costBefore.byActivity.find((r) => r.activity === row.activity)!;
      const cells = plan.byLaAndActivity.filter((c) => c.activity === row.activity);
      assert.equal(
        row.minutes - was.minutes,
        cells.reduce((s, c) => s + c.minutes, 0),
      );
      assert.equal(
        pence(row.cost) - pence(was.cost),
        cells.reduce((s, c) => s + pence(c.cost), 0),
        row.activity,
      );
    }

    // The same file again, dry run or not: refused, nothing written.
    for (const query of ['', '?dryRun=true']) {
      const again = await post(ADMIN, 'renamed.csv', file, query);
      assert.equal(again.statusCode, 409, again.body);
      assert.equal(again.json<{ code: string }>().code, 'duplicate_import');
      assert.match(again.json<{ message: string }>().message, /imported before/);
    }
    assert.deepEqual(await counts(), after);
  });

  it('refuses a bad CSV with every bad row located by line and column name, writing nothing', async () => {
    const before = await counts();
    const response = await post(
      ADMIN,
      'bad.csv',
      timeCsv([
        ['P-LA1-02', '2022-01-20', 'meetings', '30', '', ''], // line 2: good
        ['P-LA1-02', '2022-02-30', 'meetings', '30', '', ''], // line 3: no such date
        ['P-LA1-02', '2022-01-20', 'meetings', 'x', '', ''], // line 4: minutes
        ['P-LA1-02', '2022-01-20', 'dancing', '30', '', ''], // line 5: activity
        ['P-LA1-02', '2001-01-01', 'meetings', '30', '', ''], // line 6: outside the window
        ['NOBODY', '2022-01-20', 'meetings', '30', '', ''], // line 7: no such staff
        ['P-LA1-02', '2022-01-20', 'meetings', '0', '', ''], // line 8: an entry of nothing
        ['P-LA1-02', '2022-01-20', 'meetings', '30', 'LA9', ''], // line 9: no such LA
        ['P-LA1-01', '2022-03-07', 'direct_delivery', '30', '', 'F-LA1-A1'], // line 10: counted already
      ]),
    );
    assert.equal(response.statusCode, 400, response.body);
    const body = response.json<TimeImportRefusal>();
    assert.deepEqual(located(body), [
      '10 activity',
      '3 date',
      '4 minutes',
      '5 activity',
      '6 date',
      '7 staff_code',
      '8 minutes',
      '9 la_code',
    ]);
    assert.equal(body.total, 8);
    assert.ok(body.errors.every((e) => e.field === 'file' && e.problem.length > 0));
    assert.match(body.errors.find((e) => e.line === 6)!.problem, /outside the programme's window/);
    assert.match(body.errors.find((e) => e.line === 10)!.problem, /already counted/);
    assert.deepEqual(await counts(), before);
  });

  it('refuses a header that is not time_entries.csv, at line 1', async () => {
    const response = await post(
      ADMIN,
      'odd.csv',
      timeCsv([['P-LA1-02', '2022-01-20', 'meetings']], 'staff_code,date,activty,'),
    );
    assert.equal(response.statusCode, 400, response.body);
    const body = response.json<TimeImportRefusal>();
    assert.ok(body.errors.every((e) => e.line === 1));
    assert.ok(body.errors.some((e) => e.column === 'activty' && /not a column/.test(e.problem)));
    assert.ok(body.errors.some((e) => /no minutes column/.test(e.problem)));
    // The trailing comma's empty name is no column, so not a problem.
    assert.ok(body.errors.every((e) => !e.problem.startsWith('"" ')));
  });

  it('imports a good XLSX (dates and numbers as a spreadsheet holds them)', async () => {
    const before = await counts();
    const file = await timeXlsx([
      ['P-LA1-02', new Date(Date.UTC(2022, 0, 24)), 'admin', 20, null, null],
      ['P-LA1-03', '2022-01-25', 'travel', 40, 'LA1', null],
    ]);
    const response = await post(MANAGER, 'team.xlsx', file);
    assert.equal(response.statusCode, 201, response.body);
    const result = response.json<TimeImportResult>();
    assert.equal(result.format, 'xlsx');
    assert.equal(result.rows, 2);
    assert.equal(result.minutes, 60);
    assert.equal(result.cost, '40.00');
    assert.equal((await counts()).entries, before.entries + 2);
    const rows = await app.t.db.dataSource.query<Array<{ date: string; minutes: number }>>(
      `SELECT te.date::text AS date, te.minutes FROM time_entries te JOIN staff s ON s.id = te.staff_id
       WHERE s.code = 'P-LA1-02' AND te.activity = 'admin' AND te.date = '2022-01-24'`,
    );
    assert.deepEqual(rows, [{ date: '2022-01-24', minutes: 20 }]);
  });

  it('refuses a bad XLSX located by sheet row and column letter, writing nothing', async () => {
    const before = await counts();
    const file = await timeXlsx([
      ['P-LA1-02', '2022-01-26', 'admin', 20, null, null], // row 2: good
      ['P-LA1-02', '26/01/2022', 'admin', 20, null, null], // row 3: B, the date
      ['P-LA1-02', '2022-01-26', 'admin', 2000, null, null], // row 4: D, over a day
      ['P-LA1-02', '2022-01-26', 'admin', 20, null, 'F-LA2-D1'], // row 5: F, another LA's family
    ]);
    const response = await post(ADMIN, 'bad.xlsx', file);
    assert.equal(response.statusCode, 400, response.body);
    assert.deepEqual(located(response.json<TimeImportRefusal>()), ['3 B', '4 D', '5 F']);
    assert.deepEqual(await counts(), before);
  });

  it("locates an LA manager's rows for another LA's staff, or for another LA", async () => {
    const before = await counts();
    const response = await post(
      MANAGER,
      'scope.csv',
      timeCsv([
        ['P-LA1-02', '2022-01-27', 'meetings', '30', '', ''],
        ['P-LA2-01', '2022-01-27', 'meetings', '30', '', ''],
        ['P-LA2-01', '2022-01-27', 'meetings', '30', 'LA1', ''],
        ['P-LA1-02', '2022-01-27', 'meetings', '30', 'LA2', ''],
        ['S-01', '2022-01-27', 'meetings', '30', '', ''],
      ]),
    );
    assert.equal(response.statusCode, 400, response.body);
    assert.deepEqual(located(response.json<TimeImportRefusal>()), [
      '3 staff_code',
      '4 staff_code',
      '5 la_code',
      '6 staff_code',
    ]);
    assert.deepEqual(await counts(), before);
  });

  it('refuses rows dated in a signed-off month, saying who can reopen it', async () => {
    const lock = await app.send('m1', 'POST', '/period-locks', { laCode: 'LA1', month: '2021-12' });
    assert.equal(lock.statusCode, 201, lock.body);
    const before = await counts();
    const response = await post(
      ADMIN,
      'locked.csv',
      timeCsv([
        ['P-LA1-02', '2021-12-06', 'meetings', '30', '', ''],
        ['P-LA2-01', '2021-12-06', 'meetings', '30', '', ''],
      ]),
    );
    assert.equal(response.statusCode, 400, response.body);
    const body = response.json<TimeImportRefusal>();
    assert.deepEqual(located(body), ['2 date']);
    assert.match(body.errors[0]!.problem, /2021-12 is signed off for LA1.*admin can reopen/);
    assert.deepEqual(await counts(), before);
  });

  it('refuses roles that may not import, and files of neither format', async () => {
    const file = timeCsv([['P-LA1-01', '2022-01-20', 'meetings', '30', '', '']]);
    assert.equal((await post('p1@t.test', 'mine.csv', file)).statusCode, 403);
    assert.equal((await post('eco@t.test', 'mine.csv', file)).statusCode, 403);
    const odd = await post(ADMIN, 'notes.txt', file);
    assert.equal(odd.statusCode, 400);
    assert.equal(odd.json<TimeImportRefusal>().errors[0]!.field, 'file');
  });

  it('judges a file of several chunks whole: a bad last row still writes nothing', async () => {
    // 4,500 good rows (three chunks as judged and written), then one for no one at the very end.
    const good = Array.from({ length: 4500 }, (_, i) => [
      i % 2 ? 'P-LA1-02' : 'P-LA1-03',
      `2022-01-${String(3 + (i % 25)).padStart(2, '0')}`,
      'case_recording',
      String(1 + (i % 90)),
      '',
      '',
    ]);
    const before = await counts();
    const bad = await post(
      ADMIN,
      'long.csv',
      timeCsv([...good, ['NOBODY', '2022-01-20', 'admin', '5', '', '']]),
    );
    assert.equal(bad.statusCode, 400, bad.body);
    assert.deepEqual(located(bad.json<TimeImportRefusal>()), ['4502 staff_code']);
    assert.deepEqual(await counts(), before);
    // The same rows without it: all of them written, once each.
    const real = await post(ADMIN, 'long-good.csv', timeCsv(good));
    assert.equal(real.statusCode, 201, real.body);
    const minutes = good.reduce((sum, r) => sum + Number(r[3]), 0);
    assert.equal(real.json<TimeImportResult>().minutes, minutes);
    assert.equal((await counts()).entries, before.entries + 4500);
  });

  it('refuses a file of more than 100,000 rows, naming the limit', async () => {
    const row = 'P-LA1-02,2022-01-20,meetings,1,,';
    const big = Buffer.from(`${TIME_HEADER}\n${`${row}\n`.repeat(100_001)}`);
    const before = await counts();
    const response = await post(ADMIN, 'big.csv', big);
    assert.equal(response.statusCode, 400);
    assert.match(response.json<{ message: string }>().message, /more than 100,000 rows/);
    assert.deepEqual(await counts(), before);
  });

  it('serves the templates: the header in CSV, and an XLSX with the activities as a drop-down', async () => {
    const csv = await app.send('m1', 'GET', '/time-entries/template.csv');
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.body.trim(), TIME_HEADER);
    const xlsx = await app.send('admin', 'GET', '/time-entries/template.xlsx');
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Time entries')!;
    assert.deepEqual((sheet.getRow(1).values as string[]).slice(1), TIME_HEADER.split(','));
    assert.equal(sheet.getCell('C2').dataValidation?.type, 'list');
    const activities = workbook.getWorksheet('Activities')!.getColumn(1).values.slice(2);
    assert.ok(activities.includes('case_recording') && activities.includes('meetings'));
    assert.equal((await app.send('p1', 'GET', '/time-entries/template.csv')).statusCode, 403);
  });
});
