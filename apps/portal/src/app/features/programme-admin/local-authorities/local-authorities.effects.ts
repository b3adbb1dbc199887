import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { ProgrammeRouteActions } from '../../../core/programme/programme.actions';
import { saveFailure } from '../admin-state';
import { ProgrammeAdminApi } from '../programme-admin.api';
import {
  LocalAuthoritiesApiActions,
  LocalAuthoritiesPageActions,
} from './local-authorities.actions';
import { localAuthoritiesFeature } from './local-authorities.feature';

export const load = createEffect(
  (actions$ = inject(Actions), api = inject(ProgrammeAdminApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(LocalAuthoritiesPageActions.opened, LocalAuthoritiesApiActions.saved),
      withLatestFrom(store.select(localAuthoritiesFeature.selectProgrammeId)),
      map(([, programmeId]) => programmeId),
      filter((programmeId): programmeId is string => programmeId !== null),
      switchMap((programmeId) =>
        api.localAuthorities(programmeId).pipe(
          map((page) => LocalAuthoritiesApiActions.loaded({ programmeId, items: page.items })),
          catchError((error: unknown) =>
            of(
              LocalAuthoritiesApiActions.loadFailed({
                programmeId,
                error: describeApiError(error, 'The local authorities could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const save = createEffect(
  (actions$ = inject(Actions), api = inject(ProgrammeAdminApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        LocalAuthoritiesPageActions.createSubmitted,
        LocalAuthoritiesPageActions.updateSubmitted,
      ),
      withLatestFrom(store.select(localAuthoritiesFeature.selectProgrammeId)),
      concatMap(([action, programmeId]) =>
        (action.type === LocalAuthoritiesPageActions.createSubmitted.type
          ? api.createLocalAuthority(programmeId ?? '', action.la)
          : api.updateLocalAuthority(programmeId ?? '', action.code, action.change)
        ).pipe(
          map((la) =>
            LocalAuthoritiesApiActions.saved({ message: `Saved ${la.code}, ${la.name}.` }),
          ),
          catchError((error: unknown) =>
            of(
              LocalAuthoritiesApiActions.saveFailed(
                saveFailure(error, 'The local authority could not be saved.'),
              ),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** A new LA is one of the programme's at once: pages that offer its LAs (sign-off) list it. */
export const programmeListStale = createEffect(
  (actions$ = inject(Actions)) =>
    actions$.pipe(
      ofType(LocalAuthoritiesApiActions.saved),
      map(() => ProgrammeRouteActions.listNeeded({ fresh: true })),
    ),
  { functional: true },
);
