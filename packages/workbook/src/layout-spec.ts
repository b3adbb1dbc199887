// The vocabulary of the layout: number formats, column and sheet specs.

/** Excel's rows per sheet, less the header row. */
export const MAX_DATA_ROWS = 1_048_575;

export const POUNDS = '£#,##0.00';
export const DATE = 'yyyy-mm-dd';
export const FACTOR = '0.000000';
export const PERCENT = '0.00%';
export const HOURS = '0.00';

/**
 * What a column holds, for the reader: `input` cells are meant to be edited
 * (styled as inputs), `formula` cells recalculate from them, `data` cells are
 * the programme's records.
 */
export type ColumnKind = 'data' | 'input' | 'formula';

export interface ColumnSpec {
  header: string;
  width: number;
  kind: ColumnKind;
  /** Unit or format, for the DataDictionary. */
  unit: string;
  numFmt?: string;
  meaning: string;
}

export interface SheetSpec {
  name: string;
  /** One line for the Cover. */
  purpose: string;
  columns: ColumnSpec[];
}

export const col = (
  header: string,
  width: number,
  kind: ColumnKind,
  unit: string,
  meaning: string,
  numFmt?: string,
): ColumnSpec =>
  numFmt === undefined
    ? { header, width, kind, unit, meaning }
    : { header, width, kind, unit, meaning, numFmt };

export const LA_MEANING =
  'Local authority code; `programme` for programme-wide (provider staff with no LA).';
