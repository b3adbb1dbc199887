/** What this reads of the router store's (minimal) snapshot. */
interface RouteParams {
  params: Record<string, unknown>;
  firstChild?: RouteParams | null;
}

/**
 * The chosen programme is the one in the address (`/p/:programmeId/...`),
 * nowhere else: the deepest route's parameter (every route below it inherits
 * it). Written out rather than with the router store's selector factory, and
 * apart from the slice, so the shell reads it without growing the first load.
 */
export function selectProgrammeId(state: {
  router?: { state?: { root?: RouteParams } };
}): string | null {
  let route = state.router?.state?.root;
  while (route?.firstChild) route = route.firstChild;
  const id: unknown = route?.params['programmeId'];
  return typeof id === 'string' ? id : null;
}
