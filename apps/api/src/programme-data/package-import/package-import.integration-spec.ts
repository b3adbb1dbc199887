import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoProgramme } from '../../seed/demo-programme';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { writeProgrammeFolder } from './package-folder';
import { PackageImportService } from './package-import.service';

const CLI = { principal: null, requestId: 'test', address: 'test' };

/** Tables a refused import must leave exactly as they were (the large file's and its parents'). */
const TABLES = [
  'programmes',
  'staff',
  'families',
  'family_sessions',
  'time_entries',
  'audit_events',
];

/** Copies of the demo's time entries: several MB, so the COPY streams many chunks before the end. */
const EXTRA_ROWS = 60_000;

describe('package import through COPY', () => {
  let t: TestApp;
  let scratch: string;
  let importer: PackageImportService;
  /** A package folder whose time_entries.csv has EXTRA_ROWS more good rows. */
  let large: string;
  let rowsInLarge: number;

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await t.db.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM ${table}`,
      );
      out[table] = row!.n;
    }
    return out;
  }

  beforeAll(async () => {
    t = await createTestApp();
    importer = t.app.get(PackageImportService);
    scratch = await mkdtemp(join(tmpdir(), 'attune-copy-import-'));
    large = join(scratch, 'large');
    await writeProgrammeFolder(large, buildDemoProgramme());
    const file = join(large, 'time_entries.csv');
    const rows = (await readFile(file, 'utf8')).trim().split('\n').slice(1);
    const extra: string[] = [];
    for (let i = 0; i < EXTRA_ROWS; i++) extra.push(rows[i % rows.length]!);
    await appendFile(file, `${extra.join('\n')}\n`);
    rowsInLarge = rows.length + EXTRA_ROWS;
  });

  afterAll(async () => {
    await t.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('refuses a large file whose last row is bad, at that row, and writes nothing', async () => {
    const bad = join(scratch, 'bad');
    await writeProgrammeFolder(bad, buildDemoProgramme());
    const text = await readFile(join(large, 'time_entries.csv'), 'utf8');
    const lines = text.trim().split('\n');
    // The last row names staff that does not exist.
    lines[lines.length - 1] = lines[lines.length - 1]!.replace(/^[^,]+/, 'NOBODY');
    await writeFile(join(bad, 'time_entries.csv'), `${lines.join('\n')}\n`);

    const before = await counts();
    const result = await importer.importPath(bad, CLI);
    assert.ok(!result.ok);
    assert.deepEqual(result.errors, [
      {
        file: 'time_entries.csv',
        line: lines.length,
        column: 'staff_code',
        problem: 'staff code NOBODY is not in staff.csv',
      },
    ]);
    assert.equal(result.total, 1);
    assert.deepEqual(await counts(), before);
  });

  it('writes every row of the same large file when it is good', async () => {
    const before = await counts();
    const result = await importer.importPath(large, CLI);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors.slice(0, 3)));
    assert.equal(result.counts['time_entries.csv'], rowsInLarge);
    const [row] = await t.db.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM time_entries WHERE programme_id = $1',
      [result.programmeId],
    );
    assert.equal(row!.n, rowsInLarge);
    const after = await counts();
    assert.equal(after['programmes'], before['programmes']! + 1);
    assert.equal(after['audit_events'], before['audit_events']! + 1);
  });

  it('stores text that COPY gives meaning to (backslash, tab, line breaks, \\N) exactly', async () => {
    const data = buildDemoProgramme();
    const name = 'A\\B\tC \\N "D", E';
    const venue = 'Room 1\r\nCounty Hall\n\\.\\';
    data.staff[0] = { ...data.staff[0]!, displayName: name };
    data.trainingEvents[0] = { ...data.trainingEvents[0]!, venue };
    const dir = join(scratch, 'text');
    await writeProgrammeFolder(dir, data);
    const result = await importer.importPath(dir, CLI);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors.slice(0, 3)));
    const [staff] = await t.db.dataSource.query<Array<{ display_name: string }>>(
      'SELECT display_name FROM staff WHERE programme_id = $1 AND code = $2',
      [result.programmeId, data.staff[0].code],
    );
    assert.equal(staff!.display_name, name);
    const [event] = await t.db.dataSource.query<Array<{ venue: string; trainers: string[] }>>(
      `SELECT e.venue, array(SELECT s.code FROM training_trainers tt JOIN staff s ON s.id = tt.staff_id
                             WHERE tt.event_id = e.id ORDER BY tt.position) AS trainers
         FROM training_events e WHERE e.programme_id = $1 AND e.code = $2`,
      [result.programmeId, data.trainingEvents[0].id],
    );
    assert.equal(event!.venue, venue);
    assert.deepEqual(event!.trainers, data.trainingEvents[0].trainerCodes);
  });

  it('rolls back and leaves the connection usable when PostgreSQL refuses a row mid-COPY', async () => {
    // A row the validator passes but PostgreSQL refuses: the domain catches every bad
    // value, so a constraint the package does not know about stands in for one.
    const before = await counts();
    await t.db.dataSource.query(
      'ALTER TABLE time_entries ADD CONSTRAINT test_no_long_entries CHECK (minutes < 60) NOT VALID',
    );
    try {
      await assert.rejects(importer.importPath(large, CLI), /test_no_long_entries/);
    } finally {
      await t.db.dataSource.query('ALTER TABLE time_entries DROP CONSTRAINT test_no_long_entries');
    }
    assert.deepEqual(await counts(), before);
    // The pool's connections still work: a second import goes through.
    const again = await importer.importPath(large, CLI);
    assert.ok(again.ok);
  });
});
