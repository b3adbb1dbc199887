import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { csvRows, CsvSyntaxError, type CsvRow } from './csv-rows';

/** Feeds `text` in chunks of `size` characters, so records straddle chunk boundaries. */
async function read(text: string, size = 3): Promise<CsvRow[]> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  const rows: CsvRow[] = [];
  for await (const row of csvRows(Readable.from(chunks))) rows.push(row);
  return rows;
}

describe('csvRows', () => {
  it('reads plain records with their line numbers, skipping empty lines', async () => {
    assert.deepEqual(await read('a,b\n1,2\n\n3,\n'), [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', ''] },
    ]);
  });

  it('handles CRLF, a byte order mark and a last line without a line break', async () => {
    assert.deepEqual(await read('\uFEFFa,b\r\n1,2'), [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks, keeping later line numbers right', async () => {
    assert.deepEqual(await read('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,"",\n', 4), [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 5, cells: ['last', '', ''] },
    ]);
  });

  it('refuses an unclosed quote and stray quotes, at their line', async () => {
    await assert.rejects(
      read('a,b\n1,"open\n2,3\n'),
      (e: unknown) => e instanceof CsvSyntaxError && e.line === 2,
    );
    await assert.rejects(
      read('a,b\n1,2\nx"y,3\n'),
      (e: unknown) => e instanceof CsvSyntaxError && e.line === 3,
    );
    await assert.rejects(read('a,b\n"q"r,3\n'), /after a closing quote/);
  });
});
