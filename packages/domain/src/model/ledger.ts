import type { CostRole, LedgerActivity, LedgerSource } from './enums.js';
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

/** The cost summary of DESIGN.md, field for field. */
export interface CostSummary {
  priceYear: number;
  totals: {
    staffTime: Pounds;
    resources: Pounds;
    total: Pounds;
    equivalentAnnualResources: Pounds;
  };
  /** One row per LA, then a row with code `programme` for programme-wide costs. */
  byLocalAuthority: Array<{ code: string; staffTime: Pounds; resources: Pounds; total: Pounds }>;
  byActivity: Array<{ activity: LedgerActivity; minutes: number; cost: Pounds }>;
  byCostType: { setup: Pounds; recurring: Pounds };
  perFamily: { allocated: CountCost; started: CountCost; completed: CountCost };
  perPractitioner: { trained: CountCost; accredited: CountCost };
  sensitivity: { low: Pounds; base: Pounds; high: Pounds };
}

/** The LA code of programme-wide rows in summaries and exports. */
export const PROGRAMME_ROW = 'programme';
