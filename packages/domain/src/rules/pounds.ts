/**
 * Money as the API's JSON carries it: a string of pounds with at most two
 * decimals ("45.50"), never a binary float. Stored as whole pence.
 */
/** Whole pounds up to 8 digits and at most two decimals: what a money field accepts. */
export const POUNDS = /^(\d{1,8})(?:\.(\d{1,2}))?$/;

/** The largest pence a money column holds (PostgreSQL `integer`). */
export const MAX_PENCE = 2_147_483_647;

/** Whole pence of a pounds string, or null when it is not one (negative, three decimals, too large). */
export function penceOfPounds(text: string): number | null {
  const m = POUNDS.exec(text);
  if (!m) return null;
  const pence = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return pence <= MAX_PENCE ? pence : null;
}

/** Whole pence as pounds with two decimals ("4550" as "45.50"). */
export function poundsOfPence(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
