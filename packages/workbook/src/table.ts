import type ExcelJS from 'exceljs';
import { drained, SheetXmlStream, type BoundedWorkbookWriter } from './bounded-writer.js';
import { styleAttributes, type RawColumnType } from './row-xml.js';
import { HEADER_STYLE, inputStyle, letter, MAX_DATA_ROWS, type SheetSpec } from './layout.js';

export type Cell = ExcelJS.CellValue;

/** A formula cell with the result the engine computed, so a viewer that does not recalculate shows it. */
export function formula(text: string, result: number | string): ExcelJS.CellFormulaValue {
  return { formula: text, result, date1904: false };
}

/** `YYYY-MM-DD` as the Date exceljs writes as that day's serial number (UTC, so no time-zone shift). */
export function isoDate(iso: string | null): Date | null {
  return iso === null ? null : new Date(`${iso}T00:00:00Z`);
}

/** A sheet name and where each of its continuation sheets is. */
export interface WrittenSheets {
  spec: SheetSpec;
  names: string[];
  /** Data rows written, over all sheets of the series. */
  rows: number;
}

/**
 * One tabular sheet written row by row, continuing on `<name>2`, `<name>3`, …
 * once `maxRows` data rows are on a sheet. Each sheet gets the spec's header
 * row (frozen), column widths, per-column number formats and input styling,
 * and an autofilter over its rows. Rows are committed as they are added, so
 * memory does not grow with the sheet.
 */
export class SheetSeries {
  readonly names: string[] = [];
  private sheet: ExcelJS.Worksheet | null = null;
  private lastRow = 1;
  private total = 0;
  /**
   * One style object per column, given to every cell of the column (an empty
   * one too): exceljs caches a style's id by object identity, and otherwise
   * works it out again for every cell.
   */
  private readonly styles: Array<Partial<ExcelJS.Style>>;
  /** Row XML not yet handed to the sheet's stream (addXml), and its length in characters. */
  private pendingXml: string[] = [];
  private pendingChars = 0;

  constructor(
    private readonly workbook: BoundedWorkbookWriter,
    readonly spec: SheetSpec,
    private readonly maxRows: number = MAX_DATA_ROWS,
  ) {
    this.styles = spec.columns.map((c) => {
      if (c.kind === 'input') return inputStyle(c.numFmt);
      return c.numFmt === undefined ? {} : { numFmt: c.numFmt };
    });
  }

  /** The sheet being written, opened (with its header) on first use. */
  current(): ExcelJS.Worksheet {
    if (this.sheet) return this.sheet;
    const name =
      this.names.length === 0 ? this.spec.name : `${this.spec.name}${this.names.length + 1}`;
    const sheet = this.workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    });
    sheet.columns = this.spec.columns.map((c) => ({ width: c.width }));
    const header = sheet.addRow(this.spec.columns.map((c) => c.header));
    header.eachCell((cell) => {
      cell.style = HEADER_STYLE;
    });
    header.commit();
    this.names.push(name);
    this.sheet = sheet;
    this.lastRow = 1;
    return sheet;
  }

  /**
   * Writes one row; `values(r)` is given the row number the row lands on, for
   * its formulas. `decorate` may style or name the row's cells before it is
   * committed. Waits while the zip is behind, which bounds memory.
   */
  async add(values: (row: number) => Cell[], decorate?: (row: ExcelJS.Row) => void): Promise<void> {
    if (this.sheet && this.lastRow - 1 >= this.maxRows) this.closeSheet();
    const sheet = this.current();
    const row = sheet.addRow(values(this.lastRow + 1));
    this.styles.forEach((style, i) => {
      row.getCell(i + 1).style = style;
    });
    decorate?.(row);
    row.commit();
    this.lastRow = row.number;
    this.total++;
    await drained(sheet);
  }

  /** The ` s="N"` attribute of each column's cells, for addXml (see row-xml.ts). */
  styleAttributes(types: readonly RawColumnType[]): string[] {
    return styleAttributes(this.workbook, this.styles, types);
  }

  /**
   * Writes one row given as XML text (row-xml.ts); `xml(r)` is given the row
   * number. Rows are handed to the sheet's stream in batches of about
   * `SheetXmlStream.batchBytes`. Returns a promise to await when the zip is
   * behind (null when the caller may go on at once: no await per row). Not to
   * be mixed with `add` on one series (exceljs would number its rows anew).
   */
  addXml(xml: (row: number) => string): Promise<void> | null {
    if (this.sheet && this.lastRow - 1 >= this.maxRows) this.closeSheet();
    const sheet = this.current();
    const text = xml(++this.lastRow);
    this.total++;
    this.pendingXml.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars < SheetXmlStream.batchBytes) return null;
    this.flushXml(sheet);
    return drained(sheet);
  }

  private flushXml(sheet: ExcelJS.Worksheet): void {
    if (this.pendingChars === 0) return;
    // The header row went through exceljs, so <sheetData> is open and rows may follow.
    (sheet as unknown as { stream: NodeJS.WritableStream }).stream.write(
      Buffer.from(this.pendingXml.join(''), 'utf8'),
    );
    this.pendingXml = [];
    this.pendingChars = 0;
  }

  /** Ends the series: the last sheet is committed (an empty series still gets its header-only sheet). */
  finish(): WrittenSheets {
    this.current();
    this.closeSheet();
    return { spec: this.spec, names: [...this.names], rows: this.total };
  }

  private closeSheet(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    this.flushXml(sheet);
    sheet.autoFilter = `A1:${letter(this.spec.columns.length)}${this.lastRow}`;
    sheet.commit();
    this.sheet = null;
  }
}
