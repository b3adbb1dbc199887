import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { CostSummary, DryRunResult, ResourceView } from '@attune/contract';
import { DeliveryApp, startDeliveryApp } from '../../../test/builders/delivery-app';
import { DELIVERY_TODAY } from '../../../test/builders/delivery-programme';
import { lastAudit, PRICE_USERS, priceRowCounts, seedPrices } from '../../../test/builders/prices';

const resource = (overrides: Record<string, unknown> = {}) => ({
  description: 'Video camera',
  category: 'equipment',
  laCode: 'LA1',
  costType: 'setup',
  quantity: '2',
  unitCost: '450.50',
  priceYear: 2021,
  usefulLifeYears: 1,
  bearer: 'provider',
  date: '2021-05-10',
  ...overrides,
});

describe('resources: the economist writes them, an admin reads them', () => {
  let app: DeliveryApp;

  beforeAll(async () => {
    app = await startDeliveryApp(PRICE_USERS);
    await seedPrices(app);
  });
  afterAll(async () => app.close());

  it('lets the economist and the admin read, only the economist write; others are refused', async () => {
    const created = await app.send('eco', 'POST', '/resources', resource());
    assert.equal(created.statusCode, 201, created.body);
    for (const who of ['eco', 'admin']) {
      const list = await app.send(who, 'GET', '/resources');
      assert.equal(list.statusCode, 200, list.body);
      assert.equal(list.json<{ total: number }>().total, 1);
    }
    for (const who of ['sup', 'm1', 'p1'])
      assert.equal((await app.send(who, 'GET', '/resources')).statusCode, 403, who);
    const before = await priceRowCounts(app.t.db.dataSource);
    const id = created.json<ResourceView>().id;
    const writes = [
      await app.send('admin', 'POST', '/resources', resource()),
      await app.send('admin', 'PATCH', `/resources/${id}`, resource({ version: 1 })),
      await app.send('admin', 'DELETE', `/resources/${id}?version=1`),
      await app.send('m1', 'POST', '/resources', resource()),
    ];
    assert.deepEqual(
      writes.map((r) => r.statusCode),
      [403, 403, 403, 403],
    );
    assert.deepEqual(await priceRowCounts(app.t.db.dataSource), before);
  });

  it('refuses a date outside a year before the start to today with 422 naming the field and window', async () => {
    const before = await priceRowCounts(app.t.db.dataSource);
    const early = await app.send('eco', 'POST', '/resources', resource({ date: '2020-05-31' }));
    assert.equal(early.statusCode, 422, early.body);
    assert.deepEqual(early.json().errors, [
      {
        field: 'date',
        problem: `2020-05-31 is outside the window for resources: from 2020-06-01 (a year before the programme's start 2021-06-01) to today ${DELIVERY_TODAY}`,
      },
    ]);
    const late = await app.send('eco', 'POST', '/resources', resource({ date: '2022-04-01' }));
    assert.equal(late.statusCode, 422);
    assert.match(
      late.json<{ errors: Array<{ problem: string }> }>().errors[0]!.problem,
      /to today 2022-03-31/,
    );
    assert.equal(
      (await app.send('eco', 'POST', '/resources', resource({ date: '2020-06-01' }))).statusCode,
      201,
      'the first day of the window',
    );
    const after = await priceRowCounts(app.t.db.dataSource);
    assert.equal(after.resources, before.resources + 1);
  });

  it('edits and deletes with the version read, auditing before and after', async () => {
    const row = (await app.send('eco', 'POST', '/resources', resource())).json<ResourceView>();
    const edited = await app.send('eco', 'PATCH', `/resources/${row.id}`, {
      ...resource({ quantity: '2.125', laCode: null }),
      version: row.version,
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json<ResourceView>().quantity, '2.125');
    assert.equal(edited.json<ResourceView>().laCode, null);
    const audit = await lastAudit(app.t.db.dataSource, 'resource.update');
    assert.equal((audit!.before as ResourceView).quantity, '2');
    assert.equal((audit!.after as ResourceView).quantity, '2.125');
    const stale = await app.send('eco', 'PATCH', `/resources/${row.id}`, {
      ...resource(),
      version: row.version,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'stale_version');
    assert.equal(
      (await app.send('eco', 'DELETE', `/resources/${row.id}?version=${row.version + 1}`))
        .statusCode,
      204,
    );
    assert.equal(
      ((await lastAudit(app.t.db.dataSource, 'resource.delete'))!.before as ResourceView).id,
      row.id,
    );
  });

  it('puts each problem of the input at its field', async () => {
    const bad = await app.send(
      'eco',
      'POST',
      '/resources',
      resource({ laCode: 'LA9', priceYear: 2019, unitCost: '1,000' }),
    );
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      (bad.json().errors as Array<{ field: string }>).map((e) => e.field),
      ['unitCost'],
    );
    const unknown = await app.send(
      'eco',
      'POST',
      '/resources',
      resource({ laCode: 'LA9', priceYear: 2019 }),
    );
    assert.deepEqual(
      (unknown.json().errors as Array<{ field: string }>).map((e) => e.field),
      ['laCode', 'priceYear'],
    );
  });

  it('answers a dry run with the summary before and after, writing and auditing nothing', async () => {
    const now = (await app.send('eco', 'GET', '/cost-summary')).json<CostSummary>();
    const before = await priceRowCounts(app.t.db.dataSource);
    const dry = await app.send(
      'eco',
      'POST',
      '/resources?dryRun=true',
      resource({ quantity: '1.5', unitCost: '100.01' }),
    );
    assert.equal(dry.statusCode, 200, dry.body);
    const result = dry.json<DryRunResult>();
    assert.deepEqual(result.before, now);
    // 1.5 x £100.01 = £150.015, kept exact and rounded half-up only when shown.
    const pence = (pounds: string) => Math.round(Number(pounds) * 100);
    assert.equal(pence(result.after!.totals.resources) - pence(now.totals.resources), 15002);
    assert.deepEqual(
      await priceRowCounts(app.t.db.dataSource),
      before,
      'nothing written or audited',
    );
    assert.deepEqual((await app.send('eco', 'GET', '/cost-summary')).json(), now);
  });
});
