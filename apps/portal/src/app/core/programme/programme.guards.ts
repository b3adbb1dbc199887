import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlSegment, UrlTree } from '@angular/router';
import { Store } from '@ngrx/store';
import { Observable, defer, filter, map, of, switchMap, take } from 'rxjs';
import { knownSession } from '../auth/auth.guards';
import { NAV_ENTRIES, canOpen } from '../nav/nav.model';
import { ProgrammeRouteActions } from './programme.actions';
import { ProgrammeState, programmeFeature } from './programme.feature';
import { ProgrammeMemory } from './programme-memory';
import { inProgramme } from './programme-urls';

/** The list of programmes once the API has answered (asking it again if `fresh`). */
function programmeList(store: Store<object>, fresh: boolean): Observable<ProgrammeState> {
  return defer(() => {
    store.dispatch(ProgrammeRouteActions.listNeeded({ fresh }));
    return store.select(programmeFeature.selectProgrammeState);
  }).pipe(
    filter((state) => state.status === 'loaded' || state.status === 'failed'),
    take(1),
  );
}

const listed = (state: ProgrammeState, id: string | null | undefined): boolean =>
  !!id && state.programmes.some((p) => p.id === id);

/** The page that asks which programme, then goes on to `next`. */
function askFor(router: Router, next: string, unknown?: string): UrlTree {
  return router.createUrlTree(['/choose-programme'], {
    queryParams: { next, ...(unknown ? { unknown } : {}) },
  });
}

/**
 * `/p/:programmeId/...` opens only a programme the user may see: otherwise
 * (a stale or foreign link) the user is asked, never given another programme
 * silently. The one entered is remembered for this user.
 */
export const programmeGuard: CanActivateFn = (route, routerState) => {
  const router = inject(Router);
  const store = inject<Store<object>>(Store);
  const id = route.paramMap.get('programmeId') ?? '';
  const page = routerState.url.replace(/^\/p\/[^/?#]+\/?/, '');
  return knownSession().pipe(
    switchMap(({ user }) => {
      if (!user) {
        return of(
          router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: routerState.url } }),
        );
      }
      return programmeList(store, false).pipe(
        // Not in the list read earlier: it may have been imported since.
        switchMap((state) => (listed(state, id) ? of(state) : programmeList(store, true))),
        map((state): boolean | UrlTree => {
          if (!listed(state, id)) return askFor(router, page, id);
          store.dispatch(ProgrammeRouteActions.entered({ programmeId: id, email: user.email }));
          return true;
        }),
      );
    }),
  );
};

/**
 * An address without a programme (`/capacity`, a bookmark from before, or the
 * navigation before any choice) goes to the same page of the programme named
 * by `?programme=`, else the one this user chose last, else the only one;
 * with several and no choice yet, the user is asked.
 */
export const toProgrammeGuard: CanActivateFn = (route, routerState) => {
  const router = inject(Router);
  const store = inject<Store<object>>(Store);
  const memory = inject(ProgrammeMemory);
  const url = router.parseUrl(routerState.url);
  // The first segment is the page's path, which is not always its entry's id
  // (`/settings` is the entry `programme-settings`).
  const path = `/${url.root.children['primary']?.segments[0]?.path ?? ''}`;
  const entryId = NAV_ENTRIES.find((entry) => entry.path === path)?.id ?? '';
  return knownSession().pipe(
    switchMap(({ user }) => {
      if (!user) {
        return of(
          router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: routerState.url } }),
        );
      }
      if (!canOpen(user.role, entryId)) return of(router.createUrlTree(['/home']));
      const named = route.queryParamMap.get('programme');
      const { programme: _named, ...queryParams } = url.queryParams;
      url.queryParams = queryParams;
      const page = router.serializeUrl(url).replace(/^\//, '');
      return programmeList(store, true).pipe(
        map((state) => {
          const remembered = memory.recall(user.email);
          const only = state.programmes.length === 1 ? state.programmes[0]!.id : null;
          const id = [named, remembered, only].find((candidate) => listed(state, candidate));
          return id ? router.parseUrl(inProgramme(id, page)) : askFor(router, page);
        }),
      );
    }),
  );
};

/** The programme pages' own paths (first segment), for the old addresses without a programme. */
export function programmelessMatcher(pages: ReadonlySet<string>) {
  return (segments: UrlSegment[]) =>
    segments.length > 0 && pages.has(segments[0]!.path) ? { consumed: segments } : null;
}
