import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LEDGER_ACTIVITIES, type CostRole } from '../model/enums.js';
import type { CostSummary, LedgerLine } from '../model/ledger.js';
import type { ProgrammeData, UnitCostRecord } from '../model/records.js';
import { handWorkedProgramme } from '../../test/hand-worked-programme.js';
import { CostAccumulator } from './accumulator.js';
import { deriveLedger } from './ledger.js';
import { computeCostSummary } from './summary.js';
import { unitCounts } from './counts.js';

/** The summary of `data` fed only the lines `keep` accepts: what a summary with gaps must total. */
function summaryOfLines(data: ProgrammeData, keep: (line: LedgerLine) => boolean): CostSummary {
  const acc = new CostAccumulator({
    programme: data.programme,
    unitCosts: data.unitCosts,
    priceIndex: data.priceIndex,
    localAuthorityCodes: data.localAuthorities.map((la) => la.code),
  });
  for (const line of deriveLedger(data)) if (keep(line)) acc.addLine(line);
  for (const r of data.resources) acc.addResource(r);
  acc.setCounts(unitCounts(data));
  return acc.summary();
}

// The not-started figure is fed separately (summary.ts); its own tests are in not-started.spec.ts.
const figures = ({ complete: _c, gaps: _g, notStarted: _n, ...rest }: CostSummary) => rest;

