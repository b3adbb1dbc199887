export type { AuditEventView as AuditEvent, AuditPage } from '@attune/contract';

/** The filters the API takes; an empty string means "any". Dates are `YYYY-MM-DD`, inclusive. */
export interface AuditFilters {
  action: string;
  entityType: string;
  userEmail: string;
  from: string;
  to: string;
}

/** Filters and a page (1-based, as the API counts): everything the address bar holds. */
export interface AuditQuery extends AuditFilters {
  page: number;
  pageSize: number;
}

export const AUDIT_PAGE_SIZES: readonly number[] = [25, 50, 100];

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  action: '',
  entityType: '',
  userEmail: '',
  from: '',
  to: '',
};

export const DEFAULT_AUDIT_QUERY: AuditQuery = { ...EMPTY_AUDIT_FILTERS, page: 1, pageSize: 25 };

/**
 * Suggestions for the entity type filter. The API matches any value exactly,
 * so these only save typing. (The actions are the domain's AUDIT_ACTION_LABELS.)
 */
export const KNOWN_ENTITY_TYPES: readonly string[] = [
  'AuditEvent',
  'Family',
  'FamilySession',
  'PeriodLock',
  'Programme',
  'RuleSet',
  'Session',
  'SupervisionSession',
  'TimeEntry',
  'TrainingEvent',
  'User',
];
