import { valueLabel } from '@attune/domain';
import { isStaleVersion, STALE_MESSAGE } from '../../../core/api/api-error';
import { FieldProblem } from '../delivery.models';
import { saveFailure } from './request-state';

/**
 * A refused write, as a page shows it: 409 stale_version (reload offered),
 * or a sentence and the problems at their fields (describeApiError already
 * adds a lock's reason and who can reopen it).
 */
export type WriteFailure =
  { stale: true; error: string } | { stale: false; error: string; problems: FieldProblem[] };

export function writeFailure(error: unknown, fallback: string): WriteFailure {
  if (isStaleVersion(error)) return { stale: true, error: STALE_MESSAGE };
  return { stale: false, ...saveFailure(error, fallback) };
}

/** "45 minutes of case recording on 7 Dec 2026" */
export function describeTime(
  entry: { minutes: number; activity: string; date: string },
  ukDate: (iso: string) => string,
): string {
  return `${entry.minutes} minutes of ${valueLabel(entry.activity)} on ${ukDate(entry.date)}`;
}
