import { describe, it, expect } from '@jest/globals';
import { CostSummaryApiActions, CostSummaryPageActions } from './cost-summary.actions';
import {
  activityBars,
  costSummaryFeature,
  costTypeBars,
  initialCostSummaryState,
  laBars,
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
      { label: 'Direct delivery', value: 4000, display: '£4,000.00', details: ['100 h 00 min'] },
      { label: 'Training received', value: 80.5, display: '£80.50', details: ['2 h 05 min'] },
    ]);
    expect(costTypeBars(summary).map((b) => [b.label, b.display])).toEqual([
      ['Set-up', '£20,000.00'],
      ['Recurring', '£142,345.67'],
    ]);
    expect(laBars(null)).toEqual([]);
  });
});
