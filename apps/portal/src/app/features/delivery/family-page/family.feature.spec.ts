import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { Action, Store } from '@ngrx/store';
import { Observable, firstValueFrom, of, throwError, toArray } from 'rxjs';
import { DeliveryApi } from '../delivery.api';
import { FamilyAction } from '../delivery.models';
import { FamilyApiActions, FamilyPageActions } from './family.actions';
import { act } from './family.effects';
import { FamilyState, familyFeature, initialFamilyState } from './family.feature';
import { practitionerRow, referredFamily } from './family.fixture';

const reduce = familyFeature.reducer;
const opened = (reference: string, programmeId = 'p1') =>
  FamilyPageActions.opened({ programmeId, reference });

describe('family detail state', () => {
  it('keeps the loaded family and its practitioners, and drops another family on opening', () => {
    const family = referredFamily();
    let state = reduce(initialFamilyState, opened(family.reference));
    state = reduce(
      state,
      FamilyApiActions.loaded({ family, practitioners: [practitionerRow()], sessions: [] }),
    );
    expect(state.family).toBe(family);
    expect(state.practitioners.map((p) => p.code)).toEqual(['P-LA1-01']);
    expect(state.loading).toBe(false);
    expect(reduce(state, opened(family.reference)).family).toBe(family);
    expect(reduce(state, opened('F-LA1-0002')).family).toBeNull();
    // The same reference in another programme is another family.
    expect(reduce(state, opened(family.reference, 'p2')).family).toBeNull();
  });

  it('drops a late answer for a family no longer open', () => {
    const state = reduce(initialFamilyState, opened('F-LA1-0002'));
    expect(
      reduce(
        state,
        FamilyApiActions.loaded({ family: referredFamily(), practitioners: [], sessions: [] }),
      ),
    ).toBe(state);
  });

  it('marks a 409 as a conflict to reload, and forgets it when the page is read again', () => {
    let state = reduce(
      reduce(initialFamilyState, opened('F-1')),
      FamilyPageActions.actionSubmitted({ action: { kind: 'randomise' } }),
    );
    expect(state.saving).toBe(true);
    state = reduce(state, FamilyApiActions.conflict({ error: 'F-1 was randomised already.' }));
    expect(state).toMatchObject({
      saving: false,
      conflict: true,
      saveError: 'F-1 was randomised already.',
    });
    state = reduce(state, opened('F-1'));
    expect(state.conflict).toBe(false);
    expect(state.saveError).toBeNull();
  });
});

function fakeStore(state: Partial<FamilyState>): Store {
  return { select: () => of({ ...initialFamilyState, ...state }) } as unknown as Store;
}

function run(
  action: FamilyAction,
  answer: () => Observable<{ warnings: string[]; trialArm?: string }>,
) {
  const api = { familyAction: jest.fn<DeliveryApi['familyAction']>(answer) };
  const out = firstValueFrom(
    act(
      of(FamilyPageActions.actionSubmitted({ action })),
      api as unknown as DeliveryApi,
      fakeStore({ programmeId: 'p1', reference: 'F-LA1-0001', family: referredFamily() }),
    ).pipe(toArray<Action>()),
  );
  return { api, out };
}

const httpError = (status: number, error: unknown) =>
  new HttpErrorResponse({ status, error, url: '/api/programmes/p1/families/F-LA1-0001' });

describe('family action effect', () => {
  it('sends the action to the open programme with the version read, and passes on the warnings', async () => {
    const warning = 'P-LA1-01 already has 6 open families (allocated or active).';
    const action: FamilyAction = { kind: 'allocate', practitionerCode: 'P-LA1-01' };
    const { api, out } = run(action, () => of({ warnings: [warning] }));
    expect(await out).toEqual([
      FamilyApiActions.saved({ message: 'F-LA1-0001: Allocated.', warnings: [warning] }),
    ]);
    expect(api.familyAction).toHaveBeenCalledWith(
      'p1',
      expect.objectContaining({ reference: 'F-LA1-0001', version: 3 }),
      action,
    );
  });

  it('says the arm once Attune has drawn it', async () => {
    const { out } = run({ kind: 'randomise' }, () => of({ warnings: [], trialArm: 'control' }));
    expect(await out).toEqual([
      FamilyApiActions.saved({
        message: 'F-LA1-0001: Randomised. Trial arm: control.',
        warnings: [],
      }),
    ]);
  });

  it("turns a 409 into a conflict carrying the API's message", async () => {
    const { out } = run({ kind: 'randomise' }, () =>
      throwError(() =>
        httpError(409, { message: 'F-LA1-0001 was randomised on 2022-03-02 (control).' }),
      ),
    );
    expect(await out).toEqual([
      FamilyApiActions.conflict({ error: 'F-LA1-0001 was randomised on 2022-03-02 (control).' }),
    ]);
  });

  it('keeps the problems of a refused change (400) by field', async () => {
    const problems = [{ field: 'reason', problem: 'not_proceeded needs a reason' }];
    const { out } = run({ kind: 'status', status: 'not_proceeded', reason: null }, () =>
      throwError(() => httpError(400, { message: 'Bad input.', errors: problems })),
    );
    expect(await out).toEqual([FamilyApiActions.saveFailed({ error: 'Bad input.', problems })]);
  });
});
