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
