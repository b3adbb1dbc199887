const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-03-03` (or an ISO timestamp, read in UTC) as `3 Mar 2022`; anything else as given. */
export function ukDate(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return iso ?? '';
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  return name ? `${Number(day)} ${name} ${year}` : (iso ?? '');
}

/** An ISO timestamp as `6 Dec 2026, 20:35:12` (UTC, as the server keeps it). */
export function ukDateTime(iso: string | null | undefined): string {
  const time = /T(\d{2}:\d{2}:\d{2})/.exec(iso ?? '');
  return time ? `${ukDate(iso)}, ${time[1]}` : ukDate(iso);
}
