import {
  COST_TYPES,
  LEDGER_ACTIVITIES,
  LEDGER_SOURCES,
  type CostType,
  type LedgerActivity,
} from '../model/enums.js';
import { PROGRAMME_ROW } from '../model/ledger.js';
import type { IsoDate } from '../model/records.js';
import { dayNumber } from '../delivery/dates.js';
import { NOT_STARTED_REASONS, type NotStartedGroup, type NotStartedReason } from './not-started.js';

/** A resource as a ledger line (minutes 0, no person): the ledger's own source beside the staff-time ones. */
export const RESOURCE_SOURCE = 'resource';
export const LEDGER_VIEW_SOURCES = [...LEDGER_SOURCES, RESOURCE_SOURCE] as const;
export type LedgerViewSource = (typeof LEDGER_VIEW_SOURCES)[number];

/** Which ledger lines to list or sum. Each list matches any of its values; absent means any. */
export interface LedgerFilter {
  /** LA codes; `programme` is the programme-wide lines (no LA), as in the summary's row. */
  laCode?: string[];
  activity?: LedgerActivity[];
  source?: LedgerViewSource[];
  staffCode?: string[];
  familyReference?: string[];
  costType?: CostType[];
  /** Inclusive dates. */
  from?: IsoDate;
  to?: IsoDate;
  /** `YYYY-MM` months. */
  month?: string[];
  /**
   * Lines of families whose referral never started (the domain's notStartedFamilies), for these
   * reasons: the cost summary's `notStarted`. Matched through the family, so the query stays short.
   */
  notStarted?: NotStartedReason[];
  /** With notStarted: the family's LA (`programme` for none), which may differ from the line's. */
  familyLaCode?: string[];
}

/** Each not-started family's group by reference: what notStarted and familyLaCode match against. */
export type NotStartedLookup = ReadonlyMap<string, NotStartedGroup>;

/** The filter's fields in the order a query string names them. */
export const LEDGER_FILTER_FIELDS = [
  'laCode',
  'activity',
  'source',
  'staffCode',
  'familyReference',
  'costType',
  'from',
  'to',
  'month',
  'notStarted',
  'familyLaCode',
] as const satisfies ReadonlyArray<keyof LedgerFilter>;

/** What a ledger filter looks at: a line's fields as the ledger shows them. */
export interface FilterableLine {
  date: IsoDate;
  laCode: string | null;
  staffCode: string | null;
  activity: LedgerActivity | null;
  source: LedgerViewSource;
  familyReference: string | null;
  costType: CostType;
}

