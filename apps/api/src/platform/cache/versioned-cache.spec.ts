import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it('computes once for everyone asking at one version, and again when the version moves', async () => {
    const cache = new VersionedCache<string>();
    let runs = 0;
    const compute = (version: string) => async () => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { version, value: `figures@${version}` };
    };
    const first = await Promise.all(
      Array.from({ length: 20 }, () => cache.get('p', '7', compute('7'))),
    );
    assert.deepEqual(new Set(first), new Set(['figures@7']));
    assert.equal(runs, 1);
    assert.equal(await cache.get('p', '7', compute('7')), 'figures@7');
    assert.equal(runs, 1);
    assert.equal(await cache.get('p', '8', compute('8')), 'figures@8');
    assert.equal(runs, 2);
  });

  it('never serves an entry under another version, nor lets an older one replace a newer', async () => {
    const cache = new VersionedCache<string>();
    await cache.get('p', '9', async () => Promise.resolve({ version: '10', value: 'ten' }));
    // Stored at the version its snapshot saw (10), not the one asked with (9).
    assert.equal(
      await cache.get('p', '10', async () => Promise.resolve({ version: '10', value: 'again' })),
      'ten',
    );
    await cache.get('p', '3', async () => Promise.resolve({ version: '3', value: 'three' }));
    assert.equal(
      await cache.get('p', '10', async () => Promise.resolve({ version: '10', value: 'again' })),
      'ten',
    );
  });

  it('keeps no failure: the next request computes again', async () => {
    const cache = new VersionedCache<string>();
    await assert.rejects(cache.get('p', '1', () => Promise.reject(new Error('down'))));
    assert.equal(
      await cache.get('p', '1', async () => Promise.resolve({ version: '1', value: 'ok' })),
      'ok',
    );
  });

  it('serialises each variant once per version, and again once the version moves', async () => {
    const cache = new VersionedCache<number[]>();
    let renders = 0;
    const render = (rows: number[]) => {
      renders++;
      return { items: rows.slice(0, 2), total: rows.length };
    };
    const at = (version: string, rows: number[]) => async () =>
      Promise.resolve({ version, value: rows });
    const first = await cache.body('p', '1', at('1', [1, 2, 3]), 'page1', render);
    assert.ok(Buffer.isBuffer(first));
    assert.deepEqual(JSON.parse(first.toString('utf8')), { items: [1, 2], total: 3 });
    assert.equal(await cache.body('p', '1', at('1', [9]), 'page1', render), first);
    assert.equal(renders, 1);
    await cache.body('p', '1', at('1', [9]), 'page2', render);
    assert.equal(renders, 2);
    // A new version: new figures, and no body of the old ones.
    const moved = await cache.body('p', '2', at('2', [7, 8]), 'page1', render);
    assert.deepEqual(JSON.parse(moved.toString('utf8')), { items: [7, 8], total: 2 });
    assert.equal(renders, 3);
    assert.deepEqual(await cache.get('p', '2', at('2', [0])), [7, 8]);
  });
});
