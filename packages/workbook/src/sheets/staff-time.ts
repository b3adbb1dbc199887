import {
  PROGRAMME_ROW,
  SETUP_ACTIVITIES,
  type CostAccumulator,
  type LedgerLine,
} from '@attune/domain';
import type { BoundedWorkbookWriter } from '../bounded-writer.js';
import { STAFF_TIME, UNIT_COSTS, sheetRef } from '../layout.js';
import { formula, isoDate, SheetSeries, type WrittenSheets } from '../table.js';

const UC = sheetRef(UNIT_COSTS.name);
const SETUP = new Set<string>(SETUP_ACTIVITIES);

/**
 * The rate of row r: the UnitCosts rate at price year of the row's cost role
 * whose period covers its date. The periods of a role never overlap (the
 * engine refuses overlaps), so the SUMIFS picks exactly one unit cost.
 */
function rateFormula(r: number): string {
  return `SUMIFS(${UC}$I:$I,${UC}$A:$A,$D${r},${UC}$J:$J,"<="&$A${r},${UC}$K:$K,">="&$A${r})`;
}

export interface LedgerProgress {
  total: number;
  onProgress?: (done: number, total: number) => void;
}

/** Lines between progress reports. */
const PROGRESS_EVERY = 10_000;

/**
 * StaffTime, StaffTime2, …: one row per ledger line, each line also added to
 * the accumulator (which checks it and prices it exactly). Cached results are
 * the engine's exact figures converted to the nearest double.
 */
export async function writeStaffTime(
  wb: BoundedWorkbookWriter,
  ledger: AsyncIterable<LedgerLine> | Iterable<LedgerLine>,
  acc: CostAccumulator,
  maxRows: number,
  progress: LedgerProgress,
): Promise<WrittenSheets> {
  const s = new SheetSeries(wb, STAFF_TIME, maxRows);
  // A line's cost depends only on its unit-cost row and its minutes: cache the
  // few thousand distinct pairs rather than do Decimal arithmetic per line.
  const costs = new Map<number, number>();
  const rates: number[] = [];
  const periods = Math.max(1, acc.rates.unitCosts.length);
  let done = 0;
  for await (const line of ledger) {
    acc.addLine(line);
    const period = acc.rates.periodOf(line.costRole, line.date);
    const ratePence = acc.rates.rateOfPeriod(period);
    const rate = (rates[period] ??= ratePence.div(100).toNumber());
    const key = line.minutes * periods + period;
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = ratePence.mul(line.minutes).div(6000).toNumber();
      if (costs.size > 100_000) costs.clear();
      costs.set(key, cost);
    }
    const lineCost = cost;
    await s.add((r) => [
      isoDate(line.date),
      line.laCode ?? PROGRAMME_ROW,
      line.staffCode,
      line.costRole,
      line.activity,
      line.source,
      line.familyReference,
      line.minutes,
      formula(`H${r}/60`, line.minutes / 60),
      formula(rateFormula(r), rate),
      formula(`I${r}*J${r}`, lineCost),
      SETUP.has(line.activity) ? 'setup' : 'recurring',
    ]);
    done++;
    if (done % PROGRESS_EVERY === 0) progress.onProgress?.(done, Math.max(progress.total, done));
  }
  progress.onProgress?.(done, Math.max(progress.total, done));
  return s.finish();
}
