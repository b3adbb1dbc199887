import type { CostSummary, CountCost } from '../model/ledger.js';
import type { CostBreakdown, ExactCountCost } from './accumulator.js';
import { formatPounds } from './decimal.js';
import {
  activityLedgerQuery,
  costSummaryLedgerQueries,
  laLedgerQuery,
  notStartedLedgerQuery,
} from './ledger-view.js';

const countCost = (c: ExactCountCost): CountCost => ({
  count: c.count,
  cost: c.cost === null ? null : formatPounds(c.cost),
});

/** The cost summary of DESIGN.md: the breakdown with each figure rounded half-up to the penny, in pounds. */
export function toCostSummary(b: CostBreakdown): CostSummary {
  const p = formatPounds;
  return {
    complete: b.gaps.length === 0,
    gaps: b.gaps.map((g) => ({ ...g })),
    priceYear: b.priceYear,
    totals: {
      staffTime: p(b.totals.staffTime),
      resources: p(b.totals.resources),
      total: p(b.totals.total),
      equivalentAnnualResources: p(b.totals.equivalentAnnualResources),
    },
    byLocalAuthority: b.byLocalAuthority.map((r) => ({
      code: r.code,
      staffTime: p(r.staffTime),
      resources: p(r.resources),
      total: p(r.total),
      ledgerQuery: laLedgerQuery(r.code),
    })),
    byActivity: b.byActivity.map((r) => ({
      activity: r.activity,
      minutes: r.minutes,
      cost: p(r.cost),
      ledgerQuery: activityLedgerQuery(r.activity),
    })),
    byCostType: { setup: p(b.byCostType.setup), recurring: p(b.byCostType.recurring) },
    perFamily: {
      allocated: countCost(b.perFamily.allocated),
      started: countCost(b.perFamily.started),
      completed: countCost(b.perFamily.completed),
    },
    perPractitioner: {
      trained: countCost(b.perPractitioner.trained),
      accredited: countCost(b.perPractitioner.accredited),
    },
    sensitivity: {
      low: p(b.sensitivity.low),
      base: p(b.sensitivity.base),
      high: p(b.sensitivity.high),
    },
    ledgerQueries: costSummaryLedgerQueries(),
    notStarted: {
      families: b.notStarted.families,
      minutes: b.notStarted.minutes,
      cost: p(b.notStarted.cost),
      ledgerQuery: notStartedLedgerQuery(),
      breakdown: b.notStarted.breakdown.map((g) => ({
        ...g,
        cost: p(g.cost),
        ledgerQuery: notStartedLedgerQuery(g),
      })),
    },
  };
}
