import { stringify } from 'csv-stringify/sync';

/** A spreadsheet would run a cell starting like a formula: quote it as text. */
function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  return /^[=+@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV file (UTF-8, header row, CRLF-free) of the given columns, in their order. */
export function toCsv<T>(
  columns: ReadonlyArray<readonly [header: string, value: (row: T) => unknown]>,
  rows: Iterable<T>,
): string {
  const records: string[][] = [columns.map(([header]) => header)];
  for (const row of rows) records.push(columns.map(([, value]) => safeCell(value(row))));
  return stringify(records);
}
