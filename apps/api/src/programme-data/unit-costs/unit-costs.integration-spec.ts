import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { CostSummary, DryRunResult, UnitCostView } from '@attune/contract';
import { DeliveryApp, startDeliveryApp } from '../../../test/builders/delivery-app';
import { signIn } from '../../../test/builders/users';
import {
  lastAudit,
  PRICE_USERS,
  priceRowCounts,
  seedPrices,
  socialWorkerMinutes,
} from '../../../test/builders/prices';

const unitCost = (overrides: Record<string, unknown> = {}) => ({
  costRole: 'team_manager',
  hourlyCost: '55.25',
  priceYear: 2021,
  basis: 'working_hour',
  source: 'PSSRU 2021, table 11.3',
  effectiveFrom: '2021-04-01',
  effectiveTo: '2022-03-31',
  ...overrides,
});

describe('unit costs: the economist writes them, an admin reads them', () => {
  let app: DeliveryApp;
  let socialWorker: string;

  beforeAll(async () => {
    app = await startDeliveryApp(PRICE_USERS);
    ({ socialWorker } = await seedPrices(app));
  });
  afterAll(async () => app.close());

  it('lets the economist and the admin read, only the economist write; others are refused', async () => {
    for (const who of ['eco', 'admin']) {
      const list = await app.send(who, 'GET', '/unit-costs');
      assert.equal(list.statusCode, 200, list.body);
      const page = list.json<{ items: UnitCostView[]; total: number }>();
      assert.equal(page.total, 2);
      assert.deepEqual(
        page.items.map((u) => [u.costRole, u.hourlyCost]),
        [
          ['social_worker', '40.00'],
          ['vig_supervisor', '0.00'],
        ],
      );
    }
    for (const who of ['sup', 'm1', 'p1'])
      assert.equal((await app.send(who, 'GET', '/unit-costs')).statusCode, 403, who);
    const before = await priceRowCounts(app.t.db.dataSource);
    const writes = [
      await app.send('admin', 'POST', '/unit-costs', unitCost()),
      await app.send('admin', 'PATCH', `/unit-costs/${socialWorker}`, unitCost({ version: 1 })),
      await app.send('admin', 'DELETE', `/unit-costs/${socialWorker}?version=1`),
      await app.send('m1', 'POST', '/unit-costs', unitCost()),
      await app.send('p1', 'POST', '/unit-costs?dryRun=true', unitCost()),
    ];
    assert.deepEqual(
      writes.map((r) => r.statusCode),
      [403, 403, 403, 403, 403],
    );
    assert.deepEqual(await priceRowCounts(app.t.db.dataSource), before);
    const elsewhere = await app.t.app.inject({
      method: 'GET',
      url: '/api/programmes/00000000-0000-4000-8000-000000000000/unit-costs',
      headers: await signIn(app.t.app, 'eco@t.test'),
    });
    assert.equal(elsewhere.statusCode, 404);
  });

  it('creates, edits and deletes, auditing each with before and after', async () => {
    const created = await app.send('eco', 'POST', '/unit-costs', unitCost());
    assert.equal(created.statusCode, 201, created.body);
    const row = created.json<UnitCostView>();
    assert.equal(row.hourlyCost, '55.25');
    const [stored] = await app.t.db.dataSource.query<Array<{ hourly_cost_pence: number }>>(
      'SELECT hourly_cost_pence FROM unit_costs WHERE id = $1',
      [row.id],
    );
    assert.equal(stored!.hourly_cost_pence, 5525, 'stored exact, in pence');
    const createdAudit = await lastAudit(app.t.db.dataSource, 'unit_cost.create');
    assert.equal(createdAudit!.entity_id, row.id);
    assert.equal(createdAudit!.before, null);
    assert.equal((createdAudit!.after as { hourlyCostPence: number }).hourlyCostPence, 5525);

    const edited = await app.send('eco', 'PATCH', `/unit-costs/${row.id}`, {
      ...unitCost({ hourlyCost: '56' }),
      version: row.version,
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json<UnitCostView>().hourlyCost, '56.00');
    const editAudit = await lastAudit(app.t.db.dataSource, 'unit_cost.update');
    assert.equal((editAudit!.before as { hourlyCostPence: number }).hourlyCostPence, 5525);
    assert.equal((editAudit!.after as { hourlyCostPence: number }).hourlyCostPence, 5600);

    const stale = await app.send('eco', 'DELETE', `/unit-costs/${row.id}?version=${row.version}`);
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'stale_version');
    const deleted = await app.send(
      'eco',
      'DELETE',
      `/unit-costs/${row.id}?version=${row.version + 1}`,
    );
    assert.equal(deleted.statusCode, 204, deleted.body);
    const deleteAudit = await lastAudit(app.t.db.dataSource, 'unit_cost.delete');
    assert.equal((deleteAudit!.before as { id: string }).id, row.id);
    assert.equal(deleteAudit!.after, null);
  });

  it('refuses a period overlapping another of the same role with 409 unit_cost_overlap naming it', async () => {
    const first = (await app.send('eco', 'POST', '/unit-costs', unitCost())).json<UnitCostView>();
    const before = await priceRowCounts(app.t.db.dataSource);
    const overlap = await app.send(
      'eco',
      'POST',
      '/unit-costs',
      unitCost({ effectiveFrom: '2022-03-31', effectiveTo: null }),
    );
    assert.equal(overlap.statusCode, 409, overlap.body);
    const body = overlap.json();
    assert.equal(body.code, 'unit_cost_overlap');
    assert.deepEqual(body.overlapping, {
      id: first.id,
      effectiveFrom: '2021-04-01',
      effectiveTo: '2022-03-31',
    });
    assert.match(
      String(body.message),
      new RegExp(`unit cost ${first.id} already covers 2021-04-01 to 2022-03-31`),
    );
    assert.deepEqual(
      await priceRowCounts(app.t.db.dataSource),
      before,
      'nothing written or audited',
    );
    // The day after is free; another role is never an overlap; an edit is not compared with itself.
    const next = await app.send(
      'eco',
      'POST',
      '/unit-costs',
      unitCost({ effectiveFrom: '2022-04-01', effectiveTo: null }),
    );
    assert.equal(next.statusCode, 201, next.body);
    const self = await app.send('eco', 'PATCH', `/unit-costs/${first.id}`, {
      ...unitCost({ effectiveFrom: '2021-01-01' }),
      version: first.version,
    });
    assert.equal(self.statusCode, 200, self.body);
  });

  it('puts each problem of the input at its field', async () => {
    const bad = await app.send(
      'eco',
      'POST',
      '/unit-costs',
      unitCost({ hourlyCost: '12.345', effectiveFrom: '2022-05-01', effectiveTo: '2022-04-01' }),
    );
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      (bad.json().errors as Array<{ field: string }>).map((e) => e.field),
      ['hourlyCost'],
    );
    const inverted = await app.send(
      'eco',
      'POST',
      '/unit-costs',
      unitCost({
        costRole: 'admin_staff',
        effectiveFrom: '2022-05-01',
        effectiveTo: '2022-04-01',
        priceYear: 2019,
      }),
    );
    assert.equal(inverted.statusCode, 400);
    assert.deepEqual(
      (inverted.json().errors as Array<{ field: string }>).map((e) => e.field),
      ['effectiveTo', 'priceYear'],
    );
  });

  it('answers a dry run with the cost summary before and after, writing and auditing nothing', async () => {
    const minutes = await socialWorkerMinutes(app.t.db.dataSource);
    assert.ok(minutes > 0);
    const now = (await app.send('eco', 'GET', '/cost-summary')).json<CostSummary>();
    // Hand-worked: the social workers' minutes at £40.00 an hour (the supervisor's at nothing).
    assert.equal(now.totals.total, ((minutes * 4000) / 60 / 100).toFixed(2));
    const before = await priceRowCounts(app.t.db.dataSource);
    const change = {
      costRole: 'social_worker',
      hourlyCost: '52.00',
      priceYear: 2021,
      basis: 'working_hour',
      source: 'PSSRU 2022',
      effectiveFrom: null,
      effectiveTo: null,
      version: 1,
    };
    const dry = await app.send('eco', 'PATCH', `/unit-costs/${socialWorker}?dryRun=true`, change);
    assert.equal(dry.statusCode, 200, dry.body);
    const result = dry.json<DryRunResult>();
    assert.equal(result.dryRun, true);
    assert.equal(result.before!.totals.total, now.totals.total);
    // £12.00 more an hour for every social worker's minute: minutes / 5 pounds.
    const moved = (Number(result.after!.totals.total) * 100 - Number(now.totals.total) * 100) / 100;
    assert.equal(moved.toFixed(2), (minutes / 5).toFixed(2));
    assert.deepEqual(
      await priceRowCounts(app.t.db.dataSource),
      before,
      'nothing written or audited',
    );
    assert.deepEqual((await app.send('eco', 'GET', '/cost-summary')).json(), now);

    // The dry run's "after" is what the cost summary then answers once the change is made.
    const made = await app.send('eco', 'PATCH', `/unit-costs/${socialWorker}`, change);
    assert.equal(made.statusCode, 200, made.body);
    assert.deepEqual((await app.send('eco', 'GET', '/cost-summary')).json(), result.after);

    // A dry-run delete says the costs could not then be worked out, and deletes nothing.
    const dryDelete = await app.send(
      'eco',
      'DELETE',
      `/unit-costs/${socialWorker}?version=2&dryRun=true`,
    );
    assert.equal(dryDelete.statusCode, 200, dryDelete.body);
    const gone = dryDelete.json<DryRunResult>();
    assert.deepEqual(gone.before, result.after);
    assert.equal(gone.after === null ? gone.afterProblem !== null : true, true);
    const stillThere = await app.send('eco', 'GET', '/unit-costs?costRole=social_worker');
    assert.equal(stillThere.json<{ total: number }>().total, 1);
    // A refused dry run is refused as the write would be.
    const staleDry = await app.send(
      'eco',
      'PATCH',
      `/unit-costs/${socialWorker}?dryRun=true`,
      change,
    );
    assert.equal(staleDry.statusCode, 409);
  });
});
