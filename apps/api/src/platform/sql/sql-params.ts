import type { AccessScope } from '@attune/domain';

/** Positional parameters for hand-written SQL: `p.add(value)` gives `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The SQL expressions that hold each field of a scope for the rows of one query:
 * a column (compared with `=`), or a condition built around the parameter for a
 * field held in another table (e.g. `EXISTS (... WHERE attendee.code = $n)`).
 */
export type ScopeColumn = string | ((param: string) => string);
export interface ScopeColumns {
  laCode?: ScopeColumn;
  staffCode?: ScopeColumn;
  supervisorCode?: ScopeColumn;
}

/**
 * The caller's access scope as an SQL condition, so the database never
 * returns a row the caller may not see. A scope field the query cannot
 * express matches nothing (fail closed), as does no scope at all.
 */
export function scopeCondition(
  scope: AccessScope | null,
  columns: ScopeColumns,
  params: SqlParams,
): string {
  if (scope === null) return 'FALSE';
  if (scope.all) return 'TRUE';
  const parts: string[] = [];
  for (const key of ['laCode', 'staffCode', 'supervisorCode', 'userId'] as const) {
    const value = scope[key];
    if (value === undefined) continue;
    const column = key === 'userId' ? undefined : columns[key];
    if (!column) return 'FALSE';
    const param = params.add(value);
    parts.push(typeof column === 'string' ? `${column} = ${param}` : column(param));
  }
  return parts.length ? parts.join(' AND ') : 'FALSE';
}
