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
 * Suggestions for the filters. The API matches any value exactly, so these
 * only save typing: a new action recorded by a later feature is still found.
 */
export const KNOWN_ACTIONS: readonly string[] = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_in_refused',
  'auth.sign_out',
  'auth.password_change',
  'auth.password_change_failed',
  'user.create',
  'user.update',
  'user.password_reset',
  'audit.export',
  'programme.import',
  'programme.export',
  'programme.rule_set',
  'family.create',
  'family.update',
  'family.status',
  'families.export',
  'supervision_session.create',
  'supervision_session.update',
  'supervision_session.delete',
  'training_event.create',
  'training_event.update',
  'training_event.delete',
  'milestone.create',
  'milestone.update',
  'milestone.delete',
  'rule_set.create',
  'rule_set.update',
];

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
