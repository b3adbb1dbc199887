import {
  COST_ROLES,
  LEDGER_ACTIVITIES,
  SETUP_ACTIVITIES,
  type CostRole,
  type LedgerActivity,
} from '../model/enums.js';
import { PROGRAMME_ROW, type CostGap, type CostSummary, type LedgerLine } from '../model/ledger.js';
import type {
  PriceIndexRecord,
  ProgrammeRecord,
  ResourceRecord,
  UnitCostRecord,
} from '../model/records.js';
import type { UnitCounts } from './counts.js';
import type { Decimal } from './decimal.js';
import { CostingError } from './errors.js';
import { toCostSummary } from './format.js';
import { CostGaps, type LineSpan } from './gaps.js';
import { RateTable } from './rates.js';
import { Rational } from './rational.js';
import { minuteRate, resourceCostInPriceYear } from './pricing.js';
import type { NotStartedGroup } from './not-started.js';
import type { OneWayInputs } from './one-way.js';
import { equivalentAnnualCostExact } from './resources.js';
import { DEFAULT_SENSITIVITY, sensitivityFactors } from './sensitivity.js';

export interface CostContext {
  programme: Pick<
    ProgrammeRecord,
    'priceYear' | 'discountRate' | 'sensitivityLow' | 'sensitivityHigh'
  >;
  unitCosts: readonly UnitCostRecord[];
  priceIndex: readonly PriceIndexRecord[];
  /** Every LA of the programme: each gets a row, zero or not. */
  localAuthorityCodes: readonly string[];
}

export interface ExactCountCost {
  count: number;
  /** Pence; null when count is zero. */
  cost: Decimal | null;
}

/** The cost summary with exact amounts in pence (Decimals), before any rounding. */
export interface CostBreakdown {
  /** Lines no unit cost covers, left out of every figure below. */
  gaps: CostGap[];
  priceYear: number;
  totals: {
    staffTime: Decimal;
    resources: Decimal;
    total: Decimal;
    equivalentAnnualResources: Decimal;
  };
  /** Every LA sorted by code, then the `programme` row. */
  byLocalAuthority: Array<{ code: string; staffTime: Decimal; resources: Decimal; total: Decimal }>;
  /** Every ledger activity, in LEDGER_ACTIVITIES order. */
  byActivity: Array<{ activity: LedgerActivity; minutes: number; cost: Decimal }>;
  byCostType: { setup: Decimal; recurring: Decimal };
  perFamily: { allocated: ExactCountCost; started: ExactCountCost; completed: ExactCountCost };
  perPractitioner: { trained: ExactCountCost; accredited: ExactCountCost };
  sensitivity: { low: Decimal; base: Decimal; high: Decimal };
  /** The programme's factors the low and high totals were computed with. */
  sensitivityFactors: { low: Decimal; high: Decimal };
  /** Staff time on families that never started (allocated, no held session) or did not proceed. */
  notStarted: {
    families: number;
    minutes: number;
    cost: Decimal;
    /** By the family's LA and why it did not start, sorted by LA then reason. */
    breakdown: Array<NotStartedGroup & { families: number; minutes: number; cost: Decimal }>;
  };
}

/** DESIGN.md, "Sensitivity": by default every staff unit cost x 0.8 and x 1.2 (a programme may set its own). */
export const SENSITIVITY_LOW = Rational.from(DEFAULT_SENSITIVITY.low);
export const SENSITIVITY_HIGH = Rational.from(DEFAULT_SENSITIVITY.high);

const ACTIVITY_INDEX = new Map<string, number>(LEDGER_ACTIVITIES.map((a, i) => [a, i]));
const ROLES = new Set<string>(COST_ROLES);
const SETUP = LEDGER_ACTIVITIES.map((a) => SETUP_ACTIVITIES.includes(a));
const NO_COUNTS: UnitCounts = { allocated: 0, started: 0, completed: 0, trained: 0, accredited: 0 };

