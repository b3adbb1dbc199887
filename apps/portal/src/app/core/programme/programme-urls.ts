/**
 * Programme-scoped pages live under `/p/:programmeId/`, so that a link opens
 * the same view of the same programme. These turn one address into another.
 */

/** The router commands of a page of one programme: `['/p', id, 'families', 'F-1']`. */
export function programmeLink(programmeId: string, ...page: string[]): string[] {
  return ['/p', programmeId, ...page];
}

/** `/p/ID/capacity/P-1?x=1` → `{ programmeId: 'ID', page: 'capacity/P-1?x=1' }`; other addresses → null. */
export function splitProgrammeUrl(url: string): { programmeId: string; page: string } | null {
  const match = /^\/p\/([^/?#]+)\/?(.*)$/.exec(url);
  return match ? { programmeId: decodeURIComponent(match[1]!), page: match[2]! } : null;
}

/** The address of `page` (such as `capacity?x=1`, no leading slash) in a programme. */
export function inProgramme(programmeId: string, page: string): string {
  const rest = page.replace(/^\/+/, '');
  return `/p/${encodeURIComponent(programmeId)}${rest ? `/${rest}` : ''}`;
}

/**
 * Pages whose further segments name a record of the programme (a practitioner,
 * a family): another programme has none of them, so switching keeps the list.
 */
const RECORD_PAGES = new Set(['capacity', 'families']);

/** Where switching to another programme goes from `page`: the same view, minus records of the old one. */
export function pageForAnotherProgramme(page: string): string {
  const [path = '', query] = page.split('?') as [string, string | undefined];
  const segments = path.split('/').filter(Boolean);
  if (segments.length > 1 && RECORD_PAGES.has(segments[0]!)) return segments[0]!;
  return query ? `${segments.join('/')}?${query}` : segments.join('/');
}
