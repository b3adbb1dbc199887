import { describe, it, expect } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import {
  csvHref,
  fieldProblems,
  filterProblems,
  ledgerPageUrl,
  parseLedgerQuery,
  toQueryParams,
} from './ledger-query';
import { EMPTY_LEDGER_FILTER } from './ledger.models';

describe('ledger query', () => {
  it("opens a figure's ledger query as the page's filter, and writes it back", () => {
    const query = parseLedgerQuery({ laCode: 'LA1', source: 'time_entry,resource', page: '2' });
    expect(query).toEqual({
      filter: { ...EMPTY_LEDGER_FILTER, laCode: 'LA1', source: 'time_entry,resource' },
      page: 2,
      pageSize: 50,
    });
    expect(toQueryParams(query)).toEqual({
      laCode: 'LA1',
      source: 'time_entry,resource',
      page: '2',
    });
    expect(parseLedgerQuery({ page: '0', pageSize: '7' })).toMatchObject({ page: 1, pageSize: 50 });
  });

  it('links a figure to the Ledger page and the CSV with the same filter', () => {
    expect(ledgerPageUrl('p 1', 'laCode=LA1')).toBe('/p/p%201/ledger?laCode=LA1');
    expect(ledgerPageUrl('p1', '')).toBe('/p/p1/ledger');
    expect(csvHref('p1', { ...EMPTY_LEDGER_FILTER, activity: 'travel,preparation' })).toBe(
      '/api/programmes/p1/ledger.csv?activity=travel,preparation',
    );
    expect(csvHref('p1', EMPTY_LEDGER_FILTER)).toBe('/api/programmes/p1/ledger.csv');
  });

  it("checks the filter as you type by the API's own rule", () => {
    expect(filterProblems({ ...EMPTY_LEDGER_FILTER, laCode: 'LA1' })).toEqual({});
    const problems = filterProblems({
      ...EMPTY_LEDGER_FILTER,
      activity: 'flying',
      month: '2021-13',
    });
    expect(Object.keys(problems).sort()).toEqual(['activity', 'month']);
    expect(problems.activity).toContain('"flying" is not one of');
  });

  it("reads the server's problem at each field of a 400", () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: { message: ['x'], errors: [{ field: 'month', problem: 'month: bad' }] },
    });
    expect(fieldProblems(error)).toEqual({ month: 'month: bad' });
    expect(fieldProblems(new HttpErrorResponse({ status: 500 }))).toEqual({});
  });
});
