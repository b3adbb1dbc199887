const POUNDS = /^(-?)(\d+)\.(\d{2})$/;

/**
 * "1234567.50" (the API's pounds, exact to the penny) as "£1,234,567.50".
 * Only the text is regrouped, so no figure ever passes through a float.
 * null (a cost per nothing) is a dash; anything unexpected is shown as it came.
 */
export function formatPounds(value: string | null): string {
  if (value === null) return '—';
  const match = POUNDS.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, pence] = match;
  const grouped = whole!.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign ? '-' : ''}£${grouped}.${pence}`;
}

/** A bar's length only: never used for a figure that is shown. */
export function chartValue(value: string | null): number {
  const n = value === null ? 0 : Number(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Minutes as hours and minutes, in whole numbers: 12345 → "205 h 45 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours.toLocaleString('en-GB')} h ${String(rest).padStart(2, '0')} min`;
}
