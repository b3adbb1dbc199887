import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import {
  computeCostBreakdown,
  computeCostSummary,
  computeOneWaySensitivity,
  CostDecimal,
  formatPounds,
  type CostSummary,
  type ProgrammeData,
} from '@attune/domain';
import { letter } from './layout.js';
import { smallProgramme } from '../test/fixture.js';
import {
  LIBREOFFICE_RECALC,
  OPENPYXL_DUMP,
  python,
  type CalcResult,
  type CalcSheet,
  type CellEdit,
  type XlsxDump,
} from '../test/python.js';
import { penny, sheetFigures, summaryFigures, type Figures } from '../test/summary-map.js';
import { inputOf, writeToTemp } from '../test/write.js';

/** What each scenario changes in the spreadsheet, and the same change to the programme's data. */
interface Scenario {
  name: string;
  edits: CellEdit[];
  /** The data the engine should be given to reach the same figures; null when the engine's rules are not data. */
  data: ((d: ProgrammeData) => ProgrammeData) | null;
}

const SCENARIOS: Scenario[] = [
  {
    // UnitCosts row 3: social_worker from 2022-01-01, 47.89 → 52.50 an hour.
    name: 'a unit cost',
    edits: [{ sheet: 'UnitCosts', cell: 'B3', value: 52.5 }],
    data: (d) => ({
      ...d,
      unitCosts: d.unitCosts.map((u, i) => (i === 1 ? { ...u, hourlyCostPence: 5250 } : u)),
    }),
  },
  {
    name: 'the discount rate',
    edits: [{ sheet: 'Assumptions', cell: 'B3', value: 0.05 }],
    data: (d) => ({ ...d, programme: { ...d.programme, discountRate: '0.05' } }),
  },
  {
    name: 'the price year',
    edits: [{ sheet: 'Assumptions', cell: 'B2', value: 2022 }],
    data: (d) => ({ ...d, programme: { ...d.programme, priceYear: 2022 } }),
  },
  {
    name: 'a price index',
    edits: [{ sheet: 'PriceIndex', cell: 'B3', value: 105.25 }],
    data: (d) => ({
      ...d,
      priceIndex: d.priceIndex.map((p) => (p.year === 2021 ? { ...p, index: '105.25' } : p)),
    }),
  },
  {
    name: 'the sensitivity factors',
    edits: [
      { sheet: 'Assumptions', cell: 'B4', value: 0.5 },
      { sheet: 'Assumptions', cell: 'B5', value: 1.75 },
    ],
    data: null,
  },
];

function calcSheet(sheets: CalcSheet[], name: string): CalcSheet {
  const found = sheets.find((s) => s.name === name);
  assert.ok(found, `sheet ${name}`);
  return found;
}

/** The Summary's figures as LibreOffice computed them. */
function figuresOf(sheets: CalcSheet[]): Figures {
  return sheetFigures(calcSheet(sheets, 'Summary').values);
}

/** The one-way rows of the Sensitivity sheet (columns F to L) as LibreOffice computed them, by assumption. */
function oneWayOf(
  sheets: CalcSheet[],
): Record<string, { low: unknown; high: unknown; range: unknown }> {
  const rows = calcSheet(sheets, 'Sensitivity').values.slice(1);
  const out: Record<string, { low: unknown; high: unknown; range: unknown }> = {};
  for (const row of rows) {
    if (row[5] === '' || row[5] === undefined) continue;
    out[`${row[5]}/${row[6]}`] = {
      low: penny(row[9]),
      high: penny(row[10]),
      range: penny(row[11]),
    };
  }
  return out;
}

/** The same of GET …/sensitivity, the domain's one-way analysis of the data. */
function oneWayExpected(d: ProgrammeData): ReturnType<typeof oneWayOf> {
  return Object.fromEntries(
    computeOneWaySensitivity(d).items.map((i) => [
      `${i.assumption}/${i.parameter}`,
      { low: i.low, high: i.high, range: i.range },
    ]),
  );
}

