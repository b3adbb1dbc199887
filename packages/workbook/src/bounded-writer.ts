import { once } from 'node:events';
import { Transform, type TransformCallback, type TransformOptions } from 'node:stream';
import type ExcelJS from 'exceljs';
import { WorkbookWriter } from './exceljs-parts.js';

/**
 * exceljs 4.4's streaming WorkbookWriter with its two unbounded memory holders
 * removed (STACK.md, "exceljs 4.4 streaming writer memory"); everything else,
 * the XML included, is exceljs's own.
 *
 * 1. Zip buffering. The stock `_openStream` gives each worksheet a StreamBuf,
 *    which archiver wraps in a PassThrough it reads only when the sheet's zip
 *    entry comes up; StreamBuf ignores the PassThrough's backpressure, so a
 *    sheet's whole XML piles up in memory. Here a sheet writes into a real
 *    stream that archiver pipes straight into its deflater, and the
 *    writer awaits `drain` (see `drained`) so rows are produced no faster than
 *    the zip, and in turn the output, take them.
 * 2. The formula map. The worksheet writer keeps every formula cell's model in
 *    `_formulae` for the whole sheet so later cells could share a formula.
 *    This workbook never shares formulas, so each row gets a fresh, empty map
 *    that is dropped with the row. Shared formulas therefore do not work with
 *    this writer (a clone would not find its master and exceljs would throw).
 *
 * Rule for callers: write sheets one after another (add, write, commit, then
 * add the next). The zip takes entries in order, so waiting for `drain` on a
 * sheet while an earlier sheet is still open would never end.
 */
export class BoundedWorkbookWriter extends WorkbookWriter {
  /** Bytes of sheet XML a sheet stream holds before asking the writer to wait. */
  static readonly sheetHighWaterMark = 256 * 1024;

  /** Called by exceljs for each worksheet (and comments/rels part) it opens. */
  _openStream(path: string): SheetXmlStream {
    const stream = new SheetXmlStream({ highWaterMark: BoundedWorkbookWriter.sheetHighWaterMark });
    // exceljs's commit waits for 'zipped' on sheets it commits itself.
    stream.once('finish', () => stream.emit('zipped'));
    (
      this as unknown as {
        zip: { append(source: NodeJS.ReadableStream, data: { name: string }): void };
      }
    ).zip.append(stream, { name: path });
    return stream;
  }

  override addWorksheet(
    name?: string,
    options?: Partial<ExcelJS.AddWorksheetOptions>,
  ): ExcelJS.Worksheet {
    const sheet = super.addWorksheet(name, options);
    // Read once per row by _writeRow: a fresh map per row keeps nothing across rows.
    Object.defineProperty(sheet, '_formulae', {
      get: () => ({}),
      set: () => undefined,
      configurable: true,
    });
    return sheet;
  }
}

/**
 * A sheet's XML on its way into the zip. exceljs writes strings, Buffers and
 * its own StringBuf objects; a StringBuf is turned into a Buffer copy because
 * exceljs reuses it for the next piece of XML. Rows arrive as small pieces, and
 * each chunk the deflater gets costs a round trip to zlib's thread pool, so
 * pieces are passed on in batches of `batchBytes` (as exceljs's own StreamBuf
 * does).
 */
export class SheetXmlStream extends Transform {
  static readonly batchBytes = 64 * 1024;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(options?: TransformOptions) {
    super(options);
  }

  override write(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
    const data = isStringBuf(chunk) ? chunk.toBuffer() : chunk;
    return (super.write as (...args: unknown[]) => boolean).call(this, data, encoding, callback);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= SheetXmlStream.batchBytes) this.push(this.takePending());
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.pendingBytes > 0) this.push(this.takePending());
    callback();
  }

  private takePending(): Buffer {
    const batch = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return batch;
  }
}

function isStringBuf(chunk: unknown): chunk is { toBuffer(): Buffer } {
  return (
    typeof chunk === 'object' &&
    chunk !== null &&
    !Buffer.isBuffer(chunk) &&
    typeof (chunk as { toBuffer?: unknown }).toBuffer === 'function'
  );
}

/**
 * Resolves when the worksheet's XML stream can take more: at once while it is
 * below its high-water mark, otherwise on `drain` (or rejects if the stream
 * fails, so a broken output never leaves the writer waiting).
 */
export async function drained(sheet: ExcelJS.Worksheet): Promise<void> {
  const stream = (sheet as unknown as { stream: Transform }).stream;
  if (!stream.writableNeedDrain) return;
  await once(stream, 'drain');
}
