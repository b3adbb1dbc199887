import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CostAccumulator, deriveLedger, type UnitCostRecord } from '@attune/domain';
import type { CostSummary, ErrorBody } from '@attune/contract';
import { DataSource } from 'typeorm';
import { DELIVERY_RECORDS } from '../../../test/builders/delivery-programme';
import { startDeliveryApp, type DeliveryApp } from '../../../test/builders/delivery-app';
import { CliError } from '../../cli/args';
import type { CliContext } from '../../cli/context';
import { workbookCommands } from '../workbook-export/workbook.commands';

// The delivery fixture's social workers work from February 2022 and its supervisor in February and
// March; the unit costs below leave February's social work and all supervision uncovered.
const unitCosts: UnitCostRecord[] = [
  {
    costRole: 'social_worker',
    hourlyCostPence: 4500,
    priceYear: 2021,
    basis: 'working_hour',
    source: 'PSSRU 2021',
    effectiveFrom: '2022-03-01',
    effectiveTo: null,
  },
];
const supervisorCost: UnitCostRecord = {
  costRole: 'vig_supervisor',
  hourlyCostPence: 6000,
  priceYear: 2021,
  basis: 'working_hour',
  source: 'PSSRU 2021',
  effectiveFrom: null,
  effectiveTo: null,
};

/** The domain's own answer, line by line, on exactly the fixture's records. */
function expected(costs: UnitCostRecord[]) {
  const acc = new CostAccumulator({
    programme: DELIVERY_RECORDS.programme,
    unitCosts: costs,
    priceIndex: [{ year: 2021, index: '100' }],
    localAuthorityCodes: ['LA1', 'LA2'],
  });
  const data = { ...DELIVERY_RECORDS, trainingEvents: [], trainingAttendees: [] };
  for (const line of deriveLedger(data)) acc.addLine(line);
  return acc.summary();
}

describe('cost gaps: the cost summary answers, the workbook refuses', () => {
  let d: DeliveryApp;
  let scratch: string;

  async function insertUnitCost(uc: UnitCostRecord): Promise<void> {
    await d.t.db.dataSource.query(
      `INSERT INTO unit_costs (programme_id, cost_role, hourly_cost_pence, price_year, basis, source, effective_from, effective_to, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1)`,
      [
        d.fixture.programmeId,
        uc.costRole,
        uc.hourlyCostPence,
        uc.priceYear,
        uc.basis,
        uc.source,
        uc.effectiveFrom,
        uc.effectiveTo,
      ],
    );
  }

  beforeAll(async () => {
    d = await startDeliveryApp([
      { email: 'economist@test.example', role: 'economist' },
      { email: 'admin@test.example', role: 'admin' },
    ]);
    scratch = await mkdtemp(join(tmpdir(), 'attune-gaps-'));
    await d.t.db.dataSource.query(
      'INSERT INTO price_indices (programme_id, year, index, version) VALUES ($1, 2021, 100, 1)',
      [d.fixture.programmeId],
    );
    for (const uc of unitCosts) await insertUnitCost(uc);
  });

  afterAll(async () => {
    await d.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('answers 200 with complete: false, the gaps merged per role, and totals over the costed lines', async () => {
    const response = await d.send('economist', 'GET', '/cost-summary');
    assert.equal(response.statusCode, 200, response.body);
    const summary = response.json<CostSummary>();
    const domain = expected(unitCosts);
    assert.equal(summary.complete, false);
    assert.deepEqual(summary.gaps, domain.gaps);
    // Worked from the fixture: February's social work (B1's session on 10 Feb, 105 minutes in
    // three lines; P-LA1-02's admin on 15 Feb, 45; P-LA1-01 at SUP-2 on 1 Feb, 60) and both
    // supervisions (60 + 15 minutes each, one line each).
    assert.deepEqual(summary.gaps, [
      { costRole: 'social_worker', from: '2022-02-01', to: '2022-02-15', lines: 5, minutes: 210 },
      { costRole: 'vig_supervisor', from: '2022-02-01', to: '2022-03-15', lines: 2, minutes: 150 },
    ]);
    assert.equal(summary.totals.staffTime, domain.totals.staffTime);
    assert.deepEqual(summary.byActivity, domain.byActivity);
    assert.deepEqual(summary.byLocalAuthority, domain.byLocalAuthority);
  });

  it('refuses the workbook job, the download and the CLI with 422 cost_gaps and the same list, queuing nothing', async () => {
    const { gaps } = (await d.send('economist', 'GET', '/cost-summary')).json<CostSummary>();
    const jobsBefore = await d.t.db.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM jobs',
    );
    const job = await d.send('economist', 'POST', '/workbook-jobs');
    assert.equal(job.statusCode, 422, job.body);
    const body = job.json<ErrorBody>();
    assert.equal(body.code, 'cost_gaps');
    assert.deepEqual(body.gaps, gaps);
    assert.match(
      String(body.message),
      /social_worker 2022-02-01 to 2022-02-15 \(5 lines, 210 minutes\)/,
    );
    const jobsAfter = await d.t.db.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM jobs',
    );
    assert.equal(jobsAfter[0]!.n, jobsBefore[0]!.n);

    const download = await d.send('admin', 'GET', '/workbook');
    assert.equal(download.statusCode, 422);
    assert.equal(download.json<ErrorBody>().code, 'cost_gaps');
    assert.deepEqual(download.json<ErrorBody>().gaps, gaps);

    // `workbook` builds its services on a plain DataSource, not Nest's container: the app's.
    const context = {
      dataSource: () => Promise.resolve(d.t.app.get(DataSource)),
    } as unknown as CliContext;
    const out = join(scratch, 'gaps.xlsx');
    await assert.rejects(
      workbookCommands.workbook!.run(
        { positional: [d.fixture.programmeId, out], flags: {} },
        context,
      ),
      (e: unknown) => e instanceof CliError && /no unit cost: social_worker/.test(e.message),
    );
    assert.deepEqual([...(await readdir(scratch))], [], 'no file is left');
  });

  it('is complete with no gaps, and the job is accepted, once unit costs cover every line', async () => {
    await insertUnitCost({
      ...unitCosts[0]!,
      effectiveFrom: '2021-06-01',
      effectiveTo: '2022-02-28',
    });
    await insertUnitCost(supervisorCost);
    const summary = (await d.send('economist', 'GET', '/cost-summary')).json<CostSummary>();
    assert.equal(summary.complete, true);
    assert.deepEqual(summary.gaps, []);
    assert.equal(
      summary.totals.staffTime,
      expected([
        ...unitCosts,
        { ...unitCosts[0]!, effectiveFrom: '2021-06-01', effectiveTo: '2022-02-28' },
        supervisorCost,
      ]).totals.staffTime,
    );
    const job = await d.send('economist', 'POST', '/workbook-jobs');
    assert.equal(job.statusCode, 202, job.body);
  });
});
