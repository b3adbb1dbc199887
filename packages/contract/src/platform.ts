// The shapes every route shares: a page of a list, the one error body, and health.
import type { CostGap } from './costing.js';

/** A page of a list (`?page=&pageSize=`): the rows asked for and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** The keys of `T` whose value may be null. */
type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];

/** `T` with every field that may be null made optional (a request may leave it out). */
export type NullableOptional<T> = Omit<T, NullableKeys<T>> & Partial<Pick<T, NullableKeys<T>>>;

/** One thing wrong with the input: which field, and what is wrong with it (400 `errors`). */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** Every `code` a 409 carries: why a write was refused for the state of the record, not its input. */
export const CONFLICT_CODES = [
  /** The record changed since the caller read it; the body has `currentVersion`. */
  'stale_version',
  /** The LA's month is signed off. */
  'period_locked',
  'already_randomised',
  /** The family has no baseline questionnaire recorded, which comes before randomisation. */
  'baseline_missing',
  'status_change',
  /** The month is already signed off. */
  'already_locked',
  /** Another record of the programme already has this code (sessions, events, rule sets). */
  'duplicate_code',
  /** The programme names a rule set that neither it nor the presets have. */
  'rule_set_missing',
  /** Another user has this email. */
  'email_taken',
  /** The change would leave no enabled admin. */
  'last_admin',
  /** The job has not finished, so there is nothing to download yet. */
  'job_not_finished',
  /** Another unit cost of the same role covers part of the period; the body has `overlapping`. */
  'unit_cost_overlap',
  /** The price index year is the programme's price year, or a unit cost's or resource's. */
  'price_index_in_use',
  /** The time is already counted in the ledger from a family or supervision session. */
  'already_counted',
  /** The same file (by its content hash) was imported before; the body has `previous`. */
  'duplicate_import',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

export function isConflictCode(value: unknown): value is ConflictCode {
  return (CONFLICT_CODES as readonly unknown[]).includes(value);
}

/**
 * A `code` in an error body: a 409's conflict, 503 `database_unavailable`, or 422 `cost_gaps` (a
 * workbook refused while some ledger lines have no unit cost; the body has `gaps`).
 */
export type ErrorCode = ConflictCode | 'database_unavailable' | 'cost_gaps';

/** The one error body Attune answers with: never a stack trace or SQL. */
export interface ErrorBody {
  statusCode: number;
  /** The status's reason phrase, e.g. `Conflict`. */
  error: string;
  /** A sentence a person can act on, or one per problem. */
  message: string | string[];
  /** Also in the `x-request-id` header: quote it when reporting a fault. */
  requestId: string;
  /** 400: each problem at its field. */
  errors?: FieldProblem[];
  /** 409 (and 503): what to branch on. */
  code?: ErrorCode;
  /** 409 `stale_version`: the version to reload. */
  currentVersion?: number;
  /** 409 `period_locked`: the signed-off month that refused the write. */
  lock?: LockedPeriod;
  /** 422 `cost_gaps`: the lines no unit cost covers, as in the cost summary. */
  gaps?: CostGap[];
}

/**
 * 409 `period_locked`: the lock that refused the write, so a screen can say
 * which month of which LA, who signed it off and when, and who can reopen it.
 */
export interface LockedPeriod {
  laCode: string;
  month: string;
  /** When it was signed off (ISO 8601 UTC). */
  lockedAt: string;
  /** The email of who signed it off; null when that account is gone. */
  lockedBy: string | null;
  /** The lock's reason, as a sentence: "Signed off by … on …". */
  reason: string;
  /** Who may reopen the month: always `admin`. */
  reopenableBy: 'admin';
}

/** GET /api/health */
export interface HealthReport {
  status: 'ok' | 'error';
  database: { status: 'up' | 'down'; latencyMs?: number; migrationsPending?: boolean };
  uptimeSeconds: number;
}
