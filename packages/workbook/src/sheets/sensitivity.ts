import {
  DISCOUNT_RATE_RANGE,
  USEFUL_LIFE_STEP_YEARS,
  type CostBreakdown,
  type OneWayItemExact,
  type Rational,
} from '@attune/domain';
import type { BoundedWorkbookWriter } from '../bounded-writer.js';
import { NAMES, SENSITIVITY, SUMMARY, sheetRef } from '../layout.js';
import { formula, SheetSeries, type Cell, type WrittenSheets } from '../table.js';
import { SENSITIVITY_ROWS, type SummaryRows } from './summary.js';
import { across, pounds, RES, ST } from './sources.js';

/** What the one-way rows read: the analysis (cached results) and the data sheets' names. */
export interface OneWaySources {
  items: readonly OneWayItemExact[];
  staffTime: string[];
  resources: string[];
}

const exact = (pence: Rational): number => pounds(pence.toDecimal());

/** The cost summary's low, base and high totals (columns A to E): staff x the factors, resources unchanged. */
function scenarioCells(b: CostBreakdown, rows: SummaryRows, r: number): Cell[] {
  const sum = sheetRef(SUMMARY.name);
  const scenario = (['low', 'base', 'high'] as const).find((s) => SENSITIVITY_ROWS[s] === r);
  if (scenario === undefined) return [null, null, null, null, null];
  const factor =
    scenario === 'base'
      ? null
      : scenario === 'low'
        ? b.sensitivityFactors.low
        : b.sensitivityFactors.high;
  const name = scenario === 'low' ? NAMES.sensitivityLow : NAMES.sensitivityHigh;
  return [
    scenario,
    factor === null ? 1 : formula(name, factor.toNumber()),
    formula(
      `${sum}$E$${rows.staffRow}*B${r}`,
      pounds(factor === null ? b.totals.staffTime : b.totals.staffTime.mul(factor)),
    ),
    formula(`${sum}$E$${rows.resourcesRow}`, pounds(b.totals.resources)),
    formula(`C${r}+D${r}`, pounds(b.sensitivity[scenario])),
  ];
}

/**
 * One row of the one-way analysis (columns F to L), the formulas the domain's oneWaySensitivity
 * computes: staff time plus equivalent annual resources, one assumption moved (Resources carries
 * each resource's annual cost under the changed lives and rates).
 */
function oneWayCells(
  row: OneWayItemExact,
  src: OneWaySources,
  rows: SummaryRows,
  r: number,
): Cell[] {
  const sum = sheetRef(SUMMARY.name);
  const staff = `${sum}$E$${rows.staffRow}`;
  const eac = `${sum}$E$${rows.eacRow}`;
  const { assumption } = row.item;
  const low = exact(row.low);
  const high = exact(row.high);
  const factors = [
    formula(NAMES.sensitivityLow, Number(row.item.lowValue)),
    formula(NAMES.sensitivityHigh, Number(row.item.highValue)),
  ];
  let values: Cell[];
  let totals: [string, string];
  if (assumption === 'unit_cost') {
    const role = `(${across(src.staffTime, ST.cost, ST.role, `G${r}`)})`;
    values = factors;
    totals = [`${staff}+${eac}+${role}*(H${r}-1)`, `${staff}+${eac}+${role}*(I${r}-1)`];
  } else if (assumption === 'sensitivity_factors') {
    values = factors;
    totals = [`${staff}*H${r}+${eac}`, `${staff}*I${r}+${eac}`];
  } else if (assumption === 'useful_life') {
    values = [-USEFUL_LIFE_STEP_YEARS, USEFUL_LIFE_STEP_YEARS];
    totals = [
      `${staff}+${across(src.resources, RES.eacShorter)}`,
      `${staff}+${across(src.resources, RES.eacLonger)}`,
    ];
  } else {
    values = [Number(DISCOUNT_RATE_RANGE.low), Number(DISCOUNT_RATE_RANGE.high)];
    totals = [
      `${staff}+${across(src.resources, RES.eacRateLow)}`,
      `${staff}+${across(src.resources, RES.eacRateHigh)}`,
    ];
  }
  return [
    assumption,
    row.item.parameter,
    ...values,
    formula(totals[0], low),
    formula(totals[1], high),
    formula(`ABS(K${r}-J${r})`, exact(row.range)),
  ];
}

/** The Sensitivity sheet: the three scenarios on rows 2 to 4, the one-way analysis beside them. */
export async function writeSensitivity(
  wb: BoundedWorkbookWriter,
  b: CostBreakdown,
  rows: SummaryRows,
  oneWay: OneWaySources,
): Promise<WrittenSheets> {
  const s = new SheetSeries(wb, SENSITIVITY);
  const count = Math.max(SENSITIVITY_ROWS.high - 1, oneWay.items.length);
  for (let i = 0; i < count; i++) {
    const item = oneWay.items[i];
    await s.add((r) => [
      ...scenarioCells(b, rows, r),
      ...(item ? oneWayCells(item, oneWay, rows, r) : [null, null, null, null, null, null, null]),
    ]);
  }
  return s.finish();
}
