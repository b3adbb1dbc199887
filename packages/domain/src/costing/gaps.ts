import { COST_ROLES, type CostRole } from '../model/enums.js';
import type { CostGap } from '../model/ledger.js';
import type { IsoDate } from '../model/records.js';

/**
 * Several ledger lines summed into one (the API sums minutes over a stretch
 * of dates in SQL): how many lines they were and the last date among them;
 * the summed line's own date is the first.
 */
export interface LineSpan {
  lines: number;
  to: IsoDate;
}

const ROLE_ORDER = new Map<string, number>(COST_ROLES.map((r, i) => [r, i]));

/**
 * Collects the lines no unit cost covers. Lines of one role in the same
 * uncovered stretch (`stretch`: how many of the role's periods end before
 * the date, so two lines share it exactly when no period of the role lies
 * between them) merge into one gap.
 */
export class CostGaps {
  private readonly byKey = new Map<string, CostGap>();

  add(costRole: CostRole, stretch: number, from: IsoDate, span: LineSpan, minutes: number): void {
    const key = `${costRole}\u0000${stretch}`;
    const gap = this.byKey.get(key);
    if (!gap) {
      this.byKey.set(key, { costRole, from, to: span.to, lines: span.lines, minutes });
      return;
    }
    if (from < gap.from) gap.from = from;
    if (span.to > gap.to) gap.to = span.to;
    gap.lines += span.lines;
    gap.minutes += minutes;
  }

  /** The gaps by cost role (in COST_ROLES order), then date; copies, so later lines change nothing. */
  list(): CostGap[] {
    return [...this.byKey.values()]
      .map((g) => ({ ...g }))
      .sort(
        (a, b) =>
          (ROLE_ORDER.get(a.costRole) ?? 0) - (ROLE_ORDER.get(b.costRole) ?? 0) ||
          (a.from < b.from ? -1 : a.from > b.from ? 1 : 0),
      );
  }
}
