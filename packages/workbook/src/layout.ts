import type ExcelJS from 'exceljs';
import {
  ASSUMPTIONS,
  COVER,
  PRICE_INDEX,
  RESOURCES,
  STAFF_TIME,
  UNIT_COSTS,
} from './layout-data-sheets.js';
import {
  DATA_DICTIONARY,
  FAMILIES,
  PRACTITIONERS,
  SENSITIVITY,
  SUMMARY,
} from './layout-result-sheets.js';
import type { SheetSpec } from './layout-spec.js';

// The workbook's layout, in three files: the vocabulary (layout-spec), the
// sheets themselves (layout-data-sheets, layout-result-sheets), and here their
// order, styles and the helpers formulas use to address them.
export {
  DATE,
  FACTOR,
  HOURS,
  MAX_DATA_ROWS,
  PERCENT,
  POUNDS,
  type ColumnKind,
  type ColumnSpec,
  type SheetSpec,
} from './layout-spec.js';
export * from './layout-data-sheets.js';
export * from './layout-result-sheets.js';

/** Sheets in workbook order; data sheets may continue on numbered sheets after their base. */
export const SHEETS: readonly SheetSpec[] = [
  COVER,
  ASSUMPTIONS,
  UNIT_COSTS,
  PRICE_INDEX,
  STAFF_TIME,
  RESOURCES,
  FAMILIES,
  PRACTITIONERS,
  SUMMARY,
  SENSITIVITY,
  DATA_DICTIONARY,
];

export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } },
  alignment: { vertical: 'middle', wrapText: true },
};

/** The usual spreadsheet convention for cells a reader may change: blue text on pale yellow. */
export function inputStyle(numFmt?: string): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: { color: { argb: 'FF0000FF' } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } },
    border: {
      top: { style: 'thin', color: { argb: 'FF7F7F7F' } },
      bottom: { style: 'thin', color: { argb: 'FF7F7F7F' } },
      left: { style: 'thin', color: { argb: 'FF7F7F7F' } },
      right: { style: 'thin', color: { argb: 'FF7F7F7F' } },
    },
  };
  if (numFmt !== undefined) style.numFmt = numFmt;
  return style;
}

/** A column letter (1 → A, 27 → AA). */
export function letter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as a formula reference prefix, quoted when it is not a plain identifier. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** The defined names of the Assumptions inputs, usable in any formula. */
export const NAMES = {
  priceYear: 'PriceYear',
  discountRate: 'DiscountRate',
  sensitivityLow: 'SensitivityLow',
  sensitivityHigh: 'SensitivityHigh',
} as const;

/** Excel's serial number of 9999-12-31, the open end of a unit-cost period. */
export const OPEN_END_SERIAL = 2958465;

/** The letter of a sheet's column by its header, so formulas on other sheets follow the layout. */
export function columnOf(spec: SheetSpec, header: string): string {
  const i = spec.columns.findIndex((c) => c.header === header);
  if (i < 0) throw new Error(`${spec.name} has no column "${header}"`);
  return letter(i + 1);
}
