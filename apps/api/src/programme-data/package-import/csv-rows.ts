import type { Readable } from 'node:stream';

/** One CSV record and the line it starts on (the header is line 1). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A file that is not readable CSV (an unclosed quote, say), at a line. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Longest record accepted: a longer one is surely an unclosed quote swallowing the file. */
const MAX_RECORD = 1_000_000;

/** The cells of one record that contains quotes (RFC 4180: `""` inside quotes is one quote). */
function quotedCells(text: string, line: number): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let cell = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0)
          throw new CsvSyntaxError(line, 'is not valid CSV: a quoted cell is never closed');
        cell += text.slice(i, close);
        if (text[close + 1] === '"') {
          cell += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      if (i < text.length && text[i] !== ',') {
        throw new CsvSyntaxError(
          line,
          `is not valid CSV: unexpected text after a closing quote (column ${cells.length + 1})`,
        );
      }
      cells.push(cell);
    } else {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      const cell = text.slice(i, end);
      if (cell.includes('"')) {
        throw new CsvSyntaxError(
          line,
          `is not valid CSV: a quote inside an unquoted cell (column ${cells.length + 1})`,
        );
      }
      cells.push(cell);
      i = end;
    }
    if (i >= text.length) return cells;
    i++; // the comma
    if (i === text.length) {
      cells.push('');
      return cells;
    }
  }
}

/** Whether `text` leaves a quoted cell open (an odd number of quotes). */
function openQuote(text: string): boolean {
  let count = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) count++;
  return count % 2 === 1;
}

/**
 * The records of a CSV stream (UTF-8, `,` separated, `"` quoted, LF or CRLF),
 * header first, parsed as chunks arrive: only a chunk and one record are in
 * memory at a time. Empty lines are skipped. A plain record is split on
 * commas; only a record with a quote takes the careful path, so a million
 * plain rows parse in about a second.
 */
export async function* csvRows(input: Readable): AsyncGenerator<CsvRow> {
  input.setEncoding('utf8');
  let buffer = '';
  let line = 1; // the line buffer[0] is on
  let first = true;
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      buffer += first ? chunk.replace(/^\uFEFF/, '') : chunk;
      first = false;
      let start = 0;
      let search = 0;
      for (;;) {
        const newline = buffer.indexOf('\n', search);
        if (newline < 0) break;
        let record = buffer.slice(start, newline);
        if (record.includes('"') && openQuote(record)) {
          search = newline + 1; // the newline is inside a quoted cell: the record goes on
          continue;
        }
        const lines = countLines(record) + 1;
        if (record.endsWith('\r')) record = record.slice(0, -1);
        if (record !== '') yield checked(record, line);
        line += lines;
        start = search = newline + 1;
      }
      buffer = buffer.slice(start);
      if (buffer.length > MAX_RECORD)
        throw new CsvSyntaxError(
          line,
          'is not valid CSV: a record runs on for over a million characters (an unclosed quote?)',
        );
    }
    let record = buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer;
    if (record !== '') {
      if (record.includes('"') && openQuote(record))
        throw new CsvSyntaxError(line, 'is not valid CSV: a quoted cell is never closed');
      record = record.replace(/\r$/, '');
      yield checked(record, line);
    }
  } finally {
    if (!input.destroyed) input.destroy();
  }
}

/** One record's cells; a NUL cannot be stored in PostgreSQL text, so it is refused here, by column. */
function checked(record: string, line: number): CsvRow {
  const cells = record.includes('"') ? quotedCells(record, line) : record.split(',');
  if (record.includes('\u0000')) {
    const column = cells.findIndex((c) => c.includes('\u0000')) + 1;
    throw new CsvSyntaxError(line, `holds a NUL character (column ${column}), which is not text`);
  }
  return { line, cells };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
