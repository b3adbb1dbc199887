import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from '@jest/globals';
import { repositoryRoot } from '../support/paths.js';

/**
 * Test code must not ship: no spec, fixture, builder or testing helper in the
 * built output of a workspace that is deployed or depended on. (The test
 * workspace itself is test code; its dist holds only the benchmarks.)
 */
const SHIPPED = ['packages/domain', 'packages/workbook', 'apps/api', 'apps/portal'];
const TEST_CODE =
  /(^|\/)(testing|test|tests|__tests__)\/|\.(spec|integration-spec|test)\.|fixtures?\b|test-support|builders?\b/i;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else out.push(path);
  }
  return out;
}

describe('built output', () => {
  for (const workspace of SHIPPED) {
    it(`${workspace}/dist holds no test code`, () => {
      const dist = join(repositoryRoot, workspace, 'dist');
      assert.ok(existsSync(dist), `${workspace} is built (turbo builds it before this tier)`);
      const all = files(dist).map((f) => relative(dist, f));
      assert.ok(all.length > 0, `${workspace}/dist is not empty`);
      assert.deepEqual(
        all.filter((f) => TEST_CODE.test(f)),
        [],
        `test code in ${workspace}/dist`,
      );
    });
  }
});

describe('the built portal', () => {
  it('has a brotli and a gzip copy beside every script and style, for the API to serve', () => {
    const browser = join(repositoryRoot, 'apps/portal/dist/browser');
    const all = new Set(files(browser).map((f) => relative(browser, f)));
    const assets = [...all].filter((f) => /\.(js|css)$/.test(f));
    assert.ok(
      assets.some((f) => /^main-[A-Z0-9]{8}\.js$/.test(f)),
      'a hashed main script',
    );
    const missing = assets
      .filter((f) => statSync(join(browser, f)).size >= 1024)
      .filter((f) => !all.has(`${f}.br`) || !all.has(`${f}.gz`));
    assert.deepEqual(missing, [], 'scripts and styles without compressed copies');
  });
});
