import type { ResourceRecord } from '../model/records.js';
import { CostDecimal, type Decimal } from './decimal.js';
import { CostingError } from './errors.js';
import { Rational } from './rational.js';

function exact(value: Decimal.Value, what: string): Rational {
  try {
    return Rational.from(value);
  } catch {
    throw new CostingError(`${what} "${String(value)}" is not a number`);
  }
}

/** quantity x unit cost in pence, exact, before any price-index factor. */
export function resourceBaseCost(r: ResourceRecord): Rational {
  return exact(r.quantity, `the quantity of resource "${r.description}"`).times(
    Rational.from(r.unitCostPence),
  );
}

/**
 * Cost of a resource in pence in the programme's prices: quantity x unit cost
 * x `factor` (the RateTable's indexFactor of the resource's price year).
 */
export function resourceCost(r: ResourceRecord, factor: Decimal): Decimal {
  return resourceBaseCost(r).toDecimal().mul(factor);
}

/**
 * Equivalent annual cost, exact: cost x r / (1 - (1 + r)^-n) = cost x r x p /
 * (p - 1) with p = (1 + r)^n. A zero rate gives the limit cost / n. A life of
 * one year or less is not durable and its EAC is the plain cost, as DESIGN's
 * equivalentAnnualResources requires. A fractional life (not expected from the
 * data package) is powered in decimals to 50 significant digits.
 */
export function equivalentAnnualCostExact(cost: Rational, rate: Rational, years: number): Rational {
  if (!(years > 1)) return cost;
  if (rate.isZero()) return cost.div(Rational.from(years));
  const growth = rate.plus(Rational.of(1n));
  const p = Number.isSafeInteger(years)
    ? growth.pow(years)
    : Rational.from(growth.toDecimal().pow(years));
  return cost
    .times(rate)
    .times(p)
    .div(p.minus(Rational.of(1n)));
}

/** equivalentAnnualCostExact on Decimals: the result is exact to 50 significant digits. */
export function equivalentAnnualCost(cost: Decimal, rate: Decimal.Value, years: number): Decimal {
  const r = exact(rate, 'the discount rate');
  return equivalentAnnualCostExact(Rational.from(new CostDecimal(cost)), r, years).toDecimal();
}
