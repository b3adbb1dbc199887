import type ExcelJS from 'exceljs';
import { ValueType } from './exceljs-parts.js';

/**
 * Sheet rows written as XML text, for the one sheet with millions of rows
 * (StaffTime): exceljs builds a Row, a model, a cell xform and an XmlStream
 * per row, which is most of the export's CPU time. The text is exactly what
 * exceljs would write for the same cells (row-xml.spec.ts compares the two),
 * so readers see no difference; the other sheets are small and stay exceljs's.
 */

/** How a column's cells are typed, which picks the style id exceljs gives them. */
export type RawColumnType = 'date' | 'text' | 'number';

const EXCEL_TYPE: Record<RawColumnType, ExcelJS.ValueType> = {
  date: ValueType.Date,
  text: ValueType.String,
  number: ValueType.Number,
};

interface StyleRegistry {
  addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number;
}

/**
 * The ` s="N"` attribute of each column (empty for the default style), from the
 * workbook's own style table, so the ids agree with the cells exceljs writes.
 */
export function styleAttributes(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  styles: ReadonlyArray<Partial<ExcelJS.Style>>,
  types: readonly RawColumnType[],
): string[] {
  const registry = (workbook as unknown as { styles: StyleRegistry }).styles;
  return styles.map((style, i) => {
    const id = registry.addStyleModel(style, EXCEL_TYPE[types[i]!]);
    return id ? ` s="${id}"` : '';
  });
}

// exceljs's xmlEncode: the five entities, and control characters XML cannot carry dropped.
/* eslint-disable no-control-regex */
const SPECIAL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
/* eslint-enable no-control-regex */
const ENTITY: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
};

/** Text as XML character data, as exceljs encodes it. */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(SPECIAL_ALL, (c) => ENTITY[c] ?? '');
}

/** Excel's serial day number of `YYYY-MM-DD`, as exceljs computes it for a UTC-midnight Date. */
export function excelDay(iso: string): number {
  return 25569 + new Date(`${iso}T00:00:00Z`).getTime() / (24 * 3600 * 1000);
}

/** `<c>` of a text cell; nothing for null, as exceljs omits an unstyled empty cell. */
export function textCell(ref: string, s: string, text: string | null): string {
  return text === null ? '' : `<c r="${ref}"${s} t="str"><v>${xmlText(text)}</v></c>`;
}

export function numberCell(ref: string, s: string, value: number): string {
  return `<c r="${ref}"${s}><v>${value}</v></c>`;
}

/** A formula with its cached number; `formula` is XML-encoded here. */
export function formulaCell(ref: string, s: string, formula: string, result: number): string {
  return `<c r="${ref}"${s}><f>${xmlText(formula)}</f><v>${result}</v></c>`;
}

/** The row element around its cells, as exceljs writes a row whose cells span columns 1 to `last`. */
export function rowXml(r: number, last: number, cells: string): string {
  return `<row r="${r}" spans="1:${last}" x14ac:dyDescent="0.25">${cells}</row>`;
}