interface LaTotals {
  /** Minutes by activity x unit-cost row: `minutes[activity * rows + row]`. */
  minutes: Float64Array;
  resources: Rational;
}

/**
 * The cost summary of a stream of ledger lines and resources. A line only adds
 * its integer minutes to a bucket keyed by (LA, activity, unit-cost row; the
 * row fixes the cost role and period); rates are applied once per bucket in
 * breakdown(), so millions of lines cost no Decimal arithmetic.
 */
export class CostAccumulator {
  readonly rates: RateTable;
  private readonly rows: number;
  private readonly byLa = new Map<string | null, LaTotals>();
  private readonly discountRate: Rational;
  private readonly factors: { low: Rational; high: Rational };
  private setupResources = Rational.ZERO;
  private recurringResources = Rational.ZERO;
  private equivalentAnnual = Rational.ZERO;
  private counts: UnitCounts = NO_COUNTS;
  private readonly gaps = new CostGaps();
  /** Resources of a life above one year, for the one-way analysis of lives and the discount rate. */
  private readonly durables: Array<{ cost: Rational; years: number }> = [];
  private plainResources = Rational.ZERO;
  /** Per not-started group (LA and reason): its families and minutes by unit-cost row. */
  private readonly notStarted = new Map<
    string,
    NotStartedGroup & { families: number; minutes: Float64Array }
  >();

  constructor(private readonly ctx: CostContext) {
    this.rates = new RateTable(ctx.unitCosts, ctx.priceIndex, ctx.programme.priceYear);
    this.rows = ctx.unitCosts.length;
    try {
      this.discountRate = Rational.from(ctx.programme.discountRate);
    } catch {
      throw new CostingError(`the discount rate "${ctx.programme.discountRate}" is not a number`);
    }
    try {
      this.factors = sensitivityFactors(ctx.programme);
    } catch {
      throw new CostingError(
        `the sensitivity factors "${ctx.programme.sensitivityLow}" and "${ctx.programme.sensitivityHigh}" are not numbers`,
      );
    }
    for (const code of ctx.localAuthorityCodes) this.la(code);
    this.la(null);
  }

  private la(code: string | null): LaTotals {
    let totals = this.byLa.get(code);
    if (!totals) {
      totals = {
        minutes: new Float64Array(LEDGER_ACTIVITIES.length * this.rows),
        resources: Rational.ZERO,
      };
      this.byLa.set(code, totals);
    }
    return totals;
  }

  /**
   * Adds a line's minutes, or, when no unit cost covers its role and date,
   * records it as a gap that the figures leave out. `span` is for a line that
   * sums several (their count and last date); a plain line is one, on its date.
   */
  addLine(line: LedgerLine, span?: LineSpan): void {
    const activity = ACTIVITY_INDEX.get(line.activity);
    if (activity === undefined)
      throw new CostingError(`"${line.activity}" is not a ledger activity`);
    if (!ROLES.has(line.costRole)) throw new CostingError(`"${line.costRole}" is not a cost role`);
    if (!Number.isSafeInteger(line.minutes)) {
      throw new CostingError(
        `the minutes of ${line.staffCode} on ${line.date} must be a whole number (got ${line.minutes})`,
      );
    }
    if (line.minutes === 0) return; // costs nothing, so it is neither a row nor a gap
    const row = this.rates.coveringRow(line.costRole, line.date);
    if (row < 0) {
      const stretch = this.rates.gapStretchOf(line.costRole, line.date);
      const lines = span ?? { lines: 1, to: line.date };
      this.gaps.add(line.costRole, stretch, line.date, lines, line.minutes);
      return;
    }
    this.la(line.laCode).minutes[activity * this.rows + row]! += line.minutes;
  }

