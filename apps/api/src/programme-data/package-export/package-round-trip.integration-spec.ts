import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { PACKAGE_COLUMNS, PACKAGE_FILES, type ProgrammeData } from '@attune/domain';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFullProgramme } from '../../../test/builders/full-programme';
import { createUser, signIn } from '../../../test/builders/users';
import { buildDemoProgramme } from '../../seed/demo-programme';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { writeProgrammeFolder, zipFolder } from '../package-import/package-folder';
import { openZip } from '../package-import/package-source';
import { csvRows } from '../package-import/csv-rows';
import { Readable } from 'node:stream';
import { LEFT_OUT, OTHER_TABLES, plainColumns, tableOf } from '../package-format/stored-columns';

const BOUNDARY = 'attune-round-trip';

/** The row ids that stand for the codes a file names (joined back to codes on export). */
const CODE_IDS: Readonly<Record<string, readonly string[]>> = {
  staff: ['la_id'],
  practitioners: ['staff_id', 'supervisor_id'],
  families: ['la_id', 'practitioner_id'],
  family_status_changes: ['family_id'],
  family_sessions: ['family_id', 'practitioner_id'],
  supervision_sessions: ['supervisor_id'],
  supervision_attendees: ['session_id', 'practitioner_id', 'family_id'],
  training_attendees: ['event_id', 'staff_id'],
  milestones: ['practitioner_id', 'assessor_id'],
  time_entries: ['staff_id', 'la_id', 'family_id'],
  resources: ['la_id'],
  ineligible_referrals: ['la_id'],
};

/** Bookkeeping every table has: its own id, its programme, its optimistic-lock version. */
const BOOKKEEPING = new Set(['id', 'programme_id', 'version']);

describe('the data package is lossless: export, import, export gives the same bytes', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let scratch: string;

  async function importData(data: ProgrammeData): Promise<string> {
    const dir = await mkdtemp(join(scratch, 'pkg-'));
    await writeProgrammeFolder(dir, data);
    await zipFolder(dir, `${dir}.zip`);
    return importZip(await readFile(`${dir}.zip`));
  }

  async function importZip(zip: Buffer): Promise<string> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/programmes/import',
      headers: { ...admin, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="package"; filename="p.zip"\r\n` +
            'Content-Type: application/zip\r\n\r\n',
        ),
        zip,
        Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
      ]),
    });
    assert.equal(response.statusCode, 201, response.body.slice(0, 2000));
    return response.json<{ programmeId: string }>().programmeId;
  }

  async function exportZip(programmeId: string): Promise<Buffer> {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/programmes/${programmeId}/package`,
      headers: admin,
    });
    assert.equal(response.statusCode, 200);
    return response.rawPayload;
  }

  /** Each file of a zip, as its bytes. */
  async function filesOf(zip: Buffer): Promise<Record<string, Buffer>> {
    const path = join(await mkdtemp(join(scratch, 'zip-')), 'p.zip');
    await writeFile(path, zip);
    const source = await openZip(path);
    const out: Record<string, Buffer> = {};
    try {
      for (const name of source.names) {
        const chunks: Buffer[] = [];
        for await (const chunk of await source.open(name)) chunks.push(chunk as Buffer);
        out[name] = Buffer.concat(chunks);
      }
    } finally {
      source.close();
    }
    return out;
  }

  /** Exports, imports that export, exports again: the two exports' files, by name. */
  async function roundTrip(programmeId: string) {
    const first = await exportZip(programmeId);
    const second = await exportZip(await importZip(first));
    return { first: await filesOf(first), second: await filesOf(second) };
  }

  function assertSameBytes(first: Record<string, Buffer>, second: Record<string, Buffer>) {
    assert.deepEqual(Object.keys(first).sort(), [...PACKAGE_FILES].sort());
    assert.deepEqual(Object.keys(second).sort(), [...PACKAGE_FILES].sort());
    for (const file of PACKAGE_FILES) {
      const a = first[file]!.toString('utf8');
      const b = second[file]!.toString('utf8');
      if (a === b) continue;
      const lines = [a.split('\n'), b.split('\n')];
      const at = lines[0]!.findIndex((line, i) => line !== lines[1]![i]);
      assert.fail(`${file} differs at line ${at + 1}:\n  ${lines[0]![at]}\n  ${lines[1]![at]}`);
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    scratch = await mkdtemp(join(tmpdir(), 'attune-round-trip-'));
    await createUser(t.app, { email: 'admin@round-trip.example', role: 'admin' });
    admin = await signIn(t.app, 'admin@round-trip.example');
  });

  afterAll(async () => {
    await t.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('on the demo programme, every file', async () => {
    const { first, second } = await roundTrip(await importData(buildDemoProgramme()));
    assertSameBytes(first, second);
    assert.ok(first['families.csv']!.toString().split('\n').length > 100, 'the demo has families');
  });

  it('on a programme with every optional field set: each column carried, every file the same', async () => {
    const { first, second } = await roundTrip(await importData(buildFullProgramme()));
    assertSameBytes(first, second);
    // Every column of every file holds something somewhere, so none is dropped on the way.
    for (const file of PACKAGE_FILES) {
      const [header, ...rows] = await cellsOf(first[file]!);
      assert.deepEqual(header, PACKAGE_COLUMNS[file], file);
      assert.ok(rows.length > 0, `${file} has rows`);
      PACKAGE_COLUMNS[file].forEach((column, i) => {
        assert.ok(
          rows.some((row) => row[i] !== ''),
          `${file}: ${column} is empty in every row`,
        );
      });
    }
    const full = first['families.csv']!.toString('utf8');
    assert.match(full, /,true,false,\d{4}-\d{2}-\d{2},(completed|missed),/);
    assert.match(first['rule_sets.csv']!.toString('utf8'), /^local_18_cycle,/m);
    assert.match(
      first['programme.csv']!.toString('utf8'),
      /,local_18_cycle,2022-08-31,21,0.75,1.25\n$/,
    );
  });

  it("accounts for every column of every package table: carried, a code's row id, or left out with a reason", async () => {
    const tables = new Map<string, Set<string>>();
    for (const file of PACKAGE_FILES) {
      const names = tables.get(tableOf(file)) ?? new Set<string>();
      for (const c of plainColumns(file)) names.add(c.name);
      tables.set(tableOf(file), names);
    }
    for (const [table, carried] of tables) {
      const rows = await t.db.dataSource.query<Array<{ column_name: string }>>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
        [table],
      );
      const unaccounted = rows
        .map((r) => r.column_name)
        .filter(
          (c) =>
            !carried.has(c) &&
            !BOOKKEEPING.has(c) &&
            !(CODE_IDS[table] ?? []).includes(c) &&
            !(c in (LEFT_OUT[table] ?? {})),
        );
      assert.deepEqual(unaccounted, [], `${table} has columns the package drops`);
    }
    const ofProgramme = await t.db.dataSource.query<Array<{ table_name: string }>>(
      `SELECT DISTINCT table_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name = 'programme_id' ORDER BY table_name`,
    );
    const elsewhere = ofProgramme
      .map((r) => r.table_name)
      .filter((table) => !tables.has(table) && !(table in OTHER_TABLES));
    assert.deepEqual(elsewhere, [], 'tables of a programme that no file carries');
  });
});

/** A CSV file's lines as cells (the import's own reader). */
async function cellsOf(bytes: Buffer): Promise<string[][]> {
  const lines: string[][] = [];
  for await (const { cells } of csvRows(Readable.from([bytes]))) lines.push(cells);
  return lines;
}
