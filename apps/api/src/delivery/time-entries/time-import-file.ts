import {
  deliveryWindowProblem,
  PACKAGE_COLUMNS,
  parseRow,
  type RowContext,
  type TimeEntryRecord,
} from '@attune/domain';
import type { ImportProblem } from '@attune/contract';
import { BadRequestException } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import {
  columnLabel,
  csvImportRows,
  ImportFileError,
  type ImportFormat,
  type ImportRow,
  xlsxImportRows,
} from './time-import-reader';

/** Most data rows one file may hold. */
export const MAX_IMPORT_ROWS = 100_000;
/** How many problems a refusal lists (all are counted). */
const PROBLEM_CAP = 500;
const DAY = 24 * 60;
const FILE = 'time_entries.csv';
const COLUMNS = PACKAGE_COLUMNS[FILE];

/** An uploaded file, on disk, hashed as it arrived. */
export interface ImportUpload {
  path: string;
  fileName: string;
  format: ImportFormat;
  contentHash: string;
}

/** A row whose cells are good, and the line it is on. */
export interface GoodRow {
  line: number;
  record: TimeEntryRecord;
}

/** Problems kept up to a cap and counted past it. */
export class Problems {
  readonly items: ImportProblem[] = [];
  total = 0;
  add(line: number, column: string, problem: string): void {
    this.total++;
    if (this.items.length < PROBLEM_CAP) this.items.push({ field: 'file', line, column, problem });
  }
}

/** 400 with every problem located; nothing was written. */
export function refusal(problems: Problems): BadRequestException {
  const listed =
    problems.total > problems.items.length ? ` (the first ${problems.items.length} listed)` : '';
  return new BadRequestException({
    message: `The file was refused: ${problems.total} problem(s)${listed}; nothing was written.`,
    errors: problems.items,
    total: problems.total,
  });
}

/**
 * The rows of an uploaded file (streamed: CSV by csv-parse, XLSX by exceljs's WorkbookReader),
 * each parsed by the data package's own cell rules for time_entries.csv, then held to a single
 * entry's bounds and the programme's window; every problem located (line, column).
 */
export async function readImportFile(
  upload: ImportUpload,
  window: { from: string; to: string },
  context: RowContext,
  problems: Problems,
): Promise<{ rows: GoodRow[]; header: string[] }> {
  const input = createReadStream(upload.path);
  const source = upload.format === 'csv' ? csvImportRows(input) : xlsxImportRows(input);
  const rows: GoodRow[] = [];
  let header: string[] | null = null;
  let indices: number[] = [];
  let count = 0;
  try {
    for await (const row of source) {
      if (header === null) {
        header = row.cells.map((c) => c.trim());
        indices = checkHeader(upload.format, row, header, problems);
        if (problems.total > 0) break;
        continue;
      }
      if (++count > MAX_IMPORT_ROWS) {
        throw new BadRequestException({
          message: `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows: split it into files of at most that many. Nothing was written.`,
          errors: [
            {
              field: 'file',
              line: row.line,
              column: '',
              problem: `more than ${MAX_IMPORT_ROWS} rows in one file`,
            },
          ],
          total: 1,
        });
      }
      parseLine(upload.format, row, header, indices, context, window, rows, problems);
    }
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    problems.add(error.line, '', `the file ${error.message}`);
  }
  if (header === null)
    problems.add(1, '', `the file is empty: the header row is ${COLUMNS.join(',')}`);
  else if (count === 0 && problems.total === 0)
    problems.add(2, '', 'the file has no rows below its header');
  // A file unreadable or of the wrong columns stops here; bad rows go on to be judged with the rest.
  if (header === null || problems.items.some((p) => p.line <= 1) || rows.length === 0)
    throw refusal(problems);
  return { rows, header };
}

/** The index of each column of time_entries.csv in the file's header; problems at line 1 otherwise. */
function checkHeader(
  format: ImportFormat,
  row: ImportRow,
  header: string[],
  problems: Problems,
): number[] {
  header.forEach((name, i) => {
    // A trailing comma or an empty spreadsheet cell is no column.
    if (name === '') return;
    if (!(COLUMNS as readonly string[]).includes(name))
      problems.add(
        row.line,
        columnLabel(format, i, header),
        `"${name}" is not a column of time_entries.csv (${COLUMNS.join(',')})`,
      );
    else if (header.indexOf(name) !== i)
      problems.add(row.line, columnLabel(format, i, header), `${name} appears more than once`);
  });
  for (const column of COLUMNS)
    if (!header.includes(column))
      problems.add(
        row.line,
        '',
        `the header has no ${column} column (the columns are ${COLUMNS.join(',')})`,
      );
  return COLUMNS.map((c) => header.indexOf(c));
}

function parseLine(
  format: ImportFormat,
  row: ImportRow,
  header: string[],
  indices: number[],
  context: RowContext,
  window: { from: string; to: string },
  rows: GoodRow[],
  problems: Problems,
): void {
  const cells: Record<string, string> = {};
  COLUMNS.forEach((column, i) => (cells[column] = row.cells[indices[i]!] ?? ''));
  if (row.cells.length > header.length && row.cells.slice(header.length).some((c) => c !== ''))
    problems.add(
      row.line,
      columnLabel(format, header.length, header),
      'has more cells than the header has columns',
    );
  const parsed = parseRow(FILE, cells, context);
  const at = (column: string) => columnLabel(format, header.indexOf(column), header);
  if (parsed.problems) {
    for (const p of parsed.problems) problems.add(row.line, at(p.column), p.problem);
    return;
  }
  // A single entry's own bounds (its DTO's): the package format allows 0 minutes, an entry does not.
  const { minutes } = parsed.record;
  if (minutes < 1 || minutes > DAY) {
    problems.add(
      row.line,
      at('minutes'),
      minutes < 1 ? 'must be at least 1' : `cannot exceed ${DAY} (a day) (got ${minutes})`,
    );
    return;
  }
  const outside = deliveryWindowProblem('date', parsed.record.date, window);
  if (outside) {
    problems.add(row.line, at('date'), outside);
    return;
  }
  rows.push({ line: row.line, record: parsed.record });
}
