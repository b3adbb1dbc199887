import { describe, it, expect } from '@jest/globals';
import { CostSummaryApiActions, CostSummaryPageActions } from './cost-summary.actions';
import {
  activityBars,
  costSummaryFeature,
  costTypeBars,
  initialCostSummaryState,
  laBars,
  monthPoints,
} from './cost-summary.feature';
import { summaryFixture } from './cost-summary.fixture';

const reduce = costSummaryFeature.reducer;
const summary = summaryFixture();

describe('cost summary reducer and selectors', () => {
  it("never shows one programme's figures under another's name", () => {
    const shown = reduce(
      reduce(initialCostSummaryState, CostSummaryPageActions.opened({ programmeId: 'a' })),
      CostSummaryApiActions.summaryLoaded({ programmeId: 'a', summary }),
    );
    expect(shown).toMatchObject({ programmeId: 'a', summary, loading: false });
    const switched = reduce(shown, CostSummaryPageActions.opened({ programmeId: 'b' }));
    expect(switched).toMatchObject({ programmeId: 'b', summary: null, loading: true });
    // A late answer for the programme no longer chosen is ignored.
    expect(
      reduce(switched, CostSummaryApiActions.summaryLoaded({ programmeId: 'a', summary })),
    ).toBe(switched);
  });

  it('says why the costs cannot be shown', () => {
    const state = reduce(
      reduce(initialCostSummaryState, CostSummaryPageActions.opened({ programmeId: 'a' })),
      CostSummaryApiActions.summaryLoadFailed({ programmeId: 'a', error: 'No unit cost covers …' }),
    );
    expect(state).toMatchObject({ summary: null, loading: false, error: 'No unit cost covers …' });
  });

  it('charts LAs (the programme-wide row by name) with their staff time and resources', () => {
    expect(laBars(summary)).toEqual([
      {
        label: 'LA1',
        value: 52345.67,
        display: '£52,345.67',
        details: ['£50,000.00', '£2,345.67'],
      },
      {
        label: 'Programme-wide',
        value: 110000,
        display: '£110,000.00',
        details: ['£100,000.00', '£10,000.00'],
      },
    ]);
  });

  it('charts activities in words with their time, and set-up against recurring', () => {
    expect(activityBars(summary)).toEqual([
      { label: 'Direct delivery', value: 4000, display: '£4,000.00', details: ['100 h'] },
      { label: 'Training received', value: 80.5, display: '£80.50', details: ['2 h 5 min'] },
    ]);
    expect(costTypeBars(summary).map((b) => [b.label, b.display])).toEqual([
      ['Set-up', '£20,000.00'],
      ['Recurring', '£142,345.67'],
    ]);
    expect(laBars(null)).toEqual([]);
  });

  it("links every bar to its figure's ledger lines once the programme is known", () => {
    expect(laBars(summary, 'p1').map((b) => b.link)).toEqual([
      '/p/p1/ledger?laCode=LA1',
      '/p/p1/ledger?laCode=programme',
    ]);
    expect(activityBars(summary, 'p1')[0]!.link).toBe('/p/p1/ledger?activity=direct_delivery');
    expect(costTypeBars(summary, 'p1').map((b) => b.link)).toEqual([
      '/p/p1/ledger?costType=setup',
      '/p/p1/ledger?costType=recurring',
    ]);
    expect(laBars(summary)[0]!.link).toBeUndefined();
  });

  it('keeps the months of the programme shown, with links to each month', () => {
    const opened = reduce(
      initialCostSummaryState,
      CostSummaryPageActions.opened({ programmeId: 'a' }),
    );
    const months = [
      {
        month: '2021-09',
        lines: 3,
        minutes: 90,
        cost: '10.00',
        cumulativeCost: '10.00',
        ledgerQuery: 'month=2021-09',
      },
    ];
    const loaded = reduce(opened, CostSummaryApiActions.monthsLoaded({ programmeId: 'a', months }));
    expect(loaded.months).toEqual(months);
    expect(
      reduce(loaded, CostSummaryApiActions.monthsLoaded({ programmeId: 'b', months: [] })),
    ).toBe(loaded);
    expect(monthPoints(loaded.months, 'a')).toEqual([
      {
        month: '2021-09',
        cost: '10.00',
        cumulativeCost: '10.00',
        link: '/p/a/ledger?month=2021-09',
      },
    ]);
  });
});
