import { COST_ROLES, type CostRole } from '../model/enums.js';
import type { Pounds } from '../model/ledger.js';
import { formatPounds } from './decimal.js';
import { Rational } from './rational.js';
import { equivalentAnnualCostExact } from './resources.js';

/**
 * The useful life of every durable is moved this many years down and up: a year either way is the
 * uncertainty an economist usually states for equipment lives of 2 to 5 years, and a life is never
 * taken below one year (a durable whose life falls to one counts at its plain cost, as DESIGN says).
 */
export const USEFUL_LIFE_STEP_YEARS = 1;

/**
 * The discount rate's range: 0% (no discounting) to 6%, around the Treasury Green Book's 3.5% base,
 * the range NICE's reference case has used for sensitivity analysis.
 */
export const DISCOUNT_RATE_RANGE = { low: '0', high: '0.06' } as const;

export const ONE_WAY_ASSUMPTIONS = [
  'unit_cost',
  'useful_life',
  'discount_rate',
  'sensitivity_factors',
] as const;
export type OneWayAssumption = (typeof ONE_WAY_ASSUMPTIONS)[number];

/** One bar of the tornado: the total with one assumption at its low and its high value, all else at base. */
export interface OneWayItem {
  assumption: OneWayAssumption;
  /** The cost role (unit_cost), `durables` (useful_life), `discountRate`, or `staff` (all staff costs). */
  parameter: string;
  /** The value taken: a factor on unit costs, a change in years of life, or a discount rate. */
  lowValue: string;
  highValue: string;
  low: Pounds;
  high: Pounds;
  /** |high - low|, exact, then rounded (so it may differ by a penny from the rounded ends' difference). */
  range: Pounds;
}

/**
 * GET /api/programmes/:id/sensitivity. The total is staff time plus the equivalent annual cost of
 * resources (durables annuitised, the rest at plain cost), so that lives and the discount rate matter.
 */
export interface OneWaySensitivity {
  base: Pounds;
  /** False when some ledger lines have no unit cost: the figures then total the costed lines. */
  complete: boolean;
  /** Sorted by range, widest first. */
  items: OneWayItem[];
}

/** What the one-way analysis varies, exact, from the CostAccumulator. */
export interface OneWayInputs {
  /** Staff time cost in pence by cost role, in the programme's prices. */
  staffByRole: ReadonlyMap<CostRole, Rational>;
  /** Resources with a life of one year or less (costed plainly), in pence. */
  plainResources: Rational;
  /** Resources with a life above one year: cost in pence and life in years. */
  durables: ReadonlyArray<{ cost: Rational; years: number }>;
  discountRate: Rational;
  /** The programme's sensitivity factors. */
  factors: { low: Rational; high: Rational };
  complete: boolean;
}

interface Scenario {
  /** A factor on the staff cost of one role, or of every role (`all`). */
  staff?: { role: CostRole | 'all'; factor: Rational };
  lifeDelta?: number;
  rate?: Rational;
}

/** The total of one scenario: staff x factors + plain resources + each durable's equivalent annual cost. */
function total(inputs: OneWayInputs, s: Scenario): Rational {
  let sum = inputs.plainResources;
  for (const [role, cost] of inputs.staffByRole) {
    const scaled = s.staff && (s.staff.role === 'all' || s.staff.role === role);
    sum = sum.plus(scaled ? cost.times(s.staff!.factor) : cost);
  }
  const rate = s.rate ?? inputs.discountRate;
  for (const d of inputs.durables) {
    const years = Math.max(1, d.years + (s.lifeDelta ?? 0));
    sum = sum.plus(equivalentAnnualCostExact(d.cost, rate, years));
  }
  return sum;
}

const text = (r: Rational): string => r.toDecimal().toString();
const abs = (r: Rational): Rational => (r.n < 0n ? Rational.ZERO.minus(r) : r);

/**
 * One-way sensitivity: for each assumption, the total at its low and high value with all else at
 * base. Each cost role with staff time is scaled alone by the programme's factors; every durable's
 * life moves by USEFUL_LIFE_STEP_YEARS; the discount rate takes DISCOUNT_RATE_RANGE; and the factors
 * scale all staff costs at once (the cost summary's sensitivity). Exact until each figure is shown.
 */
export function oneWaySensitivity(inputs: OneWayInputs): OneWaySensitivity {
  const exact = oneWaySensitivityExact(inputs);
  const p = (r: Rational) => formatPounds(r.toDecimal());
  return {
    base: p(exact.base),
    complete: exact.complete,
    items: exact.items.map((r) => ({
      ...r.item,
      low: p(r.low),
      high: p(r.high),
      range: p(r.range),
    })),
  };
}

/** An item of the one-way analysis with its totals exact, in pence (the workbook caches these). */
export interface OneWayItemExact {
  item: Omit<OneWayItem, 'low' | 'high' | 'range'>;
  low: Rational;
  high: Rational;
  range: Rational;
}

/** oneWaySensitivity before rounding: the same items in the same order. */
export function oneWaySensitivityExact(inputs: OneWayInputs): {
  base: Rational;
  complete: boolean;
  items: OneWayItemExact[];
} {
  const { low: fLow, high: fHigh } = inputs.factors;
  const rows: Array<{
    item: Omit<OneWayItem, 'low' | 'high' | 'range'>;
    lo: Scenario;
    hi: Scenario;
  }> = [];
  for (const role of COST_ROLES) {
    const cost = inputs.staffByRole.get(role);
    if (!cost || cost.isZero()) continue;
    rows.push({
      item: {
        assumption: 'unit_cost',
        parameter: role,
        lowValue: text(fLow),
        highValue: text(fHigh),
      },
      lo: { staff: { role, factor: fLow } },
      hi: { staff: { role, factor: fHigh } },
    });
  }
  rows.push({
    item: {
      assumption: 'useful_life',
      parameter: 'durables',
      lowValue: String(-USEFUL_LIFE_STEP_YEARS),
      highValue: String(USEFUL_LIFE_STEP_YEARS),
    },
    lo: { lifeDelta: -USEFUL_LIFE_STEP_YEARS },
    hi: { lifeDelta: USEFUL_LIFE_STEP_YEARS },
  });
  rows.push({
    item: {
      assumption: 'discount_rate',
      parameter: 'discountRate',
      lowValue: DISCOUNT_RATE_RANGE.low,
      highValue: DISCOUNT_RATE_RANGE.high,
    },
    lo: { rate: Rational.from(DISCOUNT_RATE_RANGE.low) },
    hi: { rate: Rational.from(DISCOUNT_RATE_RANGE.high) },
  });
  rows.push({
    item: {
      assumption: 'sensitivity_factors',
      parameter: 'staff',
      lowValue: text(fLow),
      highValue: text(fHigh),
    },
    lo: { staff: { role: 'all', factor: fLow } },
    hi: { staff: { role: 'all', factor: fHigh } },
  });
  const costed = rows.map((r) => {
    const low = total(inputs, r.lo);
    const high = total(inputs, r.hi);
    return { ...r, low, high, range: abs(high.minus(low)) };
  });
  // Widest first; a stable sort keeps the order above for equal ranges.
  costed.sort((a, b) => {
    const diff = b.range.minus(a.range).n;
    return diff > 0n ? 1 : diff < 0n ? -1 : 0;
  });
  return {
    base: total(inputs, {}),
    complete: inputs.complete,
    items: costed.map(({ item, low, high, range }) => ({ item, low, high, range })),
  };
}