function assertNoErrors(sheets: CalcSheet[]): void {
  for (const s of sheets) assert.deepEqual(s.errors, {}, `${s.name} has no formula errors`);
}

describe('the workbook in LibreOffice, fully recalculated', () => {
  let data: ProgrammeData;
  let summary: CostSummary;
  let cached: XlsxDump;
  let calc: CalcResult;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    data = smallProgramme();
    summary = computeCostSummary(data);
    const written = await writeToTemp(inputOf(data));
    cleanup = written.cleanup;
    cached = await python<XlsxDump>(OPENPYXL_DUMP, written.file);
    calc = await python<CalcResult>(LIBREOFFICE_RECALC, {
      file: written.file,
      scenarios: SCENARIOS.map((s) => s.edits),
    });
  });
  afterAll(() => cleanup());

  it('keeps every formula’s cached value after a full recalculation', () => {
    assertNoErrors(calc.recalculated);
    let checked = 0;
    for (const sheet of cached.sheets) {
      const recalculated = calcSheet(calc.recalculated, sheet.title);
      sheet.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (typeof cell.v !== 'string' || !cell.v.startsWith('=')) return;
          const where = `${sheet.title}!${letter(c + 1)}${r + 1} ${cell.v}`;
          // LibreOffice shows formulas in its own syntax (`$Sheet.A1;…`); that it is one is what matters.
          assert.ok(
            recalculated.formulas[r]![c]!.startsWith('='),
            `${where}: LibreOffice reads a formula`,
          );
          const value = recalculated.values[r]![c];
          if (typeof cell.c === 'number' && typeof value === 'number') {
            assert.ok(
              Math.abs(value - cell.c) <= 1e-9 * Math.max(1, Math.abs(cell.c)),
              `${where}: ${value} vs cached ${cell.c}`,
            );
            if (cell.fmt.includes('£'))
              assert.equal(penny(value), penny(cell.c), `${where} to the penny`);
          } else {
            assert.equal(value, cell.c, where);
          }
          checked++;
        });
      });
    }
    assert.ok(checked > 100, `checked ${checked} formulas`);
  });

  it('recalculates a Summary equal to the cost summary to the penny', () => {
    assert.deepEqual(figuresOf(calc.recalculated), summaryFigures(summary));
  });

  it('recalculates a one-way analysis equal to GET …/sensitivity to the penny, in its order', () => {
    const expected = oneWayExpected(data);
    assert.ok(Object.keys(expected).length >= 4, 'roles, lives, rate and factors are all varied');
    assert.deepEqual(oneWayOf(calc.recalculated), expected);
    const order = calcSheet(calc.recalculated, 'Sensitivity')
      .values.slice(1)
      .filter((row) => row[5] !== '')
      .map((row) => `${row[5]}/${row[6]}`);
    assert.deepEqual(order, Object.keys(expected));
  });

  for (const [i, scenario] of SCENARIOS.entries()) {
    it(`moves the totals as the cost rules say when ${scenario.name} changes`, () => {
      const sheets = calc.scenarios[i]!;
      assertNoErrors(sheets);
      let expected: CostSummary;
      if (scenario.data) {
        expected = computeCostSummary(scenario.data(data));
      } else {
        // The engine's factors are fixed (0.8, 1.2): apply the edited factors to its exact totals.
        const exact = computeCostBreakdown(data).totals;
        const low = exact.staffTime.mul(new CostDecimal('0.5')).plus(exact.resources);
        const high = exact.staffTime.mul(new CostDecimal('1.75')).plus(exact.resources);
        expected = {
          ...summary,
          sensitivity: { ...summary.sensitivity, low: formatPounds(low), high: formatPounds(high) },
        };
      }
      assert.notDeepEqual(expected, summary, 'the scenario changes the cost summary');
      assert.deepEqual(figuresOf(sheets), summaryFigures(expected));
      // The one-way analysis follows the same edit (the factors' scenario is checked above by hand).
      if (scenario.data) assert.deepEqual(oneWayOf(sheets), oneWayExpected(scenario.data(data)));
    });
  }
});
