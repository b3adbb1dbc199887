import { SETUP_ACTIVITIES, type CostRole, type LedgerActivity } from '../model/enums.js';
import { PROGRAMME_ROW, type CostSummary, type LedgerLine, type Pounds } from '../model/ledger.js';
import type { PriceIndexRecord, ResourceRecord, UnitCostRecord } from '../model/records.js';
import { formatPounds } from './decimal.js';
import { NOT_STARTED_REASONS, type NotStartedGroup } from './not-started.js';
import {
  ledgerQueryString,
  RESOURCE_FILTER,
  RESOURCE_SOURCE,
  STAFF_TIME_FILTER,
  type FilterableLine,
  type LedgerFilter,
} from './ledger-filter.js';
import { minuteRate, resourceCostInPriceYear } from './pricing.js';
import { RateTable } from './rates.js';
import { Rational } from './rational.js';

/**
 * One line of the ledger as an economist reads it: codes, never names. A
 * staff-time line is one of the domain's LedgerLines with its price; a
 * resource is a line of minutes 0 with no person or activity.
 */
export interface LedgerLineView extends FilterableLine {
  costRole: CostRole | null;
  /** The id (sessions, time entries, resources) or code (supervision, training) of the record it comes from. */
  sourceRecordId: string;
  minutes: number;
  /** Pounds an hour at the programme's price year; null for a resource and for a line no unit cost covers. */
  rate: Pounds | null;
  /** Rounded half-up to the penny; null for a line no unit cost covers (a gap). */
  cost: Pounds | null;
}

/** A line and its exact cost in pence, which totals sum before rounding once. */
export interface PricedLedgerLine {
  view: LedgerLineView;
  exactCost: Rational | null;
}

const SETUP = new Set<string>(SETUP_ACTIVITIES);

/**
 * Prices ledger lines and resources by the cost summary's own formulas
 * (pricing.ts), so a filtered ledger sums to the summary's figures.
 */
export class LedgerPricer {
  readonly rates: RateTable;
  private readonly perMinute: Array<Rational | undefined> = [];

  constructor(ctx: {
    programme: { priceYear: number };
    unitCosts: readonly UnitCostRecord[];
    priceIndex: readonly PriceIndexRecord[];
  }) {
    this.rates = new RateTable(ctx.unitCosts, ctx.priceIndex, ctx.programme.priceYear);
  }

  staffLine(line: LedgerLine, sourceRecordId: string): PricedLedgerLine {
    const row = this.rates.coveringRow(line.costRole, line.date);
    const perMinute = row < 0 ? null : (this.perMinute[row] ??= minuteRate(this.rates, row));
    const exactCost = perMinute && perMinute.times(Rational.of(BigInt(line.minutes)));
    return {
      view: {
        date: line.date,
        laCode: line.laCode,
        staffCode: line.staffCode,
        costRole: line.costRole,
        activity: line.activity,
        source: line.source,
        sourceRecordId,
        familyReference: line.familyReference,
        minutes: line.minutes,
        rate: perMinute && formatPounds(perMinute.times(Rational.of(60n)).toDecimal()),
        cost: exactCost && formatPounds(exactCost.toDecimal()),
        costType: SETUP.has(line.activity) ? 'setup' : 'recurring',
      },
      exactCost,
    };
  }

  /** Throws CostingError when the price index lacks the resource's year, as the summary does. */
  resource(r: ResourceRecord, sourceRecordId: string): PricedLedgerLine {
    const exactCost = resourceCostInPriceYear(this.rates, r);
    return {
      view: {
        date: r.date,
        laCode: r.laCode,
        staffCode: null,
        costRole: null,
        activity: null,
        source: RESOURCE_SOURCE,
        sourceRecordId,
        familyReference: null,
        minutes: 0,
        rate: null,
        cost: formatPounds(exactCost.toDecimal()),
        costType: r.costType,
      },
      exactCost,
    };
  }
}

/** Lines, minutes and exact cost of a run of priced lines; the cost is rounded once, at the end. */
export class LedgerTotals {
  lines = 0;
  minutes = 0;
  private cost = Rational.ZERO;

  add(p: PricedLedgerLine): void {
    this.lines++;
    this.minutes += p.view.minutes;
    if (p.exactCost) this.cost = this.cost.plus(p.exactCost);
  }

  totalCost(): Pounds {
    return formatPounds(this.cost.toDecimal());
  }

  exactCost(): Rational {
    return this.cost;
  }
}

/** The ledger queries of the summary's figures that are not rows (the rows carry their own). */
export interface CostSummaryLedgerQueries {
  totals: { staffTime: string; resources: string; total: string };
  byCostType: { setup: string; recurring: string };
  /** The numerator of every per-family and per-practitioner cost: the total. */
  perFamily: string;
  perPractitioner: string;
}

