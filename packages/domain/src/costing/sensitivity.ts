import type { DecimalString } from '../model/records.js';
import { Rational } from './rational.js';

/** DESIGN.md, "Sensitivity": the factors a programme starts with. */
export const DEFAULT_SENSITIVITY = { low: '0.8', high: '1.2' } as const;

/** The most a factor may scale staff costs by: beyond that it is a typing slip. */
export const MAX_SENSITIVITY = 10;

export interface SensitivitySettings {
  sensitivityLow?: DecimalString | null;
  sensitivityHigh?: DecimalString | null;
}

const DECIMAL = /^\d{1,2}(\.\d{1,4})?$/;
const ONE = Rational.of(1n);
const MAX = Rational.of(BigInt(MAX_SENSITIVITY));

/** The sign of a - b, exactly. */
const compare = (a: Rational, b: Rational): number => {
  const n = a.minus(b).n;
  return n < 0n ? -1 : n > 0n ? 1 : 0;
};

/** What is wrong with a pair of factors (each problem at its field): low in (0, 1), high in (1, 10]. */
export function sensitivityProblems(
  low: string,
  high: string,
): Array<{ field: 'sensitivityLow' | 'sensitivityHigh'; problem: string }> {
  const problems: Array<{ field: 'sensitivityLow' | 'sensitivityHigh'; problem: string }> = [];
  if (
    !DECIMAL.test(low) ||
    compare(Rational.from(low), Rational.ZERO) <= 0 ||
    compare(Rational.from(low), ONE) >= 0
  ) {
    problems.push({
      field: 'sensitivityLow',
      problem: `must be a decimal above 0 and below 1, at most 4 decimal places (got ${low})`,
    });
  }
  if (
    !DECIMAL.test(high) ||
    compare(Rational.from(high), ONE) <= 0 ||
    compare(Rational.from(high), MAX) > 0
  ) {
    problems.push({
      field: 'sensitivityHigh',
      problem: `must be a decimal above 1 and at most ${MAX_SENSITIVITY}, at most 4 decimal places (got ${high})`,
    });
  }
  return problems;
}

/** The programme's factors as exact fractions, the defaults where it has none. */
export function sensitivityFactors(p: SensitivitySettings): { low: Rational; high: Rational } {
  return {
    low: Rational.from(p.sensitivityLow ?? DEFAULT_SENSITIVITY.low),
    high: Rational.from(p.sensitivityHigh ?? DEFAULT_SENSITIVITY.high),
  };
}
