import type { CostGap } from '@attune/contract';
import { UnprocessableEntityException } from '../../platform/nest/nest-parts';

function describeGap(g: CostGap): string {
  const period = g.from === g.to ? g.from : `${g.from} to ${g.to}`;
  return `${g.costRole} ${period} (${g.lines} ${g.lines === 1 ? 'line' : 'lines'}, ${g.minutes} minutes)`;
}

/**
 * 422 `cost_gaps`: a workbook is refused while some ledger lines have no unit
 * cost, since its figures would silently leave them out. The body lists the
 * gaps as the cost summary does, so the economist can add the unit costs.
 */
export class CostGapsException extends UnprocessableEntityException {
  constructor(readonly gaps: CostGap[]) {
    super({
      message: `The workbook cannot be written while some ledger lines have no unit cost: ${gaps
        .map(describeGap)
        .join('; ')}. Add unit costs for these periods and try again.`,
      code: 'cost_gaps',
      gaps,
    });
  }
}
