import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { DryRunResult, PriceIndexView } from '@attune/contract';
import { DeliveryApp, startDeliveryApp } from '../../../test/builders/delivery-app';
import {
  lastAudit,
  PRICE_USERS,
  priceRowCounts,
  seedPrices,
  socialWorkerMinutes,
} from '../../../test/builders/prices';

describe('price index: a value per year, the economist writes it, an admin reads it', () => {
  let app: DeliveryApp;

  beforeAll(async () => {
    app = await startDeliveryApp(PRICE_USERS);
    await seedPrices(app);
  });
  afterAll(async () => app.close());

  it('lets the economist and the admin read, only the economist write; others are refused', async () => {
    for (const who of ['eco', 'admin']) {
      const list = await app.send(who, 'GET', '/price-index');
      assert.equal(list.statusCode, 200, list.body);
      assert.deepEqual(list.json(), {
        items: [{ year: 2021, index: '100', version: 1 }],
        total: 1,
      });
    }
    for (const who of ['sup', 'm1', 'p1'])
      assert.equal((await app.send(who, 'GET', '/price-index')).statusCode, 403, who);
    const before = await priceRowCounts(app.t.db.dataSource);
    assert.equal(
      (await app.send('admin', 'PUT', '/price-index/2022', { index: '103' })).statusCode,
      403,
    );
    assert.equal(
      (await app.send('admin', 'DELETE', '/price-index/2021?version=1')).statusCode,
      403,
    );
    assert.deepEqual(await priceRowCounts(app.t.db.dataSource), before);
  });

  it('adds a year, replaces it with the version read, and audits both with before and after', async () => {
    const added = await app.send('eco', 'PUT', '/price-index/2022', { index: '103.125' });
    assert.equal(added.statusCode, 200, added.body);
    assert.deepEqual(added.json(), { year: 2022, index: '103.125', version: 1 });
    const createAudit = await lastAudit(app.t.db.dataSource, 'price_index.create');
    assert.equal(createAudit!.entity_id, '2022');
    assert.equal(createAudit!.before, null);

    const unversioned = await app.send('eco', 'PUT', '/price-index/2022', { index: '104' });
    assert.equal(unversioned.statusCode, 400);
    assert.equal(unversioned.json().errors[0].field, 'version');
    const replaced = await app.send('eco', 'PUT', '/price-index/2022', {
      index: '104',
      version: 1,
    });
    assert.equal(replaced.statusCode, 200, replaced.body);
    assert.equal(replaced.json<PriceIndexView>().version, 2);
    const updateAudit = await lastAudit(app.t.db.dataSource, 'price_index.update');
    assert.equal((updateAudit!.before as PriceIndexView).index, '103.125');
    assert.equal((updateAudit!.after as PriceIndexView).index, '104');

    const stale = await app.send('eco', 'PUT', '/price-index/2022', { index: '105', version: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'stale_version');
    const staleDelete = await app.send('eco', 'DELETE', '/price-index/2022?version=1');
    assert.equal(staleDelete.json().code, 'stale_version');
    const deleted = await app.send('eco', 'DELETE', '/price-index/2022?version=2');
    assert.equal(deleted.statusCode, 204, deleted.body);
    const deleteAudit = await lastAudit(app.t.db.dataSource, 'price_index.delete');
    assert.equal((deleteAudit!.before as PriceIndexView).index, '104');
  });

  it('refuses bad years and values at their field, and keeps a year something is priced in', async () => {
    const badYear = await app.send('eco', 'PUT', '/price-index/21', { index: '1' });
    assert.equal(badYear.statusCode, 400);
    assert.equal(badYear.json().errors[0].field, 'year');
    for (const index of ['0', '-1', '1e3', 'abc'])
      assert.equal(
        (await app.send('eco', 'PUT', '/price-index/2023', { index })).statusCode,
        400,
        index,
      );
    const inUse = await app.send('eco', 'DELETE', '/price-index/2021?version=1');
    assert.equal(inUse.statusCode, 409);
    assert.equal(inUse.json().code, 'price_index_in_use');
    assert.match(
      inUse.json<{ message: string }>().message,
      /the programme's price year, 2 unit cost/,
    );
  });

  it('answers a dry run with the summary before and after, writing and auditing nothing', async () => {
    const minutes = await socialWorkerMinutes(app.t.db.dataSource);
    // The social workers' £40.00 priced in 2020 (index 50), brought to 2021 (index 100): £80.00 an hour.
    assert.equal(
      (await app.send('eco', 'PUT', '/price-index/2020', { index: '50' })).statusCode,
      200,
    );
    const [sw] = (await app.send('eco', 'GET', '/unit-costs?costRole=social_worker')).json().items;
    const { id, ...fields } = sw as { id: string };
    const moved = await app.send('eco', 'PATCH', `/unit-costs/${id}`, {
      ...fields,
      priceYear: 2020,
    });
    assert.equal(moved.statusCode, 200, moved.body);
    const hand = (poundsAnHour: number) => ((minutes * poundsAnHour * 100) / 60 / 100).toFixed(2);
    assert.equal((await app.send('eco', 'GET', '/cost-summary')).json().totals.total, hand(80));

    const before = await priceRowCounts(app.t.db.dataSource);
    const dry = await app.send('eco', 'PUT', '/price-index/2020?dryRun=true', {
      index: '80',
      version: 1,
    });
    assert.equal(dry.statusCode, 200, dry.body);
    const result = dry.json<DryRunResult>();
    assert.equal(result.before!.totals.total, hand(80));
    assert.equal(result.after!.totals.total, hand(50));
    const dryDelete = await app.send('eco', 'DELETE', '/price-index/2020?version=1&dryRun=true');
    assert.equal(dryDelete.json().code, 'price_index_in_use', 'refused as the delete would be');
    assert.deepEqual(
      await priceRowCounts(app.t.db.dataSource),
      before,
      'nothing written or audited',
    );
    assert.equal((await app.send('eco', 'GET', '/cost-summary')).json().totals.total, hand(80));
  });
});
