import { POUNDS, penceOfPounds } from '@attune/domain';

/**
 * Pounds typed by a person and pence, converted exactly: typed pounds are read
 * by the domain's rule (whole pence, never a binary fraction, so "0.29" is 29
 * pence), and totals are moved about the decimal point as text, so a
 * difference stays exact beyond what a double holds.
 */

/** What a money field accepts: the domain's rule, the one the API applies. */
export const POUNDS_TYPED = POUNDS;

/** "45.5" → "4550"; null when the text is not pounds with at most two decimals, or too large. */
export function poundsToPence(pounds: string): string | null {
  return penceOfPounds(pounds.trim())?.toString() ?? null;
}

/** "4550" → "45.50", "-5" → "-0.05": integer pence as pounds with two decimals. */
export function penceToPounds(pence: string): string {
  const match = /^(-?)(\d+)$/.exec(pence.trim());
  if (!match) throw new Error(`${pence} is not a whole number of pence`);
  const [, sign, digits] = match;
  const padded = digits!.replace(/^0+(?=\d)/, '').padStart(3, '0');
  const pounds = `${padded.slice(0, -2)}.${padded.slice(-2)}`;
  return sign && /[1-9]/.test(padded) ? `-${pounds}` : pounds;
}

/** "45.5" → "45.50" (what is sent); null when not pounds. */
export function normalisePounds(pounds: string): string | null {
  const pence = poundsToPence(pounds);
  return pence === null ? null : penceToPounds(pence);
}

/** The API's pounds (two decimals, maybe negative) as integer pence, exact (BigInt). */
function penceOf(pounds: string): bigint {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(pounds.trim());
  if (!match) throw new Error(`${pounds} is not pounds with two decimals`);
  const [, sign, whole, decimals] = match;
  const pence = BigInt(`${whole}${decimals}`);
  return sign ? -pence : pence;
}

/** after − before, both the API's pounds, as pounds: "100.10" to "90.35" is "-9.75". */
export function poundsDifference(before: string, after: string): string {
  return penceToPounds((penceOf(after) - penceOf(before)).toString());
}
