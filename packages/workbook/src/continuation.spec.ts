import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { computeCostSummary, deriveLedger, type ProgrammeData } from '@attune/domain';
import { smallProgramme } from '../test/fixture.js';
import {
  LIBREOFFICE_RECALC,
  OPENPYXL_DUMP,
  python,
  type CalcResult,
  type XlsxDump,
} from '../test/python.js';
import { sheetFigures, summaryFigures } from '../test/summary-map.js';
import { inputOf, writeToTemp } from '../test/write.js';

const MAX_ROWS = 4;

describe('data sheets continuing on numbered sheets (maxRowsPerSheet 4)', () => {
  let data: ProgrammeData;
  let dump: XlsxDump;
  let calc: CalcResult;
  let progress: Array<[number, number]>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    data = smallProgramme();
    progress = [];
    const written = await writeToTemp(inputOf(data), {
      maxRowsPerSheet: MAX_ROWS,
      onProgress: (done, total) => progress.push([done, total]),
    });
    cleanup = written.cleanup;
    dump = await python<XlsxDump>(OPENPYXL_DUMP, written.file);
    calc = await python<CalcResult>(LIBREOFFICE_RECALC, { file: written.file, scenarios: [] });
  });
  afterAll(() => cleanup());

  it('splits StaffTime (and Families) into full numbered sheets, each with its header, rows in ledger order', () => {
    const lines = [...deriveLedger(data)];
    const sheets = Math.ceil(lines.length / MAX_ROWS);
    assert.ok(sheets >= 3, 'the fixture needs several sheets');
    const staffNames = [
      'StaffTime',
      ...Array.from({ length: sheets - 1 }, (_, i) => `StaffTime${i + 2}`),
    ];
    assert.deepEqual(
      dump.sheets.map((s) => s.title),
      [
        'Cover',
        'Assumptions',
        'UnitCosts',
        'PriceIndex',
        ...staffNames,
        'Resources',
        'Families',
        'Families2',
        'Practitioners',
        'Summary',
        'Sensitivity',
        'DataDictionary',
      ],
    );
    const rows = staffNames.flatMap((name) => {
      const s = dump.sheets.find((x) => x.title === name)!;
      assert.equal(s.rows[0]![0]!.v, 'Date', `${name} has the header row`);
      assert.equal(s.freeze, 'A2');
      assert.ok(
        s.rows.length - 1 <= MAX_ROWS && s.rows.length > 1,
        `${name} holds 1 to ${MAX_ROWS} rows`,
      );
      return s.rows.slice(1).map((r, i) => {
        assert.equal(r[10]!.v, `=I${i + 2}*J${i + 2}`, `${name} formulas use the row's own number`);
        return [r[2]!.v, r[4]!.v, r[7]!.v];
      });
    });
    assert.deepEqual(
      rows,
      lines.map((l) => [l.staffCode, l.activity, l.minutes]),
    );
  });

  it('spans every StaffTime sheet in the Summary’s formulas', () => {
    const summary = dump.sheets.find((s) => s.title === 'Summary')!;
    const staffTotal = String(summary.rows[1]![4]!.v);
    for (const name of dump.sheets.map((s) => s.title).filter((t) => t.startsWith('StaffTime'))) {
      assert.ok(staffTotal.includes(`SUM(${name}!$K:$K)`), `${staffTotal} sums ${name}`);
    }
    const allocated = summary.rows.find((r) => r[0]!.v === 'perFamily' && r[1]!.v === 'allocated')!;
    assert.equal(allocated[3]!.v, '=SUM(Families!$H:$H)+SUM(Families2!$H:$H)');
  });

  it('recalculates in LibreOffice to the cost summary, to the penny', () => {
    for (const s of calc.recalculated) assert.deepEqual(s.errors, {}, s.name);
    const summary = calc.recalculated.find((s) => s.name === 'Summary')!;
    assert.deepEqual(sheetFigures(summary.values), summaryFigures(computeCostSummary(data)));
  });

  it('lists the continuation sheets’ columns in the DataDictionary', () => {
    const dictionary = dump.sheets.find((s) => s.title === 'DataDictionary')!;
    const sheets = new Set(dictionary.rows.slice(1).map((r) => r[0]!.v));
    for (const s of dump.sheets) assert.ok(sheets.has(s.title), `${s.title} is explained`);
  });

  it('reports progress, ending with every line done', () => {
    const lines = [...deriveLedger(data)].length;
    assert.deepEqual(progress.at(-1), [lines, lines]);
  });
});
