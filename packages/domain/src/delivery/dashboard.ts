import type { IsoDate, IsoMonth } from '../model/records.js';
import type { NotProceededReason } from '../model/enums.js';
import { NOT_PROCEEDED_REASONS } from '../model/enums.js';

export interface NotProceededSummary {
  referred: number;
  notProceeded: number;
  /** notProceeded / referred, a fraction; null when nothing was referred. */
  rate: number | null;
  /** Every reason, in DESIGN.md's order, with its count (zero included). */
  reasons: { reason: NotProceededReason; count: number }[];
}

/**
 * How many referrals never started and why (seed 003: 10 of 27 CP referrals).
 * `byReason` may hold any reason text; unknown ones count as `other`.
 */
export function notProceededSummary(
  referred: number,
  byReason: ReadonlyArray<{ reason: string | null; count: number }>,
): NotProceededSummary {
  const counts = new Map<NotProceededReason, number>(NOT_PROCEEDED_REASONS.map((r) => [r, 0]));
  let notProceeded = 0;
  for (const { reason, count } of byReason) {
    const key = (NOT_PROCEEDED_REASONS as readonly string[]).includes(reason ?? '')
      ? (reason as NotProceededReason)
      : 'other';
    counts.set(key, counts.get(key)! + count);
    notProceeded += count;
  }
  return {
    referred,
    notProceeded,
    rate: referred === 0 ? null : notProceeded / referred,
    reasons: [...counts].map(([reason, count]) => ({ reason, count })),
  };
}

export interface IntakeMonth {
  month: IsoMonth;
  referred: number;
  randomised: number;
  /** The month overlaps the programme's intake window. */
  inWindow: boolean;
}

function nextMonth(month: IsoMonth): IsoMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Referrals and randomisations per month, every month from the earlier of the
 * intake start and the first count to the later of the intake end and the
 * last count (months with none are zero), each marked in or out of the window.
 */
export function intakeSeries(
  window: { intakeStart: IsoDate; intakeEnd: IsoDate },
  counts: ReadonlyArray<{ month: IsoMonth; referred: number; randomised: number }>,
): IntakeMonth[] {
  const startMonth = window.intakeStart.slice(0, 7);
  const endMonth = window.intakeEnd.slice(0, 7);
  const byMonth = new Map(counts.map((c) => [c.month, c]));
  const months = [startMonth, endMonth, ...byMonth.keys()].sort();
  const series: IntakeMonth[] = [];
  for (let m = months[0]!; m <= months[months.length - 1]!; m = nextMonth(m)) {
    const c = byMonth.get(m);
    series.push({
      month: m,
      referred: c?.referred ?? 0,
      randomised: c?.randomised ?? 0,
      inWindow: m >= startMonth && m <= endMonth,
    });
  }
  return series;
}
