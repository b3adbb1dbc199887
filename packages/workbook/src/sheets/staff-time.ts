import {
  PROGRAMME_ROW,
  SETUP_ACTIVITIES,
  type CostAccumulator,
  type LedgerLine,
} from '@attune/domain';
import type { BoundedWorkbookWriter } from '../bounded-writer.js';
import { STAFF_TIME, UNIT_COSTS, sheetRef } from '../layout.js';
import {
  excelDay,
  formulaCell,
  numberCell,
  rowXml,
  textCell,
  xmlText,
  type RawColumnType,
} from '../row-xml.js';
import { SheetSeries, type WrittenSheets } from '../table.js';

const UC = sheetRef(UNIT_COSTS.name);
const SETUP = new Set<string>(SETUP_ACTIVITIES);

/**
 * The rate of row r: the UnitCosts rate at price year of the row's cost role
 * whose period covers its date. The periods of a role never overlap (the
 * engine refuses overlaps), so the SUMIFS picks exactly one unit cost.
 */
export function rateFormula(r: number | string): string {
  return `SUMIFS(${UC}$I:$I,${UC}$A:$A,$D${r},${UC}$J:$J,"<="&$A${r},${UC}$K:$K,">="&$A${r})`;
}

/** How exceljs would type each StaffTime cell (the formulas' cached results are numbers). */
const TYPES: RawColumnType[] = [
  'date',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'number',
  'number',
  'number',
  'number',
  'text',
];

/** The rate formula XML-encoded once, split where the row number goes. */
const RATE_PARTS = xmlText(rateFormula('#')).split('#');

/**
 * One StaffTime row as the XML exceljs would write for the cells
 * [date, LA, staff, role, activity, source, family, minutes, H/60 (hours), rate, I*J (cost), kind].
 */
export function staffTimeRow(
  r: number,
  s: readonly string[],
  line: LedgerLine,
  rate: number,
  cost: number,
): string {
  return rowXml(
    r,
    12,
    numberCell(`A${r}`, s[0]!, excelDay(line.date)) +
      textCell(`B${r}`, s[1]!, line.laCode ?? PROGRAMME_ROW) +
      textCell(`C${r}`, s[2]!, line.staffCode) +
      textCell(`D${r}`, s[3]!, line.costRole) +
      textCell(`E${r}`, s[4]!, line.activity) +
      textCell(`F${r}`, s[5]!, line.source) +
      textCell(`G${r}`, s[6]!, line.familyReference) +
      numberCell(`H${r}`, s[7]!, line.minutes) +
      `<c r="I${r}"${s[8]!}><f>H${r}/60</f><v>${line.minutes / 60}</v></c>` +
      `<c r="J${r}"${s[9]!}><f>${RATE_PARTS.join(String(r))}</f><v>${rate}</v></c>` +
      formulaCell(`K${r}`, s[10]!, `I${r}*J${r}`, cost) +
      textCell(`L${r}`, s[11]!, SETUP.has(line.activity) ? 'setup' : 'recurring'),
  );
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
  ledger: AsyncIterable<LedgerLine | readonly LedgerLine[]> | Iterable<LedgerLine>,
  acc: CostAccumulator,
  maxRows: number,
  progress: LedgerProgress,
): Promise<WrittenSheets> {
  const s = new SheetSeries(wb, STAFF_TIME, maxRows);
  const styles = s.styleAttributes(TYPES);
  // A line's cost depends only on its unit-cost row and its minutes: cache the
  // few thousand distinct pairs rather than do Decimal arithmetic per line.
  const costs = new Map<number, number>();
  const rates: number[] = [];
  const periods = Math.max(1, acc.rates.unitCosts.length);
  let done = 0;
  const write = (line: LedgerLine): Promise<void> | null => {
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
    const wait = s.addXml((r) => staffTimeRow(r, styles, line, rate, lineCost));
    done++;
    if (done % PROGRESS_EVERY === 0) progress.onProgress?.(done, Math.max(progress.total, done));
    return wait;
  };
  // A batch (an array) is written without an await per line; the writer waits only when the zip is behind.
  for await (const item of ledger) {
    if (!Array.isArray(item)) {
      await write(item as LedgerLine);
      continue;
    }
    for (const line of item as readonly LedgerLine[]) {
      const wait = write(line);
      if (wait) await wait;
    }
  }
  progress.onProgress?.(done, Math.max(progress.total, done));
  return s.finish();
}
