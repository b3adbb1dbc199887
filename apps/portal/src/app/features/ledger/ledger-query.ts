import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorBody } from '@attune/contract';
import { LEDGER_FILTER_FIELDS, parseLedgerFilter } from '@attune/domain';
import {
  DEFAULT_LEDGER_PAGE_SIZE,
  EMPTY_LEDGER_FILTER,
  LEDGER_PAGE_SIZES,
  LedgerFilterField,
  LedgerFilterText,
  LedgerQuery,
} from './ledger.models';

export type LedgerQueryParams = Partial<Record<LedgerFilterField | 'page' | 'pageSize', string>>;

function wholeNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** The query of an address (a figure's `ledgerQuery`, or a shared link); an odd page falls back to the first. */
export function parseLedgerQuery(params: LedgerQueryParams): LedgerQuery {
  const filter = { ...EMPTY_LEDGER_FILTER };
  for (const f of LEDGER_FILTER_FIELDS) filter[f] = (params[f] ?? '').trim();
  const pageSize = wholeNumber(params.pageSize, DEFAULT_LEDGER_PAGE_SIZE);
  return {
    filter,
    page: wholeNumber(params.page, 1),
    pageSize: LEDGER_PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_LEDGER_PAGE_SIZE,
  };
}

/** The filters that are set, in the API's names (the API reads the same comma-separated text). */
export function filterParams(filter: LedgerFilterText): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of LEDGER_FILTER_FIELDS) if (filter[f] !== '') out[f] = filter[f];
  return out;
}

/** What goes in the address bar: the set filters, and the page only when not the default. */
export function toQueryParams(query: LedgerQuery): Record<string, string> {
  const out = filterParams(query.filter);
  if (query.page !== 1) out['page'] = String(query.page);
  if (query.pageSize !== DEFAULT_LEDGER_PAGE_SIZE) out['pageSize'] = String(query.pageSize);
  return out;
}

/** The problem of each field, by the domain's own rule (the API's): for the form, as you type. */
export function filterProblems(
  filter: LedgerFilterText,
): Partial<Record<LedgerFilterField, string>> {
  const out: Partial<Record<LedgerFilterField, string>> = {};
  for (const p of parseLedgerFilter(filterParams(filter)).problems)
    out[p.field as LedgerFilterField] = p.problem;
  return out;
}

function search(params: Record<string, string>): string {
  const text = new URLSearchParams(params).toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** GET …/ledger.csv with the same filter as the page shows. */
export function csvHref(programmeId: string, filter: LedgerFilterText): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/ledger.csv${search(filterParams(filter))}`;
}

/** A figure's ledger query (`laCode=LA1`) as the router's query parameters, for a routerLink. */
export function ledgerQueryParams(ledgerQuery: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(ledgerQuery));
}

/** The portal's Ledger page for a figure's ledger query (`laCode=LA1`). */
export function ledgerPageUrl(programmeId: string, ledgerQuery: string): string {
  return `/p/${encodeURIComponent(programmeId)}/ledger${ledgerQuery ? `?${ledgerQuery}` : ''}`;
}

/** The server's `errors: [{field, problem}]` of a 400, by field. */
export function fieldProblems(error: unknown): Record<string, string> {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return {};
  const body = error.error as Partial<ErrorBody> | null;
  const out: Record<string, string> = {};
  for (const e of body?.errors ?? []) out[e.field] = e.problem;
  return out;
}
