import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import type { ErrorBody } from '@attune/contract';
import { EMPTY, catchError, exhaustMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { RuleSetsApiActions, RuleSetsPageActions } from './rule-sets.actions';
import { RuleSetsApi } from './rule-sets.api';
import { ruleSetsFeature } from './rule-sets.feature';

export const loadRuleSets = createEffect(
  (actions$ = inject(Actions), api = inject(RuleSetsApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        RuleSetsPageActions.opened,
        RuleSetsApiActions.saved,
        RuleSetsPageActions.reloadRequested,
      ),
      withLatestFrom(store.select(ruleSetsFeature.selectProgrammeId)),
      filter(([, programmeId]) => programmeId !== null),
      switchMap(([, programmeId]) =>
        api.list(programmeId!).pipe(
          map((page) => RuleSetsApiActions.loaded({ items: page.items })),
          catchError((error: unknown) =>
            of(
              RuleSetsApiActions.loadFailed({
                error: describeApiError(error, 'The rule sets could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** The server's 400 lists every problem; each is shown beside its field. */
function refusal(error: unknown) {
  if (error instanceof HttpErrorResponse && error.status === 409)
    return RuleSetsApiActions.saveConflicted({
      error:
        'Someone else changed this rule set since you opened it, so your change was not saved.',
    });
  const body: unknown = error instanceof HttpErrorResponse ? error.error : null;
  const message =
    body && typeof body === 'object' ? (body as Partial<ErrorBody>).message : undefined;
  const problems =
    error instanceof HttpErrorResponse && error.status === 400 && Array.isArray(message)
      ? message.filter((m): m is string => typeof m === 'string')
      : [];
  return RuleSetsApiActions.saveFailed({
    error: describeApiError(error, 'The rule set could not be saved.'),
    problems,
  });
}

export const saveRuleSet = createEffect(
  (actions$ = inject(Actions), api = inject(RuleSetsApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        RuleSetsPageActions.copySubmitted,
        RuleSetsPageActions.updateSubmitted,
        RuleSetsPageActions.inForceRequested,
      ),
      withLatestFrom(store.select(ruleSetsFeature.selectProgrammeId)),
      exhaustMap(([action, programmeId]) => {
        if (!programmeId) return EMPTY;
        if (action.type === RuleSetsPageActions.copySubmitted.type) {
          const { input } = action;
          return api.copy(programmeId, input).pipe(
            map(() =>
              RuleSetsApiActions.saved({ message: `Copied ${input.from} as ${input.code}.` }),
            ),
            catchError((error: unknown) => of(refusal(error))),
          );
        }
        if (action.type === RuleSetsPageActions.updateSubmitted.type) {
          return api.update(programmeId, action.code, action.version, action.definition).pipe(
            map(() => RuleSetsApiActions.saved({ message: `Saved rule set ${action.code}.` })),
            catchError((error: unknown) => of(refusal(error))),
          );
        }
        return api.setInForce(programmeId, action.code).pipe(
          map(() =>
            RuleSetsApiActions.saved({ message: `${action.code} is now the rule set in force.` }),
          ),
          catchError((error: unknown) => of(refusal(error))),
        );
      }),
    ),
  { functional: true },
);
