import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { DeliveryApi } from '../delivery.api';
import { PractitionerApiActions, PractitionerPageActions } from './practitioner.actions';

export const load = createEffect(
  (actions$ = inject(Actions), api = inject(DeliveryApi)) =>
    actions$.pipe(
      ofType(PractitionerPageActions.opened),
      switchMap(({ programmeId, code }) =>
        forkJoin({
          row: api.capacity(programmeId, code).pipe(map((page) => page.items[0] ?? null)),
          families: api
            .families(programmeId, { practitionerCode: code })
            .pipe(map((page) => page.items)),
        }).pipe(
          map(({ row, families }) => PractitionerApiActions.loaded({ code, row, families })),
          catchError((error: unknown) =>
            of(
              PractitionerApiActions.loadFailed({
                code,
                error: describeApiError(error, 'This practitioner could not be loaded.'),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);
