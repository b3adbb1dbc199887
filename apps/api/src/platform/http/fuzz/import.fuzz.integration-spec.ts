import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, signIn } from '../../../../test/builders/users';
import {
  writeProgrammeFolder,
  zipFolder,
} from '../../../programme-data/package-import/package-folder';
import { buildDemoProgramme } from '../../../seed/demo-programme';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import {
  assertClientAnswer,
  FUZZ_SEED,
  installWriteCounter,
  writeMark,
  writtenSince,
} from './fuzz-support';

/*
 * The import route, fuzzed: the demo package with one cell of one file
 * replaced by something malformed. Every answer is a 201 or a 4xx (422 with
 * the file, line and column), never a 5xx; a refused package writes nothing.
 */
const RUNS = 24;
const BOUNDARY = 'attune-fuzz-boundary';
const CELLS = [
  '\u0000',
  'ab\u0000',
  '2022-02-30',
  '0000-01-01',
  '2022-13-01',
  '0000-01',
  '2147483648',
  '-2147483649',
  '99999999999999999999',
  '1e400',
  '0.1234567890123456789012345',
  'NaN',
  '-1',
  '',
  'a'.repeat(400),
  '"unclosed',
  '\ufffd',
];

function multipart(zip: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="package"; filename="package.zip"\r\n` +
        'Content-Type: application/zip\r\n\r\n',
    ),
    zip,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

describe('fuzzing the package import (fast-check, fixed seed)', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let scratch: string;
  let source: string;
  let files: Record<string, string[]>;

  beforeAll(async () => {
    t = await createTestApp({ ATTUNE_JOB_WORKER: 'false' });
    await createUser(t.app, { email: 'admin@fuzz.test', role: 'admin' });
    admin = await signIn(t.app, 'admin@fuzz.test');
    scratch = await mkdtemp(join(tmpdir(), 'attune-import-fuzz-'));
    source = join(scratch, 'source');
    await writeProgrammeFolder(source, buildDemoProgramme());
    files = {};
    for (const name of await readdir(source))
      files[name] = (await readFile(join(source, name), 'utf8')).split('\n');
    await installWriteCounter(t.db.dataSource);
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
    await t.close();
  });

  it(`${RUNS} damaged packages: never a 5xx, nothing written when refused`, async () => {
    const names = Object.keys(files).filter((n) => (files[n]?.length ?? 0) > 2);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...CELLS),
        async (file, lineSeed, columnSeed, cell) => {
          const lines = [...files[file]!];
          const data = lines.filter((l) => l !== '').length - 1;
          const line = 1 + (lineSeed % data);
          const cells = lines[line]!.split(',');
          const column = columnSeed % cells.length;
          cells[column] = cell;
          lines[line] = cells.join(',');
          const dir = join(scratch, `case-${run++}`);
          await writeProgrammeFolder(dir, buildDemoProgramme());
          await writeFile(join(dir, file), lines.join('\n'));
          await zipFolder(dir, `${dir}.zip`);
          const zip = await readFile(`${dir}.zip`);
          await rm(dir, { recursive: true, force: true });
          const before = await writeMark(t.db.dataSource);
          const response = await t.app.inject({
            method: 'POST',
            url: '/api/programmes/import',
            headers: { ...admin, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
            payload: multipart(zip),
          });
          const what = `${file} line ${line + 1} column ${column + 1} = ${JSON.stringify(cell.slice(0, 20))}`;
          assertClientAnswer(response, what);
          assert.ok([201, 422].includes(response.statusCode), `${what}: ${response.statusCode}`);
          if (response.statusCode === 422) {
            const written = await writtenSince(t.db.dataSource, before);
            assert.deepEqual(written, [], `${what}: a refused import wrote rows`);
            const errors = response.json<{ errors: Array<{ file: string; line: number }> }>()
              .errors;
            assert.ok(errors.length > 0, `${what}: 422 without errors`);
          }
        },
      ),
      {
        seed: FUZZ_SEED,
        numRuns: RUNS,
        endOnFailure: true,
        // Always among them: a NUL in a family reference, a session's minutes and a date.
        examples: [
          ['families.csv', 10, 0, 'F\u0000'],
          ['family_sessions.csv', 20, 6, '2147483648'],
          ['time_entries.csv', 5, 1, '2022-02-30'],
        ],
      },
    );
  });
});
