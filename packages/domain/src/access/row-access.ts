import { scopeFor, type ScopedRow } from './ability.js';
import type { Action, Principal, Subject } from './subjects.js';

const FIELDS = ['laCode', 'staffCode', 'supervisorCode', 'userId'] as const;

/**
 * The field of a row, possibly given only in part, that rules the principal
 * out of `action` on it: the first given field whose value is not the one the
 * principal's rule asks for; `null` when the fields given allow it. Fields not
 * given are not judged, so a service can check whose time an entry is before
 * it knows the entry's LA, and name that field in its 400. With every field of
 * the row given, `refusedBy(...) === null` exactly when `can(...)` is true
 * (a principal with no access at all to the subject is refused on the first
 * field given; check `can(principal, action, subject)` first for a 403).
 */
export function refusedBy(
  principal: Principal,
  action: Action,
  subjectType: Subject,
  row: ScopedRow,
): keyof ScopedRow | null {
  const given = FIELDS.filter((f) => row[f] !== undefined);
  const scope = scopeFor(principal, subjectType, action);
  if (!scope) return given[0] ?? null;
  if (scope.all) return null;
  return given.find((f) => scope[f] !== undefined && scope[f] !== row[f]) ?? null;
}
