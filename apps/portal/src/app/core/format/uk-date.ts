import { Pipe, type PipeTransform } from '@angular/core';

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

/** A sentence with every ISO date (and month, `2026-11`) in it in words (a rule's message, a server's problem). */
export function ukDatesIn(text: string): string {
  return text
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => ukDate(iso))
    .replace(/\b\d{4}-\d{2}\b(?!-)/g, (month) => ukMonth(month));
}

/** Month names, January first (also the date picker's). */
export const LONG_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A month `2026-11` as `November 2026`; anything else as given. */
export function ukMonth(month: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  const name = match ? LONG_MONTHS[Number(match[2]) - 1] : undefined;
  return name ? `${name} ${match![1]}` : (month ?? '');
}

/** A month `2026-11` short, as a chart's axis or a table cell says it: `Nov 2026`. */
export function ukShortMonth(month: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return name ? `${name} ${match![1]}` : (month ?? '');
}

/** `{{ row.month | ukMonth }}`: `2026-11` as `Nov 2026`. */
@Pipe({ name: 'ukMonth' })
export class UkMonthPipe implements PipeTransform {
  transform(month: string | null | undefined): string {
    return ukShortMonth(month);
  }
}

/** `{{ row.date | ukDate }}`: a date as people read it, `3 Mar 2022`. */
@Pipe({ name: 'ukDate' })
export class UkDatePipe implements PipeTransform {
  transform(iso: string | null | undefined): string {
    return ukDate(iso);
  }
}
