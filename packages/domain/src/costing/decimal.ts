import DecimalDefault from 'decimal.js';
import type { Decimal } from 'decimal.js';
import type { Pounds } from '../model/ledger.js';

// Under NodeNext, TypeScript reads decimal.js's types as CommonJS and types the
// default import as the module object, while at run time it is the constructor
// (the ESM build's default export, and `.default` of the CommonJS build).
const DecimalCtor = DecimalDefault as unknown as typeof Decimal;

/**
 * The cost engine's own Decimal: a clone, so the global decimal.js settings
 * other code may rely on are never touched. 50 significant digits is far above
 * DESIGN's floor of 20 and leaves every quotient correct to well below a
 * billionth of a penny; ROUND_HALF_UP is how money is rounded for output.
 * Values made with it keep these settings in every operation on them.
 */
export const CostDecimal: typeof Decimal = DecimalCtor.clone({
  precision: 50,
  rounding: DecimalCtor.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

export type { Decimal };

/**
 * Pence (exact) to pounds with two decimals, rounded half-up to the penny
 * (a half penny rounds away from zero): `123450` → `"1234.50"`, `-5.5` →
 * `"-0.06"`. The only place money is rounded.
 */
export function formatPounds(pence: Decimal): Pounds {
  const wholePence = new CostDecimal(pence).toDecimalPlaces(0, DecimalCtor.ROUND_HALF_UP);
  const pounds = wholePence.div(100);
  // toFixed keeps the sign of -0; a zero is never shown as "-0.00".
  return pounds.isZero() ? '0.00' : pounds.toFixed(2);
}
