import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { deriveLedger, RateTable, type ProgrammeData } from '@attune/domain';
import { DATA_DICTIONARY, letter, NAMES, POUNDS, SHEETS } from './layout.js';
import { smallProgramme } from '../test/fixture.js';
import { OPENPYXL_DUMP, python, type XlsxDump, type XlsxSheet } from '../test/python.js';
import { sheetFigures, summaryFigures } from '../test/summary-map.js';
import { GENERATED, inputOf, writeToTemp } from '../test/write.js';

const INPUT_FILL = 'FFFFF2CC';

describe('the workbook, read back by openpyxl', () => {
  let data: ProgrammeData;
  let dump: XlsxDump;
  let cleanup: () => Promise<void>;
  const sheet = (name: string): XlsxSheet => {
    const found = dump.sheets.find((s) => s.title === name);
    assert.ok(found, `sheet ${name} exists`);
    return found;
  };

  beforeAll(async () => {
    data = smallProgramme();
    const written = await writeToTemp(inputOf(data));
    cleanup = written.cleanup;
    dump = await python<XlsxDump>(OPENPYXL_DUMP, written.file);
  });
  afterAll(() => cleanup());

  it('has exactly the sheets of DESIGN.md, in order', () => {
    assert.deepEqual(
      dump.sheets.map((s) => s.title),
      [
        'Cover',
        'Assumptions',
        'UnitCosts',
        'PriceIndex',
        'StaffTime',
        'Resources',
        'Families',
        'Practitioners',
        'Summary',
        'Sensitivity',
        'DataDictionary',
      ],
    );
  });

  it('gives every sheet its header row, frozen, with an autofilter over its rows', () => {
    for (const spec of SHEETS) {
      const s = sheet(spec.name);
      assert.deepEqual(
        s.rows[0]!.map((c) => c.v),
        spec.columns.map((c) => c.header),
        `${spec.name} headers`,
      );
      assert.equal(s.freeze, 'A2', `${spec.name} freezes its header row`);
      assert.equal(
        s.filter,
        `A1:${letter(spec.columns.length)}${s.rows.length}`,
        `${spec.name} autofilter`,
      );
    }
  });

  it('holds the assumptions as named input cells with data validation', () => {
    assert.deepEqual(dump.names, {
      [NAMES.priceYear]: 'Assumptions!$B$2',
      [NAMES.discountRate]: 'Assumptions!$B$3',
      [NAMES.sensitivityLow]: 'Assumptions!$B$4',
      [NAMES.sensitivityHigh]: 'Assumptions!$B$5',
    });
    const a = sheet('Assumptions');
    assert.deepEqual(
      a.rows.slice(1).map((r) => [r[0]!.v, r[1]!.v]),
      [
        ['PriceYear', 2021],
        ['DiscountRate', 0.035],
        ['SensitivityLow', 0.8],
        ['SensitivityHigh', 1.2],
      ],
    );
    for (const r of a.rows.slice(1))
      assert.equal(r[1]!.fill, INPUT_FILL, `${String(r[0]!.v)} is styled as an input`);
    assert.deepEqual(a.validations.map((v) => v.sqref).sort(), ['B2', 'B3', 'B4', 'B5']);
    // Unit costs and price indices are inputs too.
    for (const r of sheet('UnitCosts').rows.slice(1)) assert.equal(r[1]!.fill, INPUT_FILL);
    for (const r of sheet('PriceIndex').rows.slice(1)) assert.equal(r[1]!.fill, INPUT_FILL);
  });

  it('writes every formula as a formula with a cached result', () => {
    let formulas = 0;
    for (const s of dump.sheets) {
      for (const [r, row] of s.rows.entries()) {
        for (const [c, cell] of row.entries()) {
          if (typeof cell.v === 'string' && cell.v.startsWith('=')) {
            formulas++;
            assert.ok(
              cell.c !== null && cell.c !== '',
              `${s.title}!${letter(c + 1)}${r + 1} ${cell.v} has a cached result`,
            );
          }
        }
      }
    }
    const ledgerLines = [...deriveLedger(data)].length;
    assert.ok(
      formulas > ledgerLines * 3,
      `hours, rate and cost are formulas on every StaffTime row (${formulas})`,
    );
  });

  it('has one StaffTime row per ledger line, costed by formula to the engine’s exact figure', () => {
    const lines = [...deriveLedger(data)];
    const rows = sheet('StaffTime').rows.slice(1);
    assert.equal(rows.length, lines.length);
    const rates = new RateTable(data.unitCosts, data.priceIndex, data.programme.priceYear);
    lines.forEach((line, i) => {
      const row = rows[i]!;
      assert.deepEqual(
        row.slice(0, 8).map((c) => c.v),
        [
          `${line.date}T00:00:00`,
          line.laCode ?? 'programme',
          line.staffCode,
          line.costRole,
          line.activity,
          line.source,
          line.familyReference,
          line.minutes,
        ],
      );
      assert.equal(row[8]!.v, `=H${i + 2}/60`);
      assert.match(String(row[9]!.v), /^=SUMIFS\(UnitCosts!\$I:\$I,/);
      assert.equal(row[10]!.v, `=I${i + 2}*J${i + 2}`);
      const exact = rates.hourlyRatePence(line.costRole, line.date).mul(line.minutes).div(6000);
      assert.equal(row[10]!.c, exact.toNumber(), `cached cost of line ${i + 1}`);
      assert.equal(row[10]!.fmt, POUNDS);
    });
  });

  it('shows each family by reference with its status, reason and counts, not-proceeded referrals included', () => {
    const rows = sheet('Families')
      .rows.slice(1)
      .map((r) => r.map((c) => c.v));
    assert.equal(rows.length, data.families.length);
    assert.deepEqual(
      rows.find((r) => r[0] === 'F-LA1-003'),
      [
        'F-LA1-003',
        'LA1',
        'intervention',
        'not_proceeded',
        'court_proceedings',
        'P-LA1-01',
        0,
        1,
        0,
        0,
      ],
    );
    assert.deepEqual(
      rows.find((r) => r[0] === 'F-LA1-001'),
      ['F-LA1-001', 'LA1', 'intervention', 'completed', null, 'P-LA1-01', 3, 1, 1, 1],
    );
  });

  it('formats money in pounds', () => {
    for (const spec of SHEETS) {
      const s = sheet(spec.name);
      spec.columns.forEach((col, c) => {
        if (col.numFmt !== POUNDS) return;
        for (const row of s.rows.slice(1))
          assert.equal(row[c]!.fmt, POUNDS, `${spec.name} ${col.header}`);
      });
    }
  });

  it('caches the cost summary in the Summary, figure for figure', () => {
    const input = inputOf(data);
    const rows = sheet('Summary').rows.map((r) => r.map((c) => c.c));
    assert.deepEqual(sheetFigures(rows), summaryFigures(input.summary));
  });

  it('is pseudonymised: no staff name anywhere, codes only', () => {
    const names = data.staff.map((s) => s.displayName);
    for (const s of dump.sheets) {
      for (const row of s.rows) {
        for (const cell of row) {
          if (typeof cell.v !== 'string') continue;
          for (const name of names) assert.ok(!cell.v.includes(name), `${s.title} shows ${name}`);
          assert.ok(!cell.v.includes('secret'), `${s.title}: ${cell.v}`);
        }
      }
    }
    const practitionerCodes = sheet('Practitioners')
      .rows.slice(1)
      .map((r) => r[0]!.v);
    assert.deepEqual(
      practitionerCodes,
      data.practitioners.map((p) => p.staffCode),
    );
  });

  it('explains every column of every sheet in the DataDictionary', () => {
    const dictionary = new Map(
      sheet(DATA_DICTIONARY.name)
        .rows.slice(1)
        .map((r) => [
          `${String(r[0]!.v)}!${String(r[1]!.v)}`,
          { header: r[2]!.v, meaning: r[5]!.v },
        ]),
    );
    for (const s of dump.sheets) {
      s.rows[0]!.forEach((cell, c) => {
        const entry = dictionary.get(`${s.title}!${letter(c + 1)}`);
        assert.ok(entry, `${s.title} column ${letter(c + 1)} is in the DataDictionary`);
        assert.equal(entry.header, cell.v);
        assert.ok(typeof entry.meaning === 'string' && entry.meaning.length > 10);
      });
    }
  });

  it('says on the Cover what it is, when and by whom it was generated, and what each sheet holds', () => {
    const cover = new Map(sheet('Cover').rows.map((r) => [r[0]!.v, r[1]!]));
    assert.equal(cover.get('Programme')!.v, data.programme.name);
    assert.equal(cover.get('Price year')!.v, '=PriceYear');
    assert.equal(cover.get('Price year')!.c, 2021);
    assert.equal(cover.get('Discount rate')!.c, 0.035);
    assert.equal(cover.get('Generated at (UTC)')!.v, GENERATED.generatedAt.toISOString());
    assert.equal(cover.get('Generated by')!.v, GENERATED.generatedBy);
    for (const spec of SHEETS) assert.equal(cover.get(spec.name)?.v, spec.purpose);
  });
});
