import { parse, CsvError } from 'csv-parse';
import type { Readable } from 'node:stream';

/** One CSV record and the line it ends on (the header is line 1). */
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

/**
 * The records of a CSV stream, header first, parsed as they arrive: only one
 * chunk of the file is in memory at a time. Empty lines are skipped; a row
 * with a different number of cells than the header is left to the caller.
 */
export async function* csvRows(input: Readable): AsyncGenerator<CsvRow> {
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: 1_000_000,
    }),
  );
  input.once('error', (error) => parser.destroy(error));
  try {
    for await (const item of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield { line: item.info.lines, cells: item.record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0;
      throw new CsvSyntaxError(
        line,
        `is not valid CSV here: ${error.message.replace(/^Invalid \w+: /, '')}`,
      );
    }
    throw error;
  } finally {
    if (!input.destroyed) input.destroy();
  }
}