export interface LedgerFilterProblem {
  field: string;
  problem: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const LIST_FIELDS = new Set<string>([
  'laCode',
  'activity',
  'source',
  'staffCode',
  'familyReference',
  'costType',
  'month',
  'notStarted',
  'familyLaCode',
]);

function isDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** Checks one value of a list field; a problem sentence, or null when it is fine. */
function valueProblem(field: string, value: string): string | null {
  const oneOf = (list: readonly string[]) =>
    list.includes(value) ? null : `"${value}" is not one of ${list.join(', ')}`;
  switch (field) {
    case 'activity':
      return oneOf(LEDGER_ACTIVITIES);
    case 'source':
      return oneOf(LEDGER_VIEW_SOURCES);
    case 'costType':
      return oneOf(COST_TYPES);
    case 'notStarted':
      return oneOf(NOT_STARTED_REASONS);
    case 'month':
      return MONTH.test(value) ? null : `"${value}" is not a month (YYYY-MM)`;
    default:
      return value.length > 100 ? 'must be at most 100 characters' : null;
  }
}

/**
 * A ledger filter from query parameters (comma-separated lists), with a
 * problem per bad field so the 400 can name it. Unknown parameters are left
 * to the caller (paging lives beside the filter).
 */
export function parseLedgerFilter(query: Readonly<Record<string, unknown>>): {
  filter: LedgerFilter;
  problems: LedgerFilterProblem[];
} {
  const filter: Record<string, unknown> = {};
  const problems: LedgerFilterProblem[] = [];
  for (const field of LEDGER_FILTER_FIELDS) {
    const raw = query[field];
    if (raw === undefined || raw === '') continue;
    if (typeof raw !== 'string') {
      problems.push({ field, problem: `${field} must be given once` });
      continue;
    }
    if (!LIST_FIELDS.has(field)) {
      if (isDate(raw)) filter[field] = raw;
      else problems.push({ field, problem: `${field} "${raw}" is not a date (YYYY-MM-DD)` });
      continue;
    }
    const values = raw.split(',').map((v) => v.trim());
    const bad = values
      .map((v) => (v === '' ? 'has an empty value' : valueProblem(field, v)))
      .filter((p): p is string => p !== null);
    if (bad.length > 0) problems.push({ field, problem: `${field}: ${bad.join('; ')}` });
    else filter[field] = [...new Set(values)];
  }
  const f = filter as LedgerFilter;
  if (f.from && f.to && f.from > f.to)
    problems.push({ field: 'from', problem: 'from must not be after to' });
  if (f.familyLaCode && !f.notStarted)
    problems.push({
      field: 'familyLaCode',
      problem: 'familyLaCode needs notStarted: it is the LA of a family that never started',
    });
  return { filter: f, problems };
}

/**
 * The query string of a filter (no leading `?`), fields in LEDGER_FILTER_FIELDS
 * order, values comma-separated: the one way a figure names its ledger lines.
 */
export function ledgerQueryString(filter: LedgerFilter): string {
  const parts: string[] = [];
  for (const field of LEDGER_FILTER_FIELDS) {
    const value = filter[field];
    if (value === undefined) continue;
    const text = Array.isArray(value)
      ? value.map(encodeURIComponent).join(',')
      : encodeURIComponent(value);
    parts.push(`${field}=${text}`);
  }
  return parts.join('&');
}

const has = <T>(list: readonly T[] | undefined, value: T): boolean =>
  list === undefined || list.includes(value);

/** Whether a filter asks about families that never started (then matching needs their lookup). */
export function needsNotStarted(f: LedgerFilter): boolean {
  return f.notStarted !== undefined || f.familyLaCode !== undefined;
}

function matchesNotStarted(line: FilterableLine, f: LedgerFilter, lookup?: NotStartedLookup) {
  if (!needsNotStarted(f)) return true;
  if (!lookup) throw new Error('a notStarted filter needs the not-started families');
  const group = line.familyReference === null ? undefined : lookup.get(line.familyReference);
  return (
    group !== undefined &&
    has(f.notStarted, group.reason) &&
    has(f.familyLaCode, group.laCode ?? PROGRAMME_ROW)
  );
}

/** Whether a line is one the filter selects (`lookup`: the not-started families, when it asks). */
export function matchesLedgerFilter(
  line: FilterableLine,
  f: LedgerFilter,
  lookup?: NotStartedLookup,
): boolean {
  return (
    matchesNotStarted(line, f, lookup) &&
    has(f.laCode, line.laCode ?? PROGRAMME_ROW) &&
    (f.activity === undefined || (line.activity !== null && f.activity.includes(line.activity))) &&
    has(f.source, line.source) &&
    (f.staffCode === undefined ||
      (line.staffCode !== null && f.staffCode.includes(line.staffCode))) &&
    (f.familyReference === undefined ||
      (line.familyReference !== null && f.familyReference.includes(line.familyReference))) &&
    has(f.costType, line.costType) &&
    (f.from === undefined || line.date >= f.from) &&
    (f.to === undefined || line.date <= f.to) &&
    has(f.month, line.date.slice(0, 7))
  );
}

/** The staff-time sources: everything but resources. */
export const STAFF_TIME_FILTER: LedgerFilter = { source: [...LEDGER_SOURCES] };
export const RESOURCE_FILTER: LedgerFilter = { source: [RESOURCE_SOURCE] };
