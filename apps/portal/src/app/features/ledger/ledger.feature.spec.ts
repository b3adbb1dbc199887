import { describe, it, expect } from '@jest/globals';
import { LedgerApiActions, LedgerPageActions } from './ledger.actions';
import { initialLedgerState, ledgerFeature } from './ledger.feature';
import { EMPTY_LEDGER_FILTER, LedgerPage, LedgerQuery } from './ledger.models';

const reduce = ledgerFeature.reducer;
const query: LedgerQuery = {
  filter: { ...EMPTY_LEDGER_FILTER, laCode: 'LA1' },
  page: 1,
  pageSize: 50,
};
const page: LedgerPage = {
  items: [
    {
      date: '2021-09-01',
      laCode: 'LA1',
      staffCode: 'P-LA1-01',
      costRole: 'social_worker',
      activity: 'travel',
      source: 'family_session',
      sourceRecordId: '7',
      familyReference: 'LA1-001',
      minutes: 30,
      rate: '46.80',
      cost: '23.40',
      costType: 'recurring',
    },
  ],
  total: 1,
  totalMinutes: 30,
  totalCost: '23.40',
};

describe('ledger reducer and selectors', () => {
  it("keeps a page while the same programme's filter changes, and never shows another's", () => {
    const shown = reduce(
      reduce(initialLedgerState, LedgerPageActions.queryChanged({ programmeId: 'a', query })),
      LedgerApiActions.pageLoaded({ page }),
    );
    expect(shown).toMatchObject({ programmeId: 'a', page, loading: false });
    const again = reduce(shown, LedgerPageActions.queryChanged({ programmeId: 'a', query }));
    expect(again).toMatchObject({ page, loading: true });
    const other = reduce(shown, LedgerPageActions.queryChanged({ programmeId: 'b', query }));
    expect(other).toMatchObject({ page: null, loading: true });
  });

  it("clears the lines on failure and keeps the server's problem at each field", () => {
    const failed = reduce(
      reduce(initialLedgerState, LedgerPageActions.queryChanged({ programmeId: 'a', query })),
      LedgerApiActions.pageLoadFailed({ error: 'month: bad', fields: { month: 'month: bad' } }),
    );
    expect(failed).toMatchObject({
      page: null,
      error: 'month: bad',
      fieldErrors: { month: 'month: bad' },
    });
  });

  it('downloads the CSV with the filter shown', () => {
    const state = reduce(
      initialLedgerState,
      LedgerPageActions.queryChanged({ programmeId: 'a', query }),
    );
    expect(ledgerFeature.selectCsvHref.projector(state.programmeId, state.query)).toBe(
      '/api/programmes/a/ledger.csv?laCode=LA1',
    );
  });
});
