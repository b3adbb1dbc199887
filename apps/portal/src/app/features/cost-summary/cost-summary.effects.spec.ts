import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { Action } from '@ngrx/store';
import { Observable, Subject, of, throwError } from 'rxjs';
import { CostSummaryApiActions, CostSummaryPageActions } from './cost-summary.actions';
import { CostSummaryApi } from './cost-summary.api';
import { loadSummary } from './cost-summary.effects';
import { summaryFixture } from './cost-summary.fixture';
import { CostSummary } from './cost-summary.models';

describe('cost summary effects', () => {
  it('loads the chosen programme, only the latest when choices overlap', () => {
    const late = new Subject<CostSummary>();
    const summary = summaryFixture();
    const api = {
      summary: jest
        .fn<(id: string) => Observable<CostSummary>>()
        .mockReturnValueOnce(late)
        .mockReturnValueOnce(of(summary)),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    loadSummary(actions, api as unknown as CostSummaryApi).subscribe((a) => out.push(a));
    actions.next(CostSummaryPageActions.opened({ programmeId: 'a' }));
    actions.next(CostSummaryPageActions.opened({ programmeId: 'b' }));
    late.next(summaryFixture({ priceYear: 1999 }));
    expect(out).toEqual([CostSummaryApiActions.summaryLoaded({ programmeId: 'b', summary })]);
  });

  it("passes on the API's reason when the costs cannot be worked out", () => {
    const api = {
      summary: jest.fn(() =>
        throwError(
          () =>
            new HttpErrorResponse({
              status: 422,
              error: { statusCode: 422, message: 'The costs cannot be worked out: no unit cost' },
            }),
        ),
      ),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    loadSummary(actions, api as unknown as CostSummaryApi).subscribe((a) => out.push(a));
    actions.next(CostSummaryPageActions.opened({ programmeId: 'a' }));
    expect(out).toEqual([
      CostSummaryApiActions.summaryLoadFailed({
        programmeId: 'a',
        error: 'The costs cannot be worked out: no unit cost',
      }),
    ]);
  });
});
