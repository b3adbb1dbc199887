export { formatPounds } from '../../core/format/money';

/** A bar's length only: never used for a figure that is shown. */
export function chartValue(value: string | null): number {
  const n = value === null ? 0 : Number(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Minutes as hours and minutes, in whole numbers: 12345 → "205 h 45 min". */
export { duration as formatMinutes } from '../../core/format/words';
