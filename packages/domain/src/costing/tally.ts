import type { LedgerActivity } from '../model/enums.js';
import { PROGRAMME_ROW, type CostGap, type LedgerLine, type Pounds } from '../model/ledger.js';
import { CostAccumulator, type CostContext } from './accumulator.js';
import { CostDecimal, formatPounds } from './decimal.js';

/** One cell of a tally: the lines of one LA (or `programme`) and one activity. */
export interface TallyCell {
  laCode: string;
  activity: LedgerActivity;
  rows: number;
  minutes: number;
  /** Pounds, rounded half-up to the penny; the lines no unit cost covers are left out (see gaps). */
  cost: Pounds;
}

export interface Tally {
  rows: number;
  minutes: number;
  /** The exact total, rounded once (so it may differ by a penny from the sum of the rounded cells). */
  cost: Pounds;
  cells: TallyCell[];
  gaps: CostGap[];
}

/**
 * What a batch of ledger lines costs, by LA and activity: what an import would
 * add to the cost summary. Each activity has its own CostAccumulator, the
 * engine the cost summary uses, so a cell's cost is exactly that activity's
 * share of the LA's staff time there.
 */
export class LedgerTally {
  private readonly byActivity = new Map<LedgerActivity, CostAccumulator>();
  private readonly counts = new Map<string, { rows: number; minutes: number }>();

  constructor(private readonly ctx: CostContext) {}

  add(line: LedgerLine): void {
    let accumulator = this.byActivity.get(line.activity);
    if (!accumulator) {
      accumulator = new CostAccumulator(this.ctx);
      this.byActivity.set(line.activity, accumulator);
    }
    accumulator.addLine(line);
    const key = `${line.laCode ?? PROGRAMME_ROW}\u0000${line.activity}`;
    const count = this.counts.get(key) ?? { rows: 0, minutes: 0 };
    count.rows++;
    count.minutes += line.minutes;
    this.counts.set(key, count);
  }

  result(): Tally {
    const cells: TallyCell[] = [];
    const gaps: CostGap[] = [];
    let total = new CostDecimal(0);
    let rows = 0;
    let minutes = 0;
    for (const [activity, accumulator] of this.byActivity) {
      const breakdown = accumulator.breakdown();
      gaps.push(...breakdown.gaps);
      total = total.plus(breakdown.totals.staffTime);
      for (const la of breakdown.byLocalAuthority) {
        const count = this.counts.get(`${la.code}\u0000${activity}`);
        if (!count) continue;
        rows += count.rows;
        minutes += count.minutes;
        cells.push({ laCode: la.code, activity, ...count, cost: formatPounds(la.staffTime) });
      }
    }
    cells.sort((a, b) =>
      a.laCode === b.laCode
        ? compare(a.activity, b.activity)
        : a.laCode === PROGRAMME_ROW
          ? 1
          : b.laCode === PROGRAMME_ROW
            ? -1
            : compare(a.laCode, b.laCode),
    );
    return { rows, minutes, cost: formatPounds(total), cells, gaps };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
