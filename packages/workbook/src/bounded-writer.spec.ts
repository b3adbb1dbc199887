import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Writable, type Transform } from 'node:stream';
import { promisify } from 'node:util';
import { describe, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { BoundedWorkbookWriter, drained } from './bounded-writer.js';
import { ValueType, WorkbookWriter } from './exceljs-parts.js';
import { compileChild } from '../test/compile-child.js';

class Sink extends Writable {
  bytes = 0;
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.bytes += chunk.length;
    done();
  }
}

const ROWS = 20_000;

function addRow(sheet: ExcelJS.Worksheet, r: number): void {
  sheet
    .addRow([
      r,
      `code-${r % 97}`,
      { formula: `A${r}*2`, result: r * 2 },
      { formula: `C${r}+1`, result: r * 2 + 1 },
    ])
    .commit();
}

describe('BoundedWorkbookWriter (the two memory fixes of STACK.md)', () => {
  it("extends exceljs's own streaming writer, loaded without the rest of exceljs", () => {
    assert.equal(WorkbookWriter, ExcelJS.stream.xlsx.WorkbookWriter);
    assert.equal(ValueType, ExcelJS.ValueType);
    assert.ok(
      new BoundedWorkbookWriter({ stream: new Sink() }) instanceof
        ExcelJS.stream.xlsx.WorkbookWriter,
    );
  });

  it('keeps no formula cell models once their row is written (stock exceljs keeps them all)', async () => {
    const bounded = new BoundedWorkbookWriter({ stream: new Sink() });
    const stock = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new Sink() });
    for (const wb of [bounded, stock]) {
      const sheet = wb.addWorksheet('S');
      for (let r = 1; r <= 1000; r++) addRow(sheet, r);
      const kept = Object.keys((sheet as unknown as { _formulae: object })._formulae).length;
      assert.equal(kept, wb === bounded ? 0 : 2000);
      sheet.commit();
      await wb.commit();
    }
  });

  it('pipes a sheet into the zip as it is written, holding at most about its high-water mark', async () => {
    const out = new Sink();
    const wb = new BoundedWorkbookWriter({ stream: out });
    const sheet = wb.addWorksheet('S');
    const stream = (sheet as unknown as { stream: Transform }).stream;
    let mostHeld = 0;
    for (let r = 1; r <= ROWS; r++) {
      addRow(sheet, r);
      mostHeld = Math.max(mostHeld, stream.writableLength);
      await drained(sheet);
    }
    const beforeCommit = out.bytes;
    sheet.commit();
    await wb.commit();
    assert.ok(
      beforeCommit > out.bytes / 2,
      `most of the zip (${beforeCommit} of ${out.bytes} bytes) left before the sheet was committed`,
    );
    assert.ok(
      mostHeld < BoundedWorkbookWriter.sheetHighWaterMark + 1024,
      `held at most ${mostHeld} bytes of sheet XML`,
    );
  });

  it('writes a valid workbook that exceljs reads back, formulas and results included', async () => {
    const chunks: Buffer[] = [];
    const out = new Writable({
      write(chunk: Buffer, _e, done) {
        chunks.push(chunk);
        done();
      },
    });
    const wb = new BoundedWorkbookWriter({ stream: out });
    const sheet = wb.addWorksheet('S');
    for (let r = 1; r <= 500; r++) {
      addRow(sheet, r);
      await drained(sheet);
    }
    sheet.commit();
    await wb.commit();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    const cell = read.getWorksheet('S')!.getCell('D500');
    assert.deepEqual(cell.value, { formula: 'C500+1', result: 1001 });
  });
});

describe('writeWorkbook memory', () => {
  it('stays bounded for 300,000 ledger lines (peak RSS well under what the stock writer needs)', async () => {
    const child = compileChild(join(import.meta.dirname, '..', 'test', 'rss-child.ts'));
    const { stdout } = await promisify(execFile)(process.execPath, [child, '300000'], {
      timeout: 300_000,
    });
    const { maxRssMb } = JSON.parse(stdout) as { maxRssMb: number };
    // Measured here: 150-180 MB; the stock writer took 500 MB for 200,000 such rows, and grows with them.
    assert.ok(maxRssMb < 250, `peak RSS ${maxRssMb} MB`);
  });
});
