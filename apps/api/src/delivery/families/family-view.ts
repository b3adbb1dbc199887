import { followUpDueDate, isOverdueGiven, outcomeDueDate } from '@attune/domain';
import type { FamilyView } from '@attune/contract';

export type { FamilyView } from '@attune/contract';

/** What the database holds: the view less what the domain computes from it. */
export type FamilyRow = Omit<FamilyView, 'overdue' | 'followUp4mDueOn' | 'outcome6mDueOn'> & {
  id: string;
  laId: string;
};

export function toFamilyView(row: FamilyRow, asOf: string): FamilyView {
  const { id: _id, laId: _laId, ...rest } = row;
  const randomised = row.trialArm !== 'not_randomised' ? row.randomisationDate : null;
  return {
    ...rest,
    followUp4mDueOn: randomised ? followUpDueDate(randomised) : null,
    outcome6mDueOn: randomised ? outcomeDueDate(randomised) : null,
    overdue: isOverdueGiven({ ...row, reference: row.reference }, row.lastHeldSessionDate, asOf),
  };
}
