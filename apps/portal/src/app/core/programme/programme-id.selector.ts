import { getRouterSelectors } from '@ngrx/router-store';
import { createSelector } from '@ngrx/store';

/**
 * The chosen programme is the one in the address (`/p/:programmeId/...`),
 * nowhere else. Apart from the slice so the shell reads it without loading it.
 */
export const selectProgrammeId = createSelector(
  getRouterSelectors().selectRouteParam('programmeId'),
  (id) => id ?? null,
);
