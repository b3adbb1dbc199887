/**
 * The cost-evaluation workbook's export against exceljs's stock streaming
 * writer, each in its own process so peak RSS is that writer's alone.
 * Prints figures (no assertions); targets: peak RSS <= 300 MB, wall time
 * <= 1.5 x the stock writer's.
 *   node test/dist/perf/workbook.bench.js [--lines N] (default 2,000,000)
 * The stock run writes the same rows and columns (the StaffTime sheet's 12,
 * three of them formulas with results, split at Excel's row limit).
 */
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { writeWorkbook } from '@attune/workbook';
import { syntheticInput, syntheticLedger } from './workbook-synthetic.js';

interface Figures {
  writer: string;
  lines: number;
  seconds: number;
  maxRssMb: number;
  bytes: number;
}

/** Counts what it is given and keeps none of it. */
class Sink extends Writable {
  bytes = 0;
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.bytes += chunk.length;
    done();
  }
}

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

async function ours(lines: number, sink: Sink): Promise<number> {
  const input = syntheticInput(lines); // the summary's first pass is not timed
  const started = performance.now();
  await writeWorkbook(input, sink);
  return performance.now() - started;
}

/** What a caller of the stock streaming writer would write: the same rows, committed one by one. */
async function stock(lines: number, sink: Sink): Promise<number> {
  const started = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  });
  const columns = [
    { width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    ...[12, 14, 22, 22, 20, 16, 10].map((width) => ({ width })),
    { width: 10, style: { numFmt: '0.00' } },
    { width: 12, style: { numFmt: '£#,##0.00' } },
    { width: 12, style: { numFmt: '£#,##0.00' } },
    { width: 11 },
  ];
  let sheet: ExcelJS.Worksheet | null = null;
  let row = 1;
  let sheets = 0;
  for (const line of syntheticLedger(lines)) {
    if (!sheet || row > 1_048_575) {
      sheet?.commit();
      sheets++;
      sheet = wb.addWorksheet(sheets === 1 ? 'StaffTime' : `StaffTime${sheets}`);
      sheet.columns = columns;
      sheet
        .addRow([
          'Date',
          'LA',
          'Staff code',
          'Cost role',
          'Activity',
          'Source',
          'Family reference',
          'Minutes',
          'Hours',
          'Rate (£/h)',
          'Cost (£)',
          'Cost type',
        ])
        .commit();
      row = 1;
    }
    row++;
    const rate = line.costRole === 'social_worker' ? 47.89 : 31.33;
    sheet
      .addRow([
        new Date(`${line.date}T00:00:00Z`),
        line.laCode ?? 'programme',
        line.staffCode,
        line.costRole,
        line.activity,
        line.source,
        line.familyReference,
        line.minutes,
        { formula: `H${row}/60`, result: line.minutes / 60 },
        {
          formula: `SUMIFS(UnitCosts!$I:$I,UnitCosts!$A:$A,$D${row},UnitCosts!$J:$J,"<="&$A${row},UnitCosts!$K:$K,">="&$A${row})`,
          result: rate,
        },
        { formula: `I${row}*J${row}`, result: (line.minutes / 60) * rate },
        'recurring',
      ])
      .commit();
  }
  sheet?.commit();
  await wb.commit();
  return performance.now() - started;
}

async function child(writer: string, lines: number): Promise<void> {
  const sink = new Sink();
  const ms = writer === 'ours' ? await ours(lines, sink) : await stock(lines, sink);
  const figures: Figures = {
    writer,
    lines,
    seconds: Math.round(ms / 100) / 10,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    bytes: sink.bytes,
  };
  console.log(JSON.stringify(figures));
}

function run(writer: string, lines: number): Promise<Figures> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const p = spawn(
      process.execPath,
      [fileURLToPath(import.meta.url), '--child', writer, '--lines', String(lines)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', reject);
    p.on('exit', (code, signal) => {
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').at(-1)!) as Figures);
      // The stock writer can run out of heap on large runs: that is a result, not a crash of the benchmark.
      else
        reject(
          new Error(
            `the ${writer} run failed (exit ${code ?? signal}) after ${Math.round((performance.now() - started) / 1000)} s`,
          ),
        );
    });
  });
}

const lines = Number(argument('--lines', '2000000'));
const childWriter = argument('--child', '');
if (childWriter) {
  await child(childWriter, lines);
} else {
  const results: Figures[] = [];
  for (const writer of ['ours', 'stock']) {
    try {
      const figures = await run(writer, lines);
      results.push(figures);
      console.log(
        `${writer.padEnd(6)} ${figures.lines} lines: ${figures.seconds} s, peak RSS ${figures.maxRssMb} MB, ${(figures.bytes / 1e6).toFixed(1)} MB xlsx`,
      );
    } catch (error) {
      console.log(`${writer.padEnd(6)} ${lines} lines: ${(error as Error).message}`);
    }
  }
  const [a, b] = results;
  if (a?.writer === 'ours') {
    const ratio = b
      ? `${(a.seconds / b.seconds).toFixed(2)} x stock wall time`
      : 'no stock figure to compare';
    console.log(
      `workbook export: ${a.maxRssMb} MB peak RSS (target <= 300), ${ratio} (target <= 1.5)`,
    );
  }
}
