import type { CostSummary } from '../model/ledger.js';
import type { ProgrammeData } from '../model/records.js';
import { CostAccumulator, type CostBreakdown } from './accumulator.js';
import { unitCounts } from './counts.js';
import { toCostSummary } from './format.js';
import { deriveLedger } from './ledger.js';

/** An accumulator fed with a whole in-memory programme: ledger, resources and counts. */
export function accumulateProgramme(data: ProgrammeData): CostAccumulator {
  const acc = new CostAccumulator({
    programme: data.programme,
    unitCosts: data.unitCosts,
    priceIndex: data.priceIndex,
    localAuthorityCodes: data.localAuthorities.map((la) => la.code),
  });
  for (const line of deriveLedger(data)) acc.addLine(line);
  for (const r of data.resources) acc.addResource(r);
  acc.setCounts(unitCounts(data));
  return acc;
}

export function computeCostBreakdown(data: ProgrammeData): CostBreakdown {
  return accumulateProgramme(data).breakdown();
}

export function computeCostSummary(data: ProgrammeData): CostSummary {
  return toCostSummary(computeCostBreakdown(data));
}
