import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from '@jest/globals';
import {
  LEDGER_ACTIVITIES,
  PROGRAMME_ROW,
  SETUP_ACTIVITIES,
  type LedgerLine,
} from '@attune/domain';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { BoundedWorkbookWriter } from './bounded-writer.js';
import { STAFF_TIME } from './layout.js';
import { excelDay, xmlText } from './row-xml.js';
import { rateFormula, staffTimeRow } from './sheets/staff-time.js';
import { formula, isoDate, SheetSeries } from './table.js';

class Sink extends Writable {
  override _write(_chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    done();
  }
}

const TYPES = [
  'date',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'number',
  'number',
  'number',
  'number',
  'text',
] as const;

/** A StaffTime series whose row XML, as exceljs writes it through `add`, is captured. */
function capturingSeries() {
  const wb = new BoundedWorkbookWriter({
    stream: new Sink(),
    useStyles: true,
    useSharedStrings: false,
  });
  const series = new SheetSeries(wb, STAFF_TIME);
  const sheet = series.current(); // the header row is written now, before capturing starts
  const stream = (sheet as unknown as { stream: { write(chunk: unknown): boolean } }).stream;
  let captured = '';
  stream.write = (chunk: unknown) => {
    captured += String(chunk);
    return true;
  };
  return {
    series,
    take(): string {
      const xml = captured;
      captured = '';
      return xml;
    },
  };
}

/** The cells the StaffTime sheet wrote through exceljs before it wrote XML text itself. */
function exceljsCells(
  line: LedgerLine,
  r: number,
  rate: number,
  cost: number,
): ExcelJS.CellValue[] {
  return [
    isoDate(line.date),
    line.laCode ?? PROGRAMME_ROW,
    line.staffCode,
    line.costRole,
    line.activity,
    line.source,
    line.familyReference,
    line.minutes,
    formula(`H${r}/60`, line.minutes / 60),
    formula(rateFormula(r), rate),
    formula(`I${r}*J${r}`, cost),
    (SETUP_ACTIVITIES as readonly string[]).includes(line.activity) ? 'setup' : 'recurring',
  ];
}

const day = fc
  .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
// Any text, the XML specials and control characters included.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom('<', '>', '&', "'", '"', '\u0001', '\u007f', '\t', 'a', 'é'),
    maxLength: 8,
  }),
);
const line: fc.Arbitrary<LedgerLine> = fc.record({
  date: day,
  laCode: fc.option(text, { nil: null }),
  staffCode: text,
  costRole: text,
  activity: fc.constantFrom(...LEDGER_ACTIVITIES),
  source: fc.constantFrom('family_session', 'supervision_session', 'training_event', 'time_entry'),
  familyReference: fc.option(text, { nil: null }),
  minutes: fc.integer({ min: 1, max: 100_000 }),
}) as fc.Arbitrary<LedgerLine>;
const money = fc.double({ min: 0, max: 1e7, noNaN: true });

describe('StaffTime rows as XML text (row-xml.ts)', () => {
  it('writes exactly the XML exceljs writes for the same cells', async () => {
    const capture = capturingSeries();
    const series = capture.series;
    const styles = series.styleAttributes(TYPES);
    let r = 1;
    await fc.assert(
      fc.asyncProperty(line, money, money, async (l, rate, cost) => {
        r++;
        await series.add((row) => exceljsCells(l, row, rate, cost));
        assert.equal(staffTimeRow(r, styles, l, rate, cost), capture.take());
      }),
      { numRuns: 2000 },
    );
  });

  it('gives dated, numeric and formula columns their number formats and leaves text unstyled', () => {
    const { series } = capturingSeries();
    const styles = series.styleAttributes(TYPES);
    for (const i of [0, 8, 9, 10]) assert.match(styles[i]!, /^ s="\d+"$/);
    for (const i of [1, 2, 3, 4, 5, 6, 7, 11]) assert.equal(styles[i], '');
    assert.equal(styles[9], styles[10]); // £ rate and £ cost share one format
    assert.notEqual(styles[0], styles[8]);
  });

  it('encodes text as exceljs does and numbers days from 1899-12-30', () => {
    assert.equal(xmlText(`a<b>&'"\u0001\u007f\tz`), 'a&lt;b&gt;&amp;&apos;&quot;\tz');
    assert.equal(xmlText('plain'), 'plain');
    assert.equal(excelDay('1900-03-01'), 61);
    assert.equal(excelDay('2024-01-01'), 45292);
  });
});
