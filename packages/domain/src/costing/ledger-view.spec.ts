import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import type { ProgrammeData } from '../model/records.js';
import { handWorkedProgramme, twoNotStarted } from '../../test/hand-worked-programme.js';
import { deriveLedger } from './ledger.js';
import {
  ledgerQueryString,
  matchesLedgerFilter,
  parseLedgerFilter,
  type LedgerFilter,
  type NotStartedLookup,
} from './ledger-filter.js';
import { notStartedFamilies } from './not-started.js';
import {
  LedgerMonths,
  LedgerPricer,
  LedgerTotals,
  tracedFigures,
  type PricedLedgerLine,
} from './ledger-view.js';
import { computeCostSummary } from './summary.js';

/** The whole ledger of an in-memory programme, priced: staff time, then resources. */
function pricedLedger(data: ProgrammeData): PricedLedgerLine[] {
  const pricer = new LedgerPricer(data);
  const lines = [...deriveLedger(data)].map((l, i) => pricer.staffLine(l, `L${i}`));
  return [...lines, ...data.resources.map((r, i) => pricer.resource(r, `R${i}`))];
}

function sum(lines: readonly PricedLedgerLine[], query: string, lookup?: NotStartedLookup) {
  const { filter, problems } = parseLedgerFilter(Object.fromEntries(new URLSearchParams(query)));
  assert.deepEqual(problems, []);
  const totals = new LedgerTotals();
  for (const l of lines) if (matchesLedgerFilter(l.view, filter, lookup)) totals.add(l);
  return totals;
}

describe('the priced ledger', () => {
  it('prices a line by the unit cost covering it, at the programme price year', () => {
    const lines = pricedLedger(handWorkedProgramme());
    // Worked by hand (hand-worked-programme.ts): social worker 4500p (2020) x 104/100 = £46.80/h; 60 min = £46.80.
    const direct = lines.find((l) => l.view.activity === 'direct_delivery')!.view;
    assert.deepEqual(
      [direct.staffCode, direct.minutes, direct.rate, direct.cost, direct.costType],
      ['P-A-01', 60, '46.80', '46.80', 'recurring'],
    );
    // Admin 7 min x 2000p / 60 = 233.33...p: the line shows £2.33, its exact cost stays a fraction.
    const admin = lines.find((l) => l.view.activity === 'admin')!;
    assert.equal(admin.view.cost, '2.33');
    assert.equal(admin.exactCost!.d, 3n);
    const training = lines.find((l) => l.view.activity === 'training_delivered')!.view;
    assert.equal(training.costType, 'setup');
    const mileage = lines.find((l) => l.view.source === 'resource' && l.view.laCode === 'B')!.view;
    assert.deepEqual(
      [
        mileage.minutes,
        mileage.staffCode,
        mileage.activity,
        mileage.rate,
        mileage.cost,
        mileage.costType,
      ],
      [0, null, null, null, '5.63', 'recurring'],
    );
  });

  it('sums a filter exactly, rounding once: three admin-like thirds of a penny make a penny', () => {
    const data = handWorkedProgramme();
    const entry = data.timeEntries.find((t) => t.activity === 'admin')!;
    // 1 minute of admin staff is 33.33...p; three of them are exactly 100p, though each line shows £0.33.
    data.timeEntries = [1, 2, 3].map(() => ({ ...entry, minutes: 1 }));
    const totals = sum(pricedLedger(data), 'activity=admin');
    assert.equal(totals.lines, 3);
    assert.equal(totals.minutes, 3);
    assert.equal(totals.totalCost(), '1.00');
  });

  it('leaves a line no unit cost covers without a rate or cost, and out of the total', () => {
    const data = handWorkedProgramme();
    data.unitCosts = data.unitCosts.filter((u) => u.costRole !== 'admin_staff');
    const lines = pricedLedger(data);
    const admin = lines.find((l) => l.view.activity === 'admin')!;
    assert.deepEqual([admin.view.rate, admin.view.cost, admin.exactCost], [null, null, null]);
    const totals = sum(lines, 'activity=admin');
    assert.deepEqual([totals.lines, totals.minutes, totals.totalCost()], [1, 7, '0.00']);
  });
});

describe('every figure of the cost summary traced to its ledger lines', () => {
  for (const [name, make] of [
    ['the hand-worked programme', handWorkedProgramme],
    [
      'the same with a gap (admin staff has no unit cost)',
      () => {
        const d = handWorkedProgramme();
        d.unitCosts = d.unitCosts.filter((u) => u.costRole !== 'admin_staff');
        return d;
      },
    ],
    ['with two families that never started, one timed in another LA', twoNotStarted],
  ] as const) {
    it(`sums each figure's ledger query to the figure, to the penny: ${name}`, () => {
      const data = make();
      const summary = computeCostSummary(data);
      const lines = pricedLedger(data);
      const figures = tracedFigures(summary);
      assert.ok(figures.length >= 3 + 4 + 11 + 2);
      assert.ok(summary.notStarted.breakdown.length > 0, 'some referral never started');
      const lookup = notStartedFamilies(data);
      for (const f of figures) {
        const totals = sum(lines, f.ledgerQuery, lookup);
        assert.equal(totals.totalCost(), f.cost, `${f.figure} (${f.ledgerQuery})`);
        if (f.minutes !== undefined && summary.complete)
          assert.equal(totals.minutes, f.minutes, `${f.figure} minutes`);
      }
    });
  }

  it('names the filters as the summary rows define them', () => {
    const s = computeCostSummary(handWorkedProgramme());
    assert.deepEqual(
      s.byLocalAuthority.map((r) => r.ledgerQuery),
      ['laCode=A', 'laCode=B', 'laCode=C', 'laCode=programme'],
    );
    assert.equal(s.byActivity[1]!.ledgerQuery, 'activity=travel');
    assert.deepEqual(s.ledgerQueries.totals, {
      staffTime: 'source=family_session,supervision_session,training_event,time_entry',
      resources: 'source=resource',
      total: '',
    });
    assert.deepEqual(s.ledgerQueries.byCostType, {
      setup: 'costType=setup',
      recurring: 'costType=recurring',
    });
  });
});

