import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { Action } from '@ngrx/store';
import { Observable, Subject, of, throwError } from 'rxjs';
import { PricesApiActions, PricesPageActions } from './prices.actions';
import { PricesApi } from './prices.api';
import { loadList, previewChange, saveChange } from './prices.effects';
import { DryRunResult, PriceWrite } from './prices.models';

const WRITE: PriceWrite = {
  list: 'unitCosts',
  op: 'create',
  input: {
    costRole: 'admin_staff',
    hourlyCost: '27.60',
    priceYear: 2021,
    basis: 'working_hour',
    source: 'PSSRU',
    effectiveFrom: null,
    effectiveTo: null,
  },
};
const dryRun = (before: string, after: string) =>
  ({
    dryRun: true,
    before: { totals: { total: before } },
    after: { totals: { total: after } },
    beforeProblem: null,
    afterProblem: null,
  }) as unknown as DryRunResult;

type Effect = (actions: Subject<Action>, api: PricesApi) => Observable<Action>;

function run(effect: unknown, api: Partial<PricesApi>) {
  const actions = new Subject<Action>();
  const out: Action[] = [];
  (effect as Effect)(actions, api as PricesApi).subscribe((a) => out.push(a));
  return { actions, out };
}

describe('prices effects', () => {
  it('previews only the latest change, as a dry run, and drops it when the form closes', () => {
    const late = new Subject<unknown>();
    const write = jest
      .fn<(id: string, w: PriceWrite, dryRun: boolean) => Observable<unknown>>()
      .mockReturnValueOnce(late)
      .mockReturnValueOnce(of(dryRun('100.00', '112.00')))
      .mockReturnValueOnce(late);
    const { actions, out } = run(previewChange, { write });
    actions.next(PricesPageActions.previewRequested({ programmeId: 'p1', write: WRITE }));
    actions.next(PricesPageActions.previewRequested({ programmeId: 'p1', write: WRITE }));
    late.next(dryRun('100.00', '999.00'));
    expect(write).toHaveBeenCalledWith('p1', WRITE, true);
    expect(out).toEqual([
      PricesApiActions.previewLoaded({
        preview: { before: '100.00', after: '112.00', problem: null },
      }),
    ]);
    actions.next(PricesPageActions.previewRequested({ programmeId: 'p1', write: WRITE }));
    actions.next(PricesPageActions.previewCleared());
    late.next(dryRun('100.00', '999.00'));
    expect(out).toHaveLength(1);
  });

  it('saves for real, and puts an overlap refused on saving at the period', () => {
    const write = jest.fn<PricesApi['write']>(() =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              code: 'unit_cost_overlap',
              message: 'The admin_staff unit cost 9 already covers 2021-04-01 to open.',
              overlapping: { id: '9', effectiveFrom: '2021-04-01', effectiveTo: null },
            },
          }),
      ),
    );
    const { actions, out } = run(saveChange, { write });
    actions.next(PricesPageActions.saveRequested({ programmeId: 'p1', write: WRITE }));
    expect(write).toHaveBeenCalledWith('p1', WRITE, false);
    expect(out).toEqual([
      PricesApiActions.saveFailed({
        error: 'The admin_staff unit cost 9 already covers 2021-04-01 to open.',
        problems: [
          {
            field: 'period',
            problem:
              'This period overlaps unit cost 9 (2021-04-01 to open) of the same cost role: change one of the two periods.',
          },
        ],
      }),
    ]);
  });

  it('reloads the list after a save, since versions change', () => {
    const list = jest.fn<(id: string, list: string) => Observable<unknown>>(() =>
      of({ items: [], total: 0 }),
    );
    const { actions, out } = run(loadList, { list } as unknown as Partial<PricesApi>);
    actions.next(
      PricesApiActions.saveSucceeded({ programmeId: 'p1', list: 'resources', message: 'ok' }),
    );
    expect(list).toHaveBeenCalledWith('p1', 'resources');
    expect(out).toEqual([PricesApiActions.resourcesLoaded({ programmeId: 'p1', items: [] })]);
  });
});