  /** Adds a resource at its cost in the programme's prices; throws CostingError without an index for its year. */
  addResource(r: ResourceRecord): void {
    const cost = resourceCostInPriceYear(this.rates, r);
    const totals = this.la(r.laCode);
    totals.resources = totals.resources.plus(cost);
    if (r.costType === 'setup') this.setupResources = this.setupResources.plus(cost);
    else this.recurringResources = this.recurringResources.plus(cost);
    this.equivalentAnnual = this.equivalentAnnual.plus(
      equivalentAnnualCostExact(cost, this.discountRate, r.usefulLifeYears),
    );
    if (r.usefulLifeYears > 1) this.durables.push({ cost, years: r.usefulLifeYears });
    else this.plainResources = this.plainResources.plus(cost);
  }

  private notStartedGroup(g: NotStartedGroup) {
    const key = `${g.laCode ?? ''}\u0000${g.reason}`;
    let group = this.notStarted.get(key);
    if (!group) {
      group = {
        laCode: g.laCode,
        reason: g.reason,
        families: 0,
        minutes: new Float64Array(this.rows),
      };
      this.notStarted.set(key, group);
    }
    return group;
  }

  /** Counts a family that never started (notStartedFamilies gives them) in its group. */
  addNotStartedFamily(g: NotStartedGroup): void {
    this.notStartedGroup(g).families++;
  }

  /**
   * Adds a line of a family that never started to its group's figure; the caller adds it with
   * addLine as well. A line no unit cost covers is a gap already and is left out here too.
   */
  addNotStartedLine(line: LedgerLine, g: NotStartedGroup): void {
    if (line.minutes === 0) return;
    const row = this.rates.coveringRow(line.costRole, line.date);
    if (row >= 0) this.notStartedGroup(g).minutes[row]! += line.minutes;
  }

  setCounts(c: UnitCounts): void {
    this.counts = { ...c };
  }

  /** The cost summary so far, each figure rounded half-up to the penny. */
  summary(): CostSummary {
    return toCostSummary(this.breakdown());
  }

  /**
   * Cost of m minutes on unit-cost row r = m x hourly x index[programme year] / (60 x index[r's year]),
   * kept as a fraction; rows are priced lazily, once each.
   */
  private perMinuteRates(): (row: number) => Rational {
    const perMinute: Array<Rational | undefined> = [];
    return (row: number): Rational => (perMinute[row] ??= minuteRate(this.rates, row));
  }

  /** What the one-way sensitivity varies: staff cost by role, resources split into plain and durable. */
  oneWayInputs(): OneWayInputs {
    const rateOf = this.perMinuteRates();
    const staffByRole = new Map<CostRole, Rational>();
    for (const totals of this.byLa.values()) {
      for (let i = 0; i < totals.minutes.length; i++) {
        const m = totals.minutes[i]!;
        if (m === 0) continue;
        const row = i % this.rows;
        const role = this.ctx.unitCosts[row]!.costRole;
        const cost = rateOf(row).times(Rational.of(BigInt(m)));
        staffByRole.set(role, (staffByRole.get(role) ?? Rational.ZERO).plus(cost));
      }
    }
    return {
      staffByRole,
      plainResources: this.plainResources,
      durables: [...this.durables],
      discountRate: this.discountRate,
      factors: this.factors,
      complete: this.gaps.list().length === 0,
    };
  }