describe('a cost summary with gaps', () => {
  it('is complete with no gaps when every line has a unit cost', () => {
    const s = computeCostSummary(handWorkedProgramme());
    assert.equal(s.complete, true);
    assert.deepEqual(s.gaps, []);
  });

  it('totals exactly the costed lines and lists the others, merged per cost role', () => {
    const data = handWorkedProgramme();
    // The social worker's unit cost now ends in August: every later social worker line is a gap.
    data.unitCosts[0] = { ...data.unitCosts[0]!, effectiveTo: '2021-08-31' };
    const uncovered = (l: LedgerLine) => l.costRole === 'social_worker' && l.date > '2021-08-31';
    const left = [...deriveLedger(data)].filter(uncovered);
    assert.ok(left.length > 1, 'the fixture has several such lines');
    const dates = left.map((l) => l.date).sort();

    const summary = computeCostSummary(data);
    assert.equal(summary.complete, false);
    assert.deepEqual(summary.gaps, [
      {
        costRole: 'social_worker',
        from: dates[0],
        to: dates.at(-1),
        lines: left.length,
        minutes: left.reduce((s, l) => s + l.minutes, 0),
      },
    ]);
    assert.deepEqual(figures(summary), figures(summaryOfLines(data, (l) => !uncovered(l))));
    // and the costed figures are not the full ones: the gap really is left out
    assert.notEqual(
      summary.totals.staffTime,
      computeCostSummary(handWorkedProgramme()).totals.staffTime,
    );
  });

  it('keeps apart the gaps of one role that a unit cost lies between, and orders them by role and date', () => {
    const uc = (costRole: CostRole, from: string | null, to: string | null): UnitCostRecord => ({
      costRole,
      hourlyCostPence: 6000,
      priceYear: 2021,
      basis: 'working_hour',
      source: 's',
      effectiveFrom: from,
      effectiveTo: to,
    });
    const acc = new CostAccumulator({
      programme: { priceYear: 2021, discountRate: '0.035' },
      unitCosts: [uc('social_worker', '2021-04-01', '2021-06-30'), uc('admin_staff', null, null)],
      priceIndex: [{ year: 2021, index: '100' }],
      localAuthorityCodes: ['A'],
    });
    const line = (costRole: CostRole, date: string, minutes: number): LedgerLine => ({
      date,
      laCode: 'A',
      staffCode: 'S',
      costRole,
      activity: 'meetings',
      source: 'time_entry',
      familyReference: null,
      minutes,
    });
    acc.addLine(line('social_worker', '2021-09-01', 10));
    acc.addLine(line('social_worker', '2021-01-05', 20));
    acc.addLine(line('social_worker', '2021-07-01', 30));
    acc.addLine(line('social_worker', '2021-02-01', 40));
    acc.addLine(line('social_worker', '2021-05-01', 50)); // covered
    acc.addLine(line('vig_trainer', '2021-05-01', 60)); // no unit cost at all
    acc.addLine(line('social_worker', '2022-01-01', 0)); // costs nothing: not a gap
    // a line that sums three, from 2021-08-01 to 2021-12-31
    acc.addLine(line('social_worker', '2021-08-01', 5), { lines: 3, to: '2021-12-31' });
    const s = acc.summary();
    assert.deepEqual(s.gaps, [
      { costRole: 'social_worker', from: '2021-01-05', to: '2021-02-01', lines: 2, minutes: 60 },
      { costRole: 'social_worker', from: '2021-07-01', to: '2021-12-31', lines: 5, minutes: 45 },
      { costRole: 'vig_trainer', from: '2021-05-01', to: '2021-05-01', lines: 1, minutes: 60 },
    ]);
    assert.equal(s.totals.staffTime, '50.00'); // 50 minutes at £60 an hour
    assert.equal(s.byActivity.find((a) => a.activity === 'meetings')?.minutes, 50);
  });

  it('costs what is covered and counts the rest as gaps, for any unit costs (property)', () => {
    const roles: CostRole[] = ['social_worker', 'vig_supervisor'];
    const dates = ['2021-03-31', '2021-06-01', '2021-12-31', '2022-01-01', '2022-05-05'];
    const lineArb = fc.record({
      costRole: fc.constantFrom(...roles),
      activity: fc.constantFrom(...LEDGER_ACTIVITIES),
      date: fc.constantFrom(...dates),
      minutes: fc.integer({ min: 0, max: 600 }),
    });
    // Each role has some of three periods; the missing ones are the gaps.
    const periods: Array<[string | null, string | null]> = [
      [null, '2021-03-31'],
      ['2021-04-01', '2021-12-31'],
      ['2022-01-01', null],
    ];
    const arb = fc.record({
      kept: fc.array(fc.subarray([0, 1, 2]), { minLength: roles.length, maxLength: roles.length }),
      lines: fc.array(lineArb, { maxLength: 40 }),
    });
    fc.assert(
      fc.property(arb, ({ kept, lines }) => {
        const unitCosts: UnitCostRecord[] = roles.flatMap((costRole, r) =>
          kept[r]!.map((k) => ({
            costRole,
            hourlyCostPence: 4000 + 1000 * k,
            priceYear: 2021,
            basis: 'working_hour' as const,
            source: 's',
            effectiveFrom: periods[k]![0],
            effectiveTo: periods[k]![1],
          })),
        );
        const covered = (l: (typeof lines)[number]) =>
          kept[roles.indexOf(l.costRole)]!.some(
            (k) => (periods[k]![0] ?? '') <= l.date && l.date <= (periods[k]![1] ?? '9999'),
          );
        const make = () =>
          new CostAccumulator({
            programme: { priceYear: 2021, discountRate: '0' },
            unitCosts,
            priceIndex: [{ year: 2021, index: '100' }],
            localAuthorityCodes: ['A'],
          });
        const all = make();
        const costed = make();
        for (const l of lines) {
          const line: LedgerLine = {
            ...l,
            laCode: 'A',
            staffCode: 'S',
            source: 'time_entry',
            familyReference: null,
          };
          all.addLine(line);
          if (covered(l)) costed.addLine(line);
        }
        const s = all.summary();
        assert.deepEqual(figures(s), figures(costed.summary()));
        const missing = lines.filter((l) => !covered(l) && l.minutes > 0);
        assert.equal(s.complete, missing.length === 0);
        assert.equal(
          s.gaps.reduce((n, g) => n + g.minutes, 0),
          missing.reduce((n, l) => n + l.minutes, 0),
        );
        assert.equal(
          s.gaps.reduce((n, g) => n + g.lines, 0),
          missing.length,
        );
        for (const g of s.gaps) assert.ok(g.from <= g.to);
      }),
    );
  });
});
