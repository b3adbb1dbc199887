import type { CostSummary } from '../model/ledger.js';
import type { ProgrammeData } from '../model/records.js';
import { CostAccumulator, type CostBreakdown } from './accumulator.js';
import { unitCounts } from './counts.js';
import { toCostSummary } from './format.js';
import { deriveLedger } from './ledger.js';
import { notStartedFamilies } from './not-started.js';
import { oneWaySensitivity, type OneWaySensitivity } from './one-way.js';

/** An accumulator fed with a whole in-memory programme: ledger, resources and counts. */
export function accumulateProgramme(data: ProgrammeData): CostAccumulator {
  const acc = new CostAccumulator({
    programme: data.programme,
    unitCosts: data.unitCosts,
    priceIndex: data.priceIndex,
    localAuthorityCodes: data.localAuthorities.map((la) => la.code),
  });
  const notStarted = notStartedFamilies(data);
  for (const group of notStarted.values()) acc.addNotStartedFamily(group);
  for (const line of deriveLedger(data)) {
    acc.addLine(line);
    const group = line.familyReference === null ? undefined : notStarted.get(line.familyReference);
    if (group) acc.addNotStartedLine(line, group);
  }
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

/** The one-way sensitivity of an in-memory programme (one-way.ts). */
export function computeOneWaySensitivity(data: ProgrammeData): OneWaySensitivity {
  return oneWaySensitivity(accumulateProgramme(data).oneWayInputs());
}
