// The ledger: every line the cost summary is made of, pseudonymised, each with its price.
import type { LedgerFilter, LedgerLineView, LedgerMonth, LedgerViewSource } from '@attune/domain';
import type { Page } from './platform.js';

/**
 * GET /api/programmes/:id/ledger?page=&pageSize=&<filter>: one page of lines in ledger order
 * (family sessions, supervision, training, time entries, then resources; each by record id or
 * code), and the lines, minutes and exact cost (rounded once) of the whole filter, not just the
 * page. The same lines as CSV: GET /api/programmes/:id/ledger.csv?<filter>.
 */
export interface LedgerPage extends Page<LedgerLineView> {
  totalMinutes: number;
  /** Pounds, two decimals: the exact sum of the filter's costed lines, rounded half-up once. */
  totalCost: string;
}

/**
 * GET /api/programmes/:id/ledger/months?<filter>: the filter's lines, minutes and cost by month
 * (`YYYY-MM`, in order); each month's `ledgerQuery` is the filter with `month=` that lists its lines.
 */
export interface LedgerMonthsView {
  items: LedgerMonth[];
}

export type { LedgerFilter, LedgerLineView, LedgerMonth, LedgerViewSource };