const query = ledgerQueryString;

/** The ledger filter of an LA's row of the summary (`programme` for the programme-wide row). */
export function laLedgerQuery(code: string, part: LedgerFilter = {}): string {
  return query({ laCode: [code], ...part });
}

export function activityLedgerQuery(activity: LedgerActivity): string {
  return query({ activity: [activity] });
}

/** The ledger filter of the not-started cost: every reason, or one breakdown row's reason and family LA. */
export function notStartedLedgerQuery(group?: NotStartedGroup): string {
  if (!group) return query({ notStarted: [...NOT_STARTED_REASONS] });
  return query({ notStarted: [group.reason], familyLaCode: [group.laCode ?? PROGRAMME_ROW] });
}

/** The same for every summary: the filters are fixed by the figures' definitions in DESIGN.md. */
export function costSummaryLedgerQueries(): CostSummaryLedgerQueries {
  return {
    totals: { staffTime: query(STAFF_TIME_FILTER), resources: query(RESOURCE_FILTER), total: '' },
    byCostType: {
      setup: query({ costType: ['setup'] }),
      recurring: query({ costType: ['recurring'] }),
    },
    perFamily: '',
    perPractitioner: '',
  };
}

/** A figure of the cost summary that is a sum of ledger lines, and the filter of those lines. */
export interface TracedFigure {
  /** Where it is in the summary, e.g. `byLocalAuthority[LA1].total`. */
  figure: string;
  ledgerQuery: string;
  cost: Pounds;
  /** Minutes too, for the figures that have them. */
  minutes?: number;
}

/** Every figure of a summary that carries a ledger query, with the amount the ledger must sum to. */
export function tracedFigures(s: CostSummary): TracedFigure[] {
  const q = s.ledgerQueries;
  return [
    { figure: 'totals.staffTime', ledgerQuery: q.totals.staffTime, cost: s.totals.staffTime },
    { figure: 'totals.resources', ledgerQuery: q.totals.resources, cost: s.totals.resources },
    { figure: 'totals.total', ledgerQuery: q.totals.total, cost: s.totals.total },
    ...s.byLocalAuthority.map((r) => ({
      figure: `byLocalAuthority[${r.code}].total`,
      ledgerQuery: r.ledgerQuery,
      cost: r.total,
    })),
    ...s.byActivity.map((r) => ({
      figure: `byActivity[${r.activity}]`,
      ledgerQuery: r.ledgerQuery,
      cost: r.cost,
      minutes: r.minutes,
    })),
    { figure: 'byCostType.setup', ledgerQuery: q.byCostType.setup, cost: s.byCostType.setup },
    {
      figure: 'byCostType.recurring',
      ledgerQuery: q.byCostType.recurring,
      cost: s.byCostType.recurring,
    },
    // Cost only: the not-started minutes leave out lines no unit cost covers, which the ledger lists.
    { figure: 'notStarted', ledgerQuery: s.notStarted.ledgerQuery, cost: s.notStarted.cost },
    ...s.notStarted.breakdown.map((g) => ({
      figure: `notStarted[${g.laCode ?? PROGRAMME_ROW}/${g.reason}]`,
      ledgerQuery: g.ledgerQuery,
      cost: g.cost,
    })),
    { figure: 'perFamily (numerator)', ledgerQuery: q.perFamily, cost: s.totals.total },
    { figure: 'perPractitioner (numerator)', ledgerQuery: q.perPractitioner, cost: s.totals.total },
  ];
}

/** One month of a filtered ledger: its lines, minutes, exact cost rounded once, and the filter of just that month. */
export interface LedgerMonth {
  month: string;
  lines: number;
  minutes: number;
  cost: Pounds;
  /** This month and every earlier one, summed exactly and rounded once. */
  cumulativeCost: Pounds;
  ledgerQuery: string;
}

/** A filtered ledger's totals by month (`YYYY-MM`, in order), each month traceable with `month=`. */
export class LedgerMonths {
  private readonly byMonth = new Map<string, LedgerTotals>();

  constructor(private readonly filter: LedgerFilter = {}) {}

  add(p: PricedLedgerLine): void {
    const month = p.view.date.slice(0, 7);
    let totals = this.byMonth.get(month);
    if (!totals) this.byMonth.set(month, (totals = new LedgerTotals()));
    totals.add(p);
  }

  list(): LedgerMonth[] {
    let running = Rational.ZERO;
    return [...this.byMonth.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([month, t]) => {
        running = running.plus(t.exactCost());
        return {
          month,
          lines: t.lines,
          minutes: t.minutes,
          cost: t.totalCost(),
          cumulativeCost: formatPounds(running.toDecimal()),
          ledgerQuery: ledgerQueryString({ ...this.filter, month: [month] }),
        };
      });
  }
}
