import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, map, of, switchMap, tap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { ProgrammeRouteActions } from '../../../core/programme/programme.actions';
import { RuleSetsApi } from '../../supervision/rule-sets/rule-sets.api';
import { saveFailure } from '../admin-state';
import { ProgrammeAdminApi } from '../programme-admin.api';
import { SettingsApiActions, SettingsPageActions } from './settings.actions';
import { settingsFeature } from './settings.feature';

export const load = createEffect(
  (actions$ = inject(Actions), api = inject(ProgrammeAdminApi)) =>
    actions$.pipe(
      ofType(SettingsPageActions.opened),
      switchMap(({ programmeId }) =>
        api.programme(programmeId).pipe(
          map((programme) => SettingsApiActions.loaded({ programmeId, programme })),
          catchError((error: unknown) =>
            of(
              SettingsApiActions.loadFailed({
                programmeId,
                error: describeApiError(error, 'The programme could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** The choices of "Rule set in force"; without them the form offers only the current code. */
export const loadRuleSets = createEffect(
  (actions$ = inject(Actions), api = inject(RuleSetsApi)) =>
    actions$.pipe(
      ofType(SettingsPageActions.opened),
      switchMap(({ programmeId }) =>
        api.list(programmeId).pipe(
          map((page) => page.items.map(({ code, name }) => ({ code, name }))),
          catchError(() => of([])),
          map((ruleSets) => SettingsApiActions.ruleSetsLoaded({ programmeId, ruleSets })),
        ),
      ),
    ),
  { functional: true },
);

export const save = createEffect(
  (actions$ = inject(Actions), api = inject(ProgrammeAdminApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(SettingsPageActions.saveSubmitted),
      withLatestFrom(store.select(settingsFeature.selectProgrammeId)),
      concatMap(([{ change }, programmeId]) =>
        api.updateProgramme(programmeId ?? '', change).pipe(
          map((programme) => SettingsApiActions.saved({ programme })),
          catchError((error: unknown) =>
            of(
              SettingsApiActions.saveFailed(saveFailure(error, 'The settings could not be saved.')),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const remove = createEffect(
  (actions$ = inject(Actions), api = inject(ProgrammeAdminApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(SettingsPageActions.deleteConfirmed),
      withLatestFrom(store.select(settingsFeature.selectProgramme)),
      concatMap(([{ version }, programme]) =>
        api.deleteProgramme(programme?.id ?? '', version).pipe(
          map(() => SettingsApiActions.deleted({ name: programme?.name ?? '' })),
          catchError((error: unknown) =>
            of(
              SettingsApiActions.saveFailed(
                saveFailure(error, 'The programme could not be deleted.'),
              ),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** After a delete: the programme list is stale, and its pages are gone. */
export const afterDelete = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(SettingsApiActions.deleted),
      tap(() => void router.navigateByUrl('/programmes')),
      map(() => ProgrammeRouteActions.listNeeded({ fresh: true })),
    ),
  { functional: true },
);
