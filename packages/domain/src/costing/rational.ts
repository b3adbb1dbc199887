import { CostDecimal, type Decimal } from './decimal.js';

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * An exact fraction of two big integers. The cost engine sums and scales in
 * fractions so that no figure is rounded before it is shown: a quotient such
 * as 1/60 of an hour or index 104/103.7 would otherwise be cut to a finite
 * number of digits, and a later x 1.2 could then land a half penny on the
 * wrong side. Only the few hundred buckets of a summary are ever fractions.
 */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);

  /** Always in lowest terms with a positive denominator. */
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    if (d === 0n) throw new RangeError('division by zero');
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n, d);
    this.n = g > 1n ? n / g : n;
    this.d = g > 1n ? d / g : d;
  }

  static of(n: bigint, d: bigint = 1n): Rational {
    return new Rational(n, d);
  }

  /** The exact value of a finite decimal (a Decimal, a decimal string or an integer). */
  static from(value: Decimal | string | number | bigint): Rational {
    if (typeof value === 'bigint') return new Rational(value, 1n);
    const d = new CostDecimal(value);
    if (!d.isFinite()) throw new RangeError(`${String(value)} is not a finite number`);
    // toFixed never uses exponent notation, so the digits are exact.
    const text = d.toFixed();
    const point = text.indexOf('.');
    if (point < 0) return new Rational(BigInt(text), 1n);
    const decimals = text.length - point - 1;
    return new Rational(
      BigInt(text.slice(0, point) + text.slice(point + 1)),
      10n ** BigInt(decimals),
    );
  }

  plus(o: Rational): Rational {
    return this.d === o.d
      ? new Rational(this.n + o.n, this.d)
      : new Rational(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  minus(o: Rational): Rational {
    return this.plus(new Rational(-o.n, o.d));
  }

  times(o: Rational): Rational {
    return new Rational(this.n * o.n, this.d * o.d);
  }

  div(o: Rational): Rational {
    return new Rational(this.n * o.d, this.d * o.n);
  }

  /** A whole power; exact. */
  pow(k: number): Rational {
    if (!Number.isSafeInteger(k)) throw new RangeError(`${k} is not a whole power`);
    const e = BigInt(Math.abs(k));
    return k >= 0 ? new Rational(this.n ** e, this.d ** e) : new Rational(this.d ** e, this.n ** e);
  }

  isZero(): boolean {
    return this.n === 0n;
  }

  equals(o: Rational): boolean {
    return this.n === o.n && this.d === o.d;
  }

  /** The value as a Decimal: exact when it terminates within 50 digits, else correctly rounded to 50. */
  toDecimal(): Decimal {
    const n = new CostDecimal(this.n.toString());
    return this.d === 1n ? n : n.div(this.d.toString());
  }
}
