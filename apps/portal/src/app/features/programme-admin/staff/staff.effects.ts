import { valueLabel } from '@attune/domain';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, filter, forkJoin, map, of, switchMap, withLatestFrom } from 'rxjs';
import { describeApiError } from '../../../core/api/api-error';
import { saveFailure } from '../admin-state';
import { ProgrammeAdminApi } from '../programme-admin.api';
import { StaffApiActions, StaffPageActions } from './staff.actions';
import { staffFeature } from './staff.feature';
import { ukDate } from '../../../core/format/uk-date';

export const load = createEffect(
  (actions$ = inject(Actions), api = inject(ProgrammeAdminApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(StaffPageActions.opened, StaffApiActions.saved),
      withLatestFrom(store.select(staffFeature.selectProgrammeId)),
      map(([, programmeId]) => programmeId),
      filter((programmeId): programmeId is string => programmeId !== null),
      switchMap((programmeId) =>
        forkJoin({
          staff: api.staff(programmeId).pipe(map((page) => page.items)),
          practitioners: api.practitioners(programmeId).pipe(map((page) => page.items)),
          localAuthorities: api.localAuthorities(programmeId).pipe(map((page) => page.items)),
        }).pipe(
          map((loaded) => StaffApiActions.loaded({ programmeId, ...loaded })),
          catchError((error: unknown) =>
            of(
              StaffApiActions.loadFailed({
                programmeId,
                error: describeApiError(error, 'The staff could not be loaded.'),
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
        StaffPageActions.staffCreateSubmitted,
        StaffPageActions.staffUpdateSubmitted,
        StaffPageActions.practitionerCreateSubmitted,
        StaffPageActions.practitionerUpdateSubmitted,
      ),
      withLatestFrom(store.select(staffFeature.selectProgrammeId)),
      concatMap(([action, programmeId]) => {
        const id = programmeId ?? '';
        const request = (() => {
          switch (action.type) {
            case StaffPageActions.staffCreateSubmitted.type:
              return api
                .createStaff(id, action.staff)
                .pipe(
                  map((s) => ({ message: `Added ${s.code} to the staff.`, openFamilies: null })),
                );
            case StaffPageActions.staffUpdateSubmitted.type:
              return api
                .updateStaff(id, action.code, action.change)
                .pipe(map((s) => ({ message: `Saved ${s.code}.`, openFamilies: null })));
            case StaffPageActions.practitionerCreateSubmitted.type:
              return api
                .createPractitioner(id, action.practitioner)
                .pipe(
                  map((p) => ({ message: `${p.code} is now a practitioner.`, openFamilies: null })),
                );
            default:
              return api.updatePractitioner(id, action.code, action.change).pipe(
                map(({ practitioner: p, openFamilies }) => ({
                  message:
                    action.change.status !== undefined
                      ? `${p.code} is now ${valueLabel(p.status)} (from ${ukDate(p.statusDate)}).`
                      : `Saved ${p.code}.`,
                  openFamilies: p.status === 'withdrawn' ? openFamilies : null,
                })),
              );
          }
        })();
        return request.pipe(
          map((result) => StaffApiActions.saved(result)),
          catchError((error: unknown) =>
            of(StaffApiActions.saveFailed(saveFailure(error, 'The change could not be saved.'))),
          ),
        );
      }),
    ),
  { functional: true },
);