  /** The exact costs so far, in pence; may be called again after more lines. */
  breakdown(): CostBreakdown {
    const rateOf = this.perMinuteRates();
    const activityMinutes = LEDGER_ACTIVITIES.map(() => 0);
    const activityCost = LEDGER_ACTIVITIES.map(() => Rational.ZERO);
    let setupStaff = Rational.ZERO;
    let recurringStaff = Rational.ZERO;
    const laRows: Array<{ code: string; staffTime: Rational; resources: Rational }> = [];
    const codes = [...this.byLa.keys()].filter((c): c is string => c !== null).sort(compareCodes);
    for (const code of [...codes, null]) {
      const totals = this.byLa.get(code)!;
      let staff = Rational.ZERO;
      for (let a = 0; a < LEDGER_ACTIVITIES.length; a++) {
        for (let row = 0; row < this.rows; row++) {
          const m = totals.minutes[a * this.rows + row]!;
          if (m === 0) continue;
          const cost = rateOf(row).times(Rational.of(BigInt(m)));
          staff = staff.plus(cost);
          activityMinutes[a]! += m;
          activityCost[a] = activityCost[a]!.plus(cost);
          if (SETUP[a]) setupStaff = setupStaff.plus(cost);
          else recurringStaff = recurringStaff.plus(cost);
        }
      }
      laRows.push({ code: code ?? PROGRAMME_ROW, staffTime: staff, resources: totals.resources });
    }
    const staffTime = laRows.reduce((sum, r) => sum.plus(r.staffTime), Rational.ZERO);
    const resources = laRows.reduce((sum, r) => sum.plus(r.resources), Rational.ZERO);
    const total = staffTime.plus(resources);
    // Summed separately (not total - setup) so that set-up + recurring = total is a real check.
    const setup = setupStaff.plus(this.setupResources);
    const recurring = recurringStaff.plus(this.recurringResources);
    const per = (count: number): ExactCountCost => ({
      count,
      cost: count === 0 ? null : total.div(Rational.of(BigInt(count))).toDecimal(),
    });
    return {
      gaps: this.gaps.list(),
      priceYear: this.ctx.programme.priceYear,
      totals: {
        staffTime: staffTime.toDecimal(),
        resources: resources.toDecimal(),
        total: total.toDecimal(),
        equivalentAnnualResources: this.equivalentAnnual.toDecimal(),
      },
      byLocalAuthority: laRows.map((r) => ({
        code: r.code,
        staffTime: r.staffTime.toDecimal(),
        resources: r.resources.toDecimal(),
        total: r.staffTime.plus(r.resources).toDecimal(),
      })),
      byActivity: LEDGER_ACTIVITIES.map((activity, a) => ({
        activity,
        minutes: activityMinutes[a]!,
        cost: activityCost[a]!.toDecimal(),
      })),
      byCostType: { setup: setup.toDecimal(), recurring: recurring.toDecimal() },
      perFamily: {
        allocated: per(this.counts.allocated),
        started: per(this.counts.started),
        completed: per(this.counts.completed),
      },
      perPractitioner: {
        trained: per(this.counts.trained),
        accredited: per(this.counts.accredited),
      },
      sensitivity: {
        low: staffTime.times(this.factors.low).plus(resources).toDecimal(),
        base: total.toDecimal(),
        high: staffTime.times(this.factors.high).plus(resources).toDecimal(),
      },
      sensitivityFactors: {
        low: this.factors.low.toDecimal(),
        high: this.factors.high.toDecimal(),
      },
      notStarted: this.notStartedBreakdown(rateOf),
    };
  }

  private notStartedBreakdown(rateOf: (row: number) => Rational): CostBreakdown['notStarted'] {
    let families = 0;
    let minutes = 0;
    let cost = Rational.ZERO;
    const groups = [...this.notStarted.values()].sort(
      (a, b) => compareCodes(a.laCode ?? '', b.laCode ?? '') || compareCodes(a.reason, b.reason),
    );
    const breakdown = groups.map((g) => {
      let groupMinutes = 0;
      let groupCost = Rational.ZERO;
      g.minutes.forEach((m, row) => {
        if (m === 0) return;
        groupMinutes += m;
        groupCost = groupCost.plus(rateOf(row).times(Rational.of(BigInt(m))));
      });
      families += g.families;
      minutes += groupMinutes;
      cost = cost.plus(groupCost);
      const { laCode, reason } = g;
      return {
        laCode,
        reason,
        families: g.families,
        minutes: groupMinutes,
        cost: groupCost.toDecimal(),
      };
    });
    return { families, minutes, cost: cost.toDecimal(), breakdown };
  }
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
