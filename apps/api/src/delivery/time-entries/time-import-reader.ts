import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';

/** One record of an imported file: where it is (CSV file line, XLSX sheet row) and its cells as text. */
export interface ImportRow {
  line: number;
  cells: string[];
}

/** A file that cannot be read as its format (an unclosed quote, a broken zip), at a line if known. */
export class ImportFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export type ImportFormat = 'csv' | 'xlsx';

/** How a problem names a column: CSV by its header name, XLSX by the sheet's column letter. */
export function columnLabel(
  format: ImportFormat,
  index: number,
  header: readonly string[],
): string {
  return format === 'csv' ? (header[index] ?? `column ${index + 1}`) : columnLetter(index);
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The records of a CSV stream (csv-parse, streamed): header first; blank lines skipped. */
export async function* csvImportRows(input: Readable): AsyncGenerator<ImportRow> {
  const parser = input.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      // A longer record is surely an unclosed quote swallowing the file.
      max_record_size: 100_000,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new ImportFileError(e.lines ?? 0, `is not valid CSV: ${e.message ?? 'unreadable'}`);
  } finally {
    if (!input.destroyed) input.destroy();
  }
}

/** A cell of exceljs as the text a CSV would hold: dates as ISO dates, numbers as written, formulas by result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result ?? null);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return '';
}

/**
 * The rows of the first worksheet of an XLSX stream, by exceljs's streaming
 * WorkbookReader (one row in memory at a time; shared strings cached, styles
 * read so that date cells come back as dates). Empty rows are skipped.
 */
export async function* xlsxImportRows(input: Readable): AsyncGenerator<ImportRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        // row.values is 1-based and sparse.
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        if (cells.some((c) => c.trim() !== '')) yield { line: row.number, cells };
      }
      return; // the first sheet only: a template's lists live on the others
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      0,
      `is not a readable .xlsx workbook (${(error as Error).message ?? 'unknown error'})`,
    );
  } finally {
    if (!input.destroyed) input.destroy();
  }
}
