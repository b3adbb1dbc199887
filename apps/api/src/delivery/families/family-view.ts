import { isOverdueGiven } from '@attune/domain';
import type { FamilyView } from '@attune/contract';

export type { FamilyView } from '@attune/contract';

export type FamilyRow = Omit<FamilyView, 'overdue'> & { id: string; laId: string };

export function toFamilyView(row: FamilyRow, asOf: string): FamilyView {
  const { id: _id, laId: _laId, ...rest } = row;
  return {
    ...rest,
    overdue: isOverdueGiven({ ...row, reference: row.reference }, row.lastHeldSessionDate, asOf),
  };
}
