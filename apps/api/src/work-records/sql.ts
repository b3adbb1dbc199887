import { ForbiddenException } from '@nestjs/common';
import { scopeFor, type Action, type Principal, type Subject } from '@attune/domain';

/** Numbered parameters for hand-written SQL: `sql.p(value)` gives `$n`. */
export class Params {
  readonly values: unknown[] = [];
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** How each scope field reads as SQL for one table (see ScopedRow in the domain). */
export interface ScopeColumns {
  laCode?: (code: string) => string;
  staffCode?: (code: string) => string;
  supervisorCode?: (code: string) => string;
}

/**
 * The caller's scope on a subject as a WHERE condition (`TRUE` for all rows).
 * No access at all is a 403; a scope field the table cannot express is a bug
 * and refuses rather than widening what the caller sees.
 */
export function scopeCondition(
  principal: Principal,
  subject: Subject,
  action: Action,
  columns: ScopeColumns,
  params: Params,
): string {
  const scope = scopeFor(principal, subject, action);
  if (!scope)
    throw new ForbiddenException(`Your role (${principal.role}) may not ${action} ${subject}.`);
  if (scope.all) return 'TRUE';
  const parts: string[] = [];
  for (const field of ['laCode', 'staffCode', 'supervisorCode'] as const) {
    const value = scope[field];
    if (value === undefined) continue;
    const column = columns[field];
    if (!column) throw new ForbiddenException(`${subject} cannot be limited by ${field}.`);
    parts.push(column(params.p(value)));
  }
  if (scope.userId !== undefined) throw new ForbiddenException(`${subject} has no owner account.`);
  return parts.length > 0 ? parts.join(' AND ') : 'FALSE';
}