describe('ledger filters', () => {
  it('parses comma-separated lists and dates, and writes them back in one canonical order', () => {
    const { filter, problems } = parseLedgerFilter({
      month: '2021-09,2021-10',
      laCode: 'LA1, LA2',
      from: '2021-09-01',
      source: 'time_entry,resource',
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(filter, {
      laCode: ['LA1', 'LA2'],
      source: ['time_entry', 'resource'],
      from: '2021-09-01',
      month: ['2021-09', '2021-10'],
    });
    assert.equal(
      ledgerQueryString(filter),
      'laCode=LA1,LA2&source=time_entry,resource&from=2021-09-01&month=2021-09,2021-10',
    );
    assert.equal(ledgerQueryString({ familyReference: ['F&1'] }), 'familyReference=F%261');
  });

  it('takes notStarted reasons, and familyLaCode only beside them', () => {
    assert.deepEqual(parseLedgerFilter({ notStarted: 'never_started', familyLaCode: 'B' }), {
      filter: { notStarted: ['never_started'], familyLaCode: ['B'] },
      problems: [],
    });
    assert.deepEqual(
      parseLedgerFilter({ notStarted: 'bored', familyLaCode: 'B' }).problems.map((p) => p.field),
      ['notStarted', 'familyLaCode'],
    );
    assert.match(
      parseLedgerFilter({ familyLaCode: 'B' }).problems[0]!.problem,
      /familyLaCode needs notStarted/,
    );
  });

  it('names each bad field and why', () => {
    const { problems } = parseLedgerFilter({
      activity: 'travel,flying',
      source: 'resource,',
      costType: 'capital',
      from: '2021-02-30',
      month: '2021-13',
    });
    assert.deepEqual(
      problems.map((p) => p.field),
      ['activity', 'source', 'costType', 'from', 'month'],
    );
    assert.match(problems[0]!.problem, /"flying" is not one of direct_delivery/);
    assert.match(problems[1]!.problem, /empty value/);
    const after = parseLedgerFilter({ from: '2021-10-01', to: '2021-09-30' }).problems;
    assert.deepEqual(after, [{ field: 'from', problem: 'from must not be after to' }]);
  });

  it('matches every field: programme-wide lines by `programme`, months, inclusive dates', () => {
    const line = {
      date: '2021-09-30',
      laCode: null,
      staffCode: 'SUP-01',
      activity: 'meetings' as const,
      source: 'time_entry' as const,
      familyReference: null,
      costType: 'recurring' as const,
    };
    const yes: LedgerFilter[] = [
      {},
      { laCode: ['programme'] },
      { month: ['2021-09'] },
      { from: '2021-09-30', to: '2021-09-30' },
      { staffCode: ['X', 'SUP-01'], activity: ['meetings'], costType: ['recurring'] },
    ];
    const no: LedgerFilter[] = [
      { laCode: ['LA1'] },
      { month: ['2021-10'] },
      { to: '2021-09-29' },
      { familyReference: ['F-1'] },
      { source: ['resource'] },
      { costType: ['setup'] },
    ];
    for (const f of yes) assert.equal(matchesLedgerFilter(line, f), true, JSON.stringify(f));
    for (const f of no) assert.equal(matchesLedgerFilter(line, f), false, JSON.stringify(f));
    assert.equal(
      matchesLedgerFilter({ ...line, activity: null }, { activity: ['meetings'] }),
      false,
    );
  });
});

describe('the ledger by month', () => {
  it('totals each month exactly and names the filter of just that month', () => {
    const data = handWorkedProgramme();
    const lines = pricedLedger(data);
    const months = new LedgerMonths({ laCode: ['A'] });
    const filter = parseLedgerFilter({ laCode: 'A' }).filter;
    for (const l of lines) if (matchesLedgerFilter(l.view, filter)) months.add(l);
    const list = months.list();
    assert.ok(list.length >= 2, 'the hand-worked programme spans months');
    assert.deepEqual(
      list.map((m) => m.month),
      [...list.map((m) => m.month)].sort(),
    );
    for (const m of list) {
      assert.equal(m.ledgerQuery, `laCode=A&month=${m.month}`);
      const again = sum(lines, m.ledgerQuery);
      assert.deepEqual(
        [m.lines, m.minutes, m.cost],
        [again.lines, again.minutes, again.totalCost()],
      );
    }
    // Cumulative: the last month's is the whole filter's cost, exact then rounded once.
    assert.equal(list.at(-1)!.cumulativeCost, sum(lines, 'laCode=A').totalCost());
    assert.equal(list[0]!.cumulativeCost, list[0]!.cost);
    assert.equal(
      list.reduce((n, m) => n + m.lines, 0),
      sum(lines, 'laCode=A').lines,
    );
  });
});
