import type { CostRole, LedgerActivity, LedgerSource } from './enums.js';
import type { NotStartedGroup } from '../costing/not-started.js';
import type { IsoDate } from './records.js';

/** One line of the staff-time ledger: minutes of one person, costed from exactly one source. */
export interface LedgerLine {
  date: IsoDate;
  /** The LA the line belongs to; null for programme-wide (provider staff with no LA). */
  laCode: string | null;
  staffCode: string;
  costRole: CostRole;
  activity: LedgerActivity;
  source: LedgerSource;
  familyReference: string | null;
  minutes: number;
}

/** Money in a summary: pounds with two decimals, as a string (`"1234.50"`). */
export type Pounds = string;

export interface CountCost {
  count: number;
  /** null when count is zero. */
  cost: Pounds | null;
}

/**
 * Ledger lines of one cost role that no unit cost covers, merged over one
 * stretch of dates between that role's unit-cost periods: `from` and `to`
 * are the first and last dates of those lines, so a unit cost for exactly
 * that period covers them and overlaps no other.
 */
export interface CostGap {
  costRole: CostRole;
  from: IsoDate;
  to: IsoDate;
  lines: number;
  minutes: number;
}

/** The cost summary of DESIGN.md, field for field, and the gaps its totals leave out. */
export interface CostSummary {
  /** False when some line has no unit cost: the figures then total the costed lines only. */
  complete: boolean;
  /** By cost role, then date; empty when complete. */
  gaps: CostGap[];
  priceYear: number;
  totals: {
    staffTime: Pounds;
    resources: Pounds;
    total: Pounds;
    equivalentAnnualResources: Pounds;
  };
  /** One row per LA, then a row with code `programme` for programme-wide costs. */
  /** `ledgerQuery`: the ledger filter (a query string) whose lines sum to the row's total. */
  byLocalAuthority: Array<{
    code: string;
    staffTime: Pounds;
    resources: Pounds;
    total: Pounds;
    ledgerQuery: string;
  }>;
  /** `ledgerQuery`: the ledger filter whose lines sum to the row's cost (and, with no gaps, minutes). */
  byActivity: Array<{
    activity: LedgerActivity;
    minutes: number;
    cost: Pounds;
    ledgerQuery: string;
  }>;
  byCostType: { setup: Pounds; recurring: Pounds };
  perFamily: { allocated: CountCost; started: CountCost; completed: CountCost };
  perPractitioner: { trained: CountCost; accredited: CountCost };
  sensitivity: { low: Pounds; base: Pounds; high: Pounds };
  /** The ledger filters of the other figures that are ledger sums (`''`: the whole ledger). */
  ledgerQueries: {
    totals: { staffTime: string; resources: string; total: string };
    byCostType: { setup: string; recurring: string };
    /** The numerator of each per-family and per-practitioner cost. */
    perFamily: string;
    perPractitioner: string;
  };
  /**
   * Staff time on referrals that never started (allocated with no held session, or not proceeded):
   * their ledger lines' minutes and cost, and the same by the family's LA and reason.
   */
  notStarted: NotStartedCost & { breakdown: Array<NotStartedCost & NotStartedGroup> };
}

export interface NotStartedCost {
  families: number;
  minutes: number;
  cost: Pounds;
  /** The ledger filter whose lines' cost sums to `cost`. */
  ledgerQuery: string;
}

/** The LA code of programme-wide rows in summaries and exports. */
export const PROGRAMME_ROW = 'programme';
