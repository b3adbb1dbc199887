import type { ResourceRecord } from '../model/records.js';
import type { RateTable } from './rates.js';
import { Rational } from './rational.js';
import { resourceBaseCost } from './resources.js';

/**
 * Pence a minute of the unit cost at `row`, in the programme's prices:
 * hourly x index[programme year] / (60 x index[unit cost year]), exact.
 * The one formula the cost summary and the ledger both price minutes with.
 */
export function minuteRate(rates: RateTable, row: number): Rational {
  const uc = rates.unitCosts[row]!;
  return Rational.from(uc.hourlyCostPence)
    .times(Rational.from(rates.indexOf(rates.priceYear)))
    .div(Rational.from(rates.indexOf(uc.priceYear)).times(Rational.of(60n)));
}

/** A resource's cost in pence in the programme's prices; throws CostingError without an index for its year. */
export function resourceCostInPriceYear(rates: RateTable, r: ResourceRecord): Rational {
  return resourceBaseCost(r)
    .times(Rational.from(rates.indexOf(rates.priceYear)))
    .div(Rational.from(rates.indexOf(r.priceYear)));
}
