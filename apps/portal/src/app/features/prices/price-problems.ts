import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorBody, UnitCostOverlap } from '@attune/contract';
import { describeApiError } from '../../core/api/api-error';
import { FieldProblem } from './prices.models';

/**
 * The problems of a refused write, each at its field: a 400's `errors`, a
 * 422's (a resource dated outside its window), and a unit cost whose period
 * overlaps another (409 `unit_cost_overlap`) at `period`, the pair of date
 * fields, naming the other unit cost and its period.
 */
export function priceProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof HttpErrorResponse)) return [];
  const body = error.error as Partial<ErrorBody & UnitCostOverlap> | null;
  if (!body || typeof body !== 'object') return [];
  if (error.status === 409 && body.code === 'unit_cost_overlap' && body.overlapping) {
    const other = body.overlapping;
    const period = `${other.effectiveFrom ?? 'open'} to ${other.effectiveTo ?? 'open'}`;
    return [
      {
        field: 'period',
        problem: `This period overlaps unit cost ${other.id} (${period}) of the same cost role: change one of the two periods.`,
      },
    ];
  }
  return (error.status === 400 || error.status === 422) && Array.isArray(body.errors)
    ? body.errors
    : [];
}

/** A refused write as the props of a `… Failed` action. */
export function priceFailure(error: unknown, fallback: string) {
  return { error: describeApiError(error, fallback), problems: priceProblems(error) };
}
