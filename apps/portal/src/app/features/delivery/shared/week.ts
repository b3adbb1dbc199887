import { duration } from '../../../core/format/words';
import { TIME_ENTRY_ACTIVITIES, type TimeEntryActivity } from '@attune/domain';
import { ukDate } from '../../../core/format/uk-date';
import { defaultDateIn } from '../../../core/forms/date-window';

/** One day of a week view: its ISO date and how it reads in the UK ("Mon 7 Dec 2026"). */
export interface WeekDay {
  date: string;
  label: string;
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_MS = 86_400_000;

/** Dates are calendar days: arithmetic in UTC so no clock change shifts a day. */
function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `iso` moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
  return toIso(new Date(toUtc(iso).getTime() + days * DAY_MS));
}

/** The Monday of the (Monday to Sunday, as in the UK) week holding `iso`. */
export function weekStart(iso: string): string {
  const weekday = (toUtc(iso).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(iso, -weekday);
}

/** The seven days from a Monday. */
export function weekDays(monday: string): WeekDay[] {
  return DAY_NAMES.map((name, i) => {
    const date = addDays(monday, i);
    return { date, label: `${name} ${ukDate(date)}` };
  });
}

/** The week's range for the API's from/to. */
export function weekRange(monday: string): { from: string; to: string } {
  return { from: monday, to: addDays(monday, 6) };
}

/** `Week of 7 Dec 2026 to 13 Dec 2026`: which week a view shows, in words. */
export function weekHeading(monday: string): string {
  const { from, to } = weekRange(monday);
  return `Week of ${ukDate(from)} to ${ukDate(to)}`;
}

interface Timed {
  date: string;
  activity: TimeEntryActivity;
  minutes: number;
}

/** Minutes of the week's entries by activity, in the domain's order, leaving out those with none. */
export function totalsByActivity(
  entries: readonly Timed[],
): { activity: TimeEntryActivity; minutes: number }[] {
  const sums = new Map<TimeEntryActivity, number>();
  for (const e of entries) sums.set(e.activity, (sums.get(e.activity) ?? 0) + e.minutes);
  return TIME_ENTRY_ACTIVITIES.filter((a) => sums.has(a)).map((activity) => ({
    activity,
    minutes: sums.get(activity) ?? 0,
  }));
}

export function totalMinutes(entries: readonly { minutes: number }[]): number {
  return entries.reduce((sum, e) => sum + e.minutes, 0);
}

/** Whole minutes as `1 h 5 min`: the portal's one duration format. */
export const hoursAndMinutes = duration;

/** The day quick entry starts on (the forms' one default: inside the programme's window). */
export const defaultEntryDate = defaultDateIn;

/** The day of a week a new entry takes: the default date when it falls in the week shown, else the week's Monday clamped to the window. */
export function entryDateInWeek(
  monday: string,
  today: string,
  window: { from: string; to: string } | null,
): string {
  const preferred = defaultEntryDate(today, window);
  const { from, to } = weekRange(monday);
  if (preferred >= from && preferred <= to) return preferred;
  return defaultEntryDate(monday, window);
}

/** A member of an LA's team whose time may be recorded. */
export interface TeamMember {
  code: string;
  /** Null where the viewer sees codes only, or the code came from an entry alone. */
  name: string | null;
}

/**
 * The week's minutes per person: every member listed (none recorded shows 0),
 * plus anyone with entries who is not in the list, ordered by code.
 */
export function minutesByPerson(
  members: readonly TeamMember[],
  entries: readonly { staffCode: string; minutes: number }[],
): (TeamMember & { minutes: number })[] {
  const rows = new Map<string, TeamMember & { minutes: number }>();
  for (const m of members) rows.set(m.code, { ...m, minutes: 0 });
  for (const e of entries) {
    const row = rows.get(e.staffCode) ?? { code: e.staffCode, name: null, minutes: 0 };
    row.minutes += e.minutes;
    rows.set(e.staffCode, row);
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
}
