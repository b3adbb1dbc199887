import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { featureEntities } from '../../feature-modules';

/** Every `*.entity.ts` under src, and the classes it declares. */
function entityFiles(dir: string): Array<{ file: string; classes: string[] }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entityFiles(path);
    if (!entry.name.endsWith('.entity.ts')) return [];
    const classes = [...readFileSync(path, 'utf8').matchAll(/export class (\w+)/g)].map(
      (m) => m[1]!,
    );
    return [{ file: path, classes }];
  });
}

describe('entities registered by their modules', () => {
  it('finds every entity class of src among the feature modules’ forFeature lists', () => {
    const registered = new Set(featureEntities().map((e) => e.name));
    const src = join(__dirname, '..', '..');
    const missing = entityFiles(src).flatMap(({ file, classes }) =>
      classes.filter((c) => !registered.has(c)).map((c) => `${c} (${relative(src, file)})`),
    );
    assert.equal(missing.join(', '), '', 'each module must register its entities with forFeature');
  });
});
