import { AUDIT_PAGE_SIZES, AuditQuery, DEFAULT_AUDIT_QUERY } from './audit-log.models';

/** The address bar's query parameters, as the router hands them to the page. */
export type AuditQueryParams = Partial<Record<keyof AuditQuery, string | undefined>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILTER_KEYS = ['action', 'entityType', 'userEmail', 'from', 'to'] as const;

function text(value: string | undefined): string {
  return (value ?? '').trim();
}

function date(value: string | undefined): string {
  const trimmed = text(value);
  return ISO_DATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) ? trimmed : '';
}

function wholeNumber(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/**
 * A query from a shared address. Anything the API would refuse (a malformed
 * date, page 0, an odd page size) falls back to its default, so a mangled
 * link still opens the log instead of an error.
 */
export function parseAuditQuery(params: AuditQueryParams): AuditQuery {
  const pageSize = wholeNumber(params.pageSize, DEFAULT_AUDIT_QUERY.pageSize);
  return {
    action: text(params.action),
    entityType: text(params.entityType),
    userEmail: text(params.userEmail),
    from: date(params.from),
    to: date(params.to),
    page: wholeNumber(params.page, 1),
    pageSize: AUDIT_PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_AUDIT_QUERY.pageSize,
  };
}

/** The filters that are set, in the API's parameter names (empty ones left out). */
export function filterParams(query: AuditQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (query[key] !== '') out[key] = query[key];
  return out;
}

/** What goes in the address bar: set filters, and the page only when not the default. */
export function toQueryParams(query: AuditQuery): Record<string, string> {
  const out = filterParams(query);
  if (query.page !== 1) out['page'] = String(query.page);
  if (query.pageSize !== DEFAULT_AUDIT_QUERY.pageSize) out['pageSize'] = String(query.pageSize);
  return out;
}

/** GET /api/audit-events.csv with the same filters as the page shows. */
export function csvHref(query: AuditQuery): string {
  const search = new URLSearchParams(filterParams(query)).toString();
  return `/api/audit-events.csv${search ? `?${search}` : ''}`;
}
