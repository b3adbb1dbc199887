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
  // In line order: a chunk's judgements are reached after the cells of its later lines.
  const errors = [...problems.items].sort((a, b) => a.line - b.line);
  return new BadRequestException({
    message: `The file was refused: ${problems.total} problem(s)${listed}; nothing was written.`,
    errors,
    total: problems.total,
  });
}

/**
 * The rows of an uploaded file (streamed: CSV by csv-parse, XLSX by exceljs's WorkbookReader),
 * each parsed by the data package's own cell rules for time_entries.csv, then held to a single
 * entry's bounds and the programme's window; every problem located (line, column). The file is
 * on disk, so it can be read twice: once to check, once to write. Only the row in hand is held.
 */
export class ImportFileReader {
  private names: string[] = [];
  private indices: number[] = [];

  constructor(
    private readonly upload: ImportUpload,
    private readonly window: { from: string; to: string },
    private readonly context: RowContext,
  ) {}

  /** How a problem names a column of time_entries.csv in this file (once the header is read). */
  readonly label = (column: string): string =>
    columnLabel(this.upload.format, Math.max(0, this.names.indexOf(column)), this.names);

  /**
   * The good rows, in file order; a bad one is added to `problems` and skipped. Throws the
   * refusal when the file cannot be judged row by row (unreadable, wrong columns, no rows).
   */
  async *goodRows(problems: Problems): AsyncGenerator<GoodRow> {
    const { format } = this.upload;
    const input = createReadStream(this.upload.path);
    const source = format === 'csv' ? csvImportRows(input) : xlsxImportRows(input);
    let header: string[] | null = null;
    let count = 0;
    let good = 0;
    try {
      for await (const row of source) {
        if (header === null) {
          header = this.names = row.cells.map((c) => c.trim());
          this.indices = checkHeader(format, row, header, problems);
          if (problems.total > 0) break;
          continue;
        }
        if (++count > MAX_IMPORT_ROWS) throw tooManyRows(row.line);
        const record = this.parse(row, problems);
        if (record) {
          good++;
          yield { line: row.line, record };
        }
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
    if (header === null || problems.items.some((p) => p.line <= 1) || good === 0)
      throw refusal(problems);
  }

  private parse(row: ImportRow, problems: Problems): TimeEntryRecord | null {
    const { format } = this.upload;
    const header = this.names;
    const cells: Record<string, string> = {};
    COLUMNS.forEach((column, i) => (cells[column] = row.cells[this.indices[i]!] ?? ''));
    if (row.cells.length > header.length && row.cells.slice(header.length).some((c) => c !== ''))
      problems.add(
        row.line,
        columnLabel(format, header.length, header),
        'has more cells than the header has columns',
      );
    const parsed = parseRow(FILE, cells, this.context);
    if (parsed.problems) {
      for (const p of parsed.problems) problems.add(row.line, this.label(p.column), p.problem);
      return null;
    }
    // A single entry's own bounds (its DTO's): the package format allows 0 minutes, an entry does not.
    const { minutes } = parsed.record;
    if (minutes < 1 || minutes > DAY) {
      problems.add(
        row.line,
        this.label('minutes'),
        minutes < 1 ? 'must be at least 1' : `cannot exceed ${DAY} (a day) (got ${minutes})`,
      );
      return null;
    }
    const outside = deliveryWindowProblem('date', parsed.record.date, this.window);
    if (outside) {
      problems.add(row.line, this.label('date'), outside);
      return null;
    }
    return parsed.record;
  }
}

function tooManyRows(line: number): BadRequestException {
  return new BadRequestException({
    message: `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows: split it into files of at most that many. Nothing was written.`,
    errors: [
      { field: 'file', line, column: '', problem: `more than ${MAX_IMPORT_ROWS} rows in one file` },
    ],
    total: 1,
  });
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
