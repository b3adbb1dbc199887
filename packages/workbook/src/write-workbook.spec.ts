import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from '@jest/globals';
import { CostingError, type LedgerLine } from '@attune/domain';
import { smallProgramme } from '../test/fixture.js';
import { inputOf } from '../test/write.js';
import { writeWorkbook, WorkbookInputError } from './write-workbook.js';

/** Keeps count of what it receives. */
class Sink extends Writable {
  bytes = 0;
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.bytes += chunk.length;
    done();
  }
}

/** Swallows the error a destroyed sink emits; the promise's rejection is what the tests look at. */
function sink(): Sink {
  const s = new Sink();
  s.on('error', () => undefined);
  return s;
}

describe('writeWorkbook accepting what it can write', () => {
  it('writes a programme with no staff time yet', async () => {
    const data = {
      ...smallProgramme(),
      familySessions: [],
      supervisionSessions: [],
      trainingEvents: [],
      trainingAttendees: [],
      timeEntries: [],
    };
    const out = sink();
    await writeWorkbook(inputOf(data), out);
    assert.ok(out.bytes > 5000);
  });

  it('accepts a summary carrying more fields than the cost summary', async () => {
    const input = inputOf(smallProgramme());
    const out = sink();
    await writeWorkbook(
      { ...input, summary: { ...input.summary, programmeId: 'p-1' } as typeof input.summary },
      out,
    );
    assert.ok(out.bytes > 5000);
  });
});

describe('writeWorkbook refusing what it cannot write correctly', () => {
  it('refuses a maxRowsPerSheet outside 1 to 1,048,575 before writing anything', async () => {
    for (const maxRowsPerSheet of [0, 1_048_576, 2.5]) {
      const out = sink();
      await assert.rejects(
        writeWorkbook(inputOf(smallProgramme()), out, { maxRowsPerSheet }),
        WorkbookInputError,
      );
      assert.equal(out.bytes, 0);
      assert.equal(out.destroyed, false);
    }
  });

  it('refuses family flags that do not add up to the counts, saying which', async () => {
    const input = inputOf(smallProgramme());
    const out = sink();
    await assert.rejects(
      writeWorkbook(
        { ...input, counts: { ...input.counts, started: input.counts.started + 1 } },
        out,
      ),
      {
        name: 'WorkbookInputError',
        message: /flagged started but counts\.started is/,
      },
    );
    assert.equal(out.bytes, 0);
  });

  it('refuses a resource whose price year has no index before writing anything', async () => {
    const input = inputOf(smallProgramme());
    const out = sink();
    await assert.rejects(
      writeWorkbook(
        { ...input, resources: [...input.resources, { ...input.resources[0]!, priceYear: 1999 }] },
        out,
      ),
      (e: unknown) => e instanceof CostingError && /no price index for 1999/.test(e.message),
    );
    assert.equal(out.bytes, 0);
  });

  it('refuses a summary the ledger does not add up to, and destroys the half-written output', async () => {
    const input = inputOf(smallProgramme());
    const summary = { ...input.summary, totals: { ...input.summary.totals, staffTime: '1.00' } };
    const out = sink();
    await assert.rejects(writeWorkbook({ ...input, summary }, out), {
      name: 'WorkbookInputError',
      message: /summary\.totals\.staffTime \("\d+\.\d\d" computed, "1\.00" given\)/,
    });
    assert.equal(out.destroyed, true);
  });

  it('refuses a ledger line no unit cost covers (never a silent zero), and destroys the output', async () => {
    const input = inputOf(smallProgramme());
    const stray: LedgerLine = {
      date: '2021-10-01',
      laCode: 'LA1',
      staffCode: 'M-01',
      costRole: 'team_manager',
      activity: 'meetings',
      source: 'time_entry',
      familyReference: null,
      minutes: 30,
    };
    // An async source, as a database cursor would be.
    async function* ledger(): AsyncGenerator<LedgerLine> {
      for (const line of input.ledger as Iterable<LedgerLine>) yield await Promise.resolve(line);
      yield stray;
    }
    const out = sink();
    await assert.rejects(
      writeWorkbook({ ...input, ledger: ledger() }, out),
      (e: unknown) => e instanceof CostingError && /no team_manager unit cost/.test(e.message),
    );
    assert.equal(out.destroyed, true);
  });

  it('refuses a summary with gaps before writing a byte', async () => {
    const data = smallProgramme();
    // No vig_trainer unit cost: the summary reports the trainer's lines as a gap.
    data.unitCosts = data.unitCosts.filter((u) => u.costRole !== 'vig_trainer');
    const input = inputOf(data);
    assert.equal(input.summary.complete, false);
    const out = sink();
    await assert.rejects(
      writeWorkbook(input, out),
      (e: unknown) => e instanceof CostingError && /no unit cost \(vig_trainer\)/.test(e.message),
    );
    assert.equal(out.bytes, 0);
  });
});
