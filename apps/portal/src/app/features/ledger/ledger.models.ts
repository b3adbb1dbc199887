import { LEDGER_FILTER_FIELDS } from '@attune/domain';

export type { LedgerLineView, LedgerMonth, LedgerMonthsView, LedgerPage } from '@attune/contract';

export type LedgerFilterField = (typeof LEDGER_FILTER_FIELDS)[number];

/** The filter as the address bar and the form hold it: text, comma-separated lists, '' for any. */
export type LedgerFilterText = Record<LedgerFilterField, string>;

/** The filter and a page (1-based, as the API counts): everything the address bar holds. */
export interface LedgerQuery {
  filter: LedgerFilterText;
  page: number;
  pageSize: number;
}

export const LEDGER_PAGE_SIZES: readonly number[] = [25, 50, 100, 250];
export const DEFAULT_LEDGER_PAGE_SIZE = 50;

export const EMPTY_LEDGER_FILTER: LedgerFilterText = Object.fromEntries(
  LEDGER_FILTER_FIELDS.map((f) => [f, '']),
) as LedgerFilterText;

/** Labels of the filter's fields, for the form and for messages. */
export const FILTER_LABELS: Readonly<Record<LedgerFilterField, string>> = {
  laCode: 'Local authority',
  activity: 'Activity',
  source: 'Source',
  staffCode: 'Staff code',
  familyReference: 'Family reference',
  costType: 'Cost type',
  from: 'From',
  to: 'To',
  month: 'Month',
  notStarted: 'Never started, for reason',
  familyLaCode: "Family's local authority",
};
