import { LEDGER_ACTIVITIES, type FamilyStatus, type LedgerActivity } from '../model/enums.js';
import type { LedgerLine } from '../model/ledger.js';
import type {
  FamilyRecord,
  FamilySessionRecord,
  IsoDate,
  IsoMonth,
  StaffRecord,
} from '../model/records.js';
import { addDays, addMonths } from './dates.js';

/** Minutes of every ledger activity (zero where there were none), so rows line up as columns. */
export type MinutesByActivity = Record<LedgerActivity, number>;

/** One person whose time the LA's month holds (or should hold). */
export interface MonthReviewRow {
  staffCode: string;
  displayName: string;
  costRole: StaffRecord['costRole'];
  practitioner: boolean;
  minutesByActivity: MinutesByActivity;
  totalMinutes: number;
  /** Family sessions of this practitioner dated in the month with outcome `held`. */
  sessionsHeld: number;
  /** Family sessions of any outcome dated in the month. */
  sessionsRecorded: number;
  /** The practitioner's families open at some time in the month (see `familyOpenInMonth`). */
  openFamilies: number;
  /** Open families and no family session recorded in the month: time is probably missing. */
  missing: boolean;
}

export interface MonthReview {
  laCode: string;
  month: IsoMonth;
  rows: MonthReviewRow[];
  totals: {
    minutesByActivity: MinutesByActivity;
    totalMinutes: number;
    sessionsHeld: number;
    sessionsRecorded: number;
  };
  /** Staff codes of the rows that are `missing`, in row order. */
  missing: string[];
}

const CLOSED: readonly FamilyStatus[] = ['completed', 'withdrawn', 'not_proceeded'];

function emptyMinutes(): MinutesByActivity {
  return Object.fromEntries(LEDGER_ACTIVITIES.map((a) => [a, 0])) as MinutesByActivity;
}

export function monthBounds(month: IsoMonth): { first: IsoDate; last: IsoDate } {
  const first = `${month}-01`;
  return { first, last: addDays(addMonths(first, 1), -1) };
}

/**
 * Was the family open with its practitioner at some time in the month? It has
 * a practitioner, was randomised (or, not randomised, referred) on or before
 * the month's last day, and is either still open (allocated, active) or was
 * closed (completed, withdrawn, not proceeded) on or after the month's first day.
 * Families not yet allocated (referred, randomised) are nobody's caseload.
 */
export function familyOpenInMonth(family: FamilyRecord, month: IsoMonth): boolean {
  if (family.practitionerCode === null) return false;
  const { first, last } = monthBounds(month);
  const from = family.randomisationDate ?? family.referralDate;
  if (from > last) return false;
  if (family.status === 'allocated' || family.status === 'active') return true;
  if (!CLOSED.includes(family.status)) return false;
  return family.statusDate !== null && family.statusDate >= first;
}

export interface MonthReviewInput {
  laCode: string;
  month: IsoMonth;
  /** Every staff member the lines name, and the LA's own staff. */
  staff: readonly StaffRecord[];
  /** Codes of the staff who are practitioners. */
  practitionerCodes: ReadonlySet<string>;
  /** Ledger lines (any LA, any date: those outside the LA and month are left out here). */
  lines: Iterable<LedgerLine>;
  /** The LA's families' sessions (any date: those outside the month are left out here). */
  sessions: readonly FamilySessionRecord[];
  /** The LA's families. */
  families: readonly FamilyRecord[];
}

/**
 * What a month's sign-off signs for one LA: each person's minutes by activity
 * from the ledger (the same lines the cost evaluation costs, in this LA and
 * month), the family sessions held, and the practitioners whose open families
 * had no session recorded in the month. A row for every LA staff member and
 * anyone else with minutes in it; ordered practitioners first, then by code.
 */
export function monthReview(input: MonthReviewInput): MonthReview {
  const { laCode, month } = input;
  const byCode = new Map(input.staff.map((s) => [s.code, s]));
  const rows = new Map<string, MonthReviewRow>();
  const row = (code: string): MonthReviewRow => {
    let found = rows.get(code);
    if (!found) {
      const who = byCode.get(code);
      found = {
        staffCode: code,
        displayName: who?.displayName ?? code,
        costRole: who?.costRole ?? 'other',
        practitioner: input.practitionerCodes.has(code),
        minutesByActivity: emptyMinutes(),
        totalMinutes: 0,
        sessionsHeld: 0,
        sessionsRecorded: 0,
        openFamilies: 0,
        missing: false,
      };
      rows.set(code, found);
    }
    return found;
  };
  for (const s of input.staff) if (s.laCode === laCode) row(s.code);
  const inMonth = (date: IsoDate) => date.slice(0, 7) === month;
  for (const line of input.lines) {
    if (line.laCode !== laCode || !inMonth(line.date)) continue;
    const r = row(line.staffCode);
    r.minutesByActivity[line.activity] += line.minutes;
    r.totalMinutes += line.minutes;
  }
  for (const s of input.sessions) {
    if (!inMonth(s.date)) continue;
    const r = row(s.practitionerCode);
    r.sessionsRecorded += 1;
    if (s.outcome === 'held') r.sessionsHeld += 1;
  }
  for (const f of input.families) {
    if (f.laCode !== laCode || !familyOpenInMonth(f, month)) continue;
    row(f.practitionerCode!).openFamilies += 1;
  }
  const ordered = [...rows.values()].sort(
    (a, b) =>
      Number(b.practitioner) - Number(a.practitioner) || a.staffCode.localeCompare(b.staffCode),
  );
  const totals = {
    minutesByActivity: emptyMinutes(),
    totalMinutes: 0,
    sessionsHeld: 0,
    sessionsRecorded: 0,
  };
  for (const r of ordered) {
    r.missing = r.practitioner && r.openFamilies > 0 && r.sessionsRecorded === 0;
    for (const a of LEDGER_ACTIVITIES) totals.minutesByActivity[a] += r.minutesByActivity[a];
    totals.totalMinutes += r.totalMinutes;
    totals.sessionsHeld += r.sessionsHeld;
    totals.sessionsRecorded += r.sessionsRecorded;
  }
  return {
    laCode,
    month,
    rows: ordered,
    totals,
    missing: ordered.filter((r) => r.missing).map((r) => r.staffCode),
  };
}
