import type { CostRole } from '../model/enums.js';
import type { IsoDate } from '../model/records.js';

/** A unit cost's period, with the id it is known by. Open ends are null. */
export interface UnitCostPeriod {
  id: string;
  costRole: CostRole;
  effectiveFrom: IsoDate | null;
  effectiveTo: IsoDate | null;
}

// Open ends compare below and above every ISO date.
const OPEN_FROM = '';
const OPEN_TO = '\uffff';

/**
 * The first other unit cost of the same role whose period (inclusive, open
 * when null) shares a day with the candidate's, or null: a date must have
 * exactly one unit cost per role (DESIGN.md, "Costs"). The candidate itself
 * (same id) is not compared with itself.
 */
export function overlappingUnitCost<T extends UnitCostPeriod>(
  candidate: Omit<UnitCostPeriod, 'id'> & { id?: string | null },
  others: readonly T[],
): T | null {
  const from = candidate.effectiveFrom ?? OPEN_FROM;
  const to = candidate.effectiveTo ?? OPEN_TO;
  return (
    others.find(
      (o) =>
        o.id !== candidate.id &&
        o.costRole === candidate.costRole &&
        (o.effectiveFrom ?? OPEN_FROM) <= to &&
        from <= (o.effectiveTo ?? OPEN_TO),
    ) ?? null
  );
}
