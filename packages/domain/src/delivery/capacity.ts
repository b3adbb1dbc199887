import type { PractitionerStatus } from '../model/enums.js';
import type {
  FamilySessionRecord,
  IsoDate,
  PractitionerRecord,
  ProgrammeData,
  ProgrammeRecord,
  StaffRecord,
  SupervisionSessionRecord,
  TimeEntryRecord,
} from '../model/records.js';
import { addDays, laterDate } from './dates.js';
import { isOverdueGiven, type OverdueFamily } from './overdue.js';

/** One row of `GET /api/programmes/:id/capacity`: DESIGN.md's fields, then `status`. */
export interface CapacityRow {
  code: string;
  laCode: string | null;
  /** Families with this practitioner, whatever their status (trial arm or not: it is caseload). */
  familiesAllocated: number;
  familiesActive: number;
  familiesCompleted: number;
  familiesNotProceeded: number;
  /** Fewer families allocated than the programme's minimum per practitioner. */
  belowMinimum: boolean;
  /** Held family sessions with this practitioner, on or before asOf. */
  sessionsHeld: number;
  lastSessionDate: IsoDate | null;
  /** Active families with no held session for more than 14 days (see isOverdue). */
  familiesOverdue: number;
  vigHoursPerWeek: number;
  /** See capacityWindow: the VIG minutes in the 28 days ending asOf. */
  vigMinutesLast4Weeks: number;
  /** An addition to DESIGN.md's fields: the practitioner's status now (active, paused, withdrawn). */
  status: PractitionerStatus;
}

/**
 * Per-practitioner figures that a caller may compute itself (e.g. SQL
 * GROUP BY over the window of `capacityWindow` and the cut-off of
 * `overdueIfStartedBefore`) and turn into rows with `capacityRowFromAggregate`.
 */
export type CapacityAggregate = Omit<CapacityRow, 'belowMinimum'>;

export function capacityRowFromAggregate(
  aggregate: CapacityAggregate,
  programme: Pick<ProgrammeRecord, 'minFamiliesPerPractitioner'>,
): CapacityRow {
  // Built field by field so the JSON reads in DESIGN.md's order.
  return {
    code: aggregate.code,
    laCode: aggregate.laCode,
    familiesAllocated: aggregate.familiesAllocated,
    familiesActive: aggregate.familiesActive,
    familiesCompleted: aggregate.familiesCompleted,
    familiesNotProceeded: aggregate.familiesNotProceeded,
    belowMinimum: aggregate.familiesAllocated < programme.minFamiliesPerPractitioner,
    sessionsHeld: aggregate.sessionsHeld,
    lastSessionDate: aggregate.lastSessionDate,
    familiesOverdue: aggregate.familiesOverdue,
    vigHoursPerWeek: aggregate.vigHoursPerWeek,
    vigMinutesLast4Weeks: aggregate.vigMinutesLast4Weeks,
    status: aggregate.status,
  };
}

export const CAPACITY_WINDOW_DAYS = 28;

/**
 * A practitioner's VIG time a week over the capacity window beside the time allotted, in whole
 * minutes (so both read as durations), and whether the allotment is reached.
 */
export function vigWeek(row: Pick<CapacityRow, 'vigMinutesLast4Weeks' | 'vigHoursPerWeek'>): {
  usedMinutes: number;
  allottedMinutes: number;
  atOrOver: boolean;
} {
  const weeks = CAPACITY_WINDOW_DAYS / 7;
  return {
    usedMinutes: Math.round(row.vigMinutesLast4Weeks / weeks),
    allottedMinutes: Math.round(row.vigHoursPerWeek * 60),
    // Over the whole window, as the allocation warning says it.
    atOrOver: row.vigMinutesLast4Weeks >= Math.round(row.vigHoursPerWeek * 60 * weeks),
  };
}

/**
 * The 28 days ending on asOf, both ends inclusive. `vigMinutesLast4Weeks`
 * adds up, dated in it: the practitioner's family sessions' contact + travel
 * + prep minutes (whatever the outcome, as the ledger costs them), the full
 * duration of each supervision session they attended, and their time entries.
 */
export function capacityWindow(asOf: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addDays(asOf, -(CAPACITY_WINDOW_DAYS - 1)), to: asOf };
}

export interface CapacityContext {
  programme: Pick<ProgrammeRecord, 'minFamiliesPerPractitioner'>;
  practitioners: ReadonlyArray<
    Pick<PractitionerRecord, 'staffCode' | 'vigHoursPerWeek' | 'status'>
  >;
  staff: ReadonlyArray<Pick<StaffRecord, 'code' | 'laCode'>>;
  asOf: IsoDate;
}

export type CapacityFamily = OverdueFamily & { practitionerCode: string | null };
export type CapacitySession = Pick<
  FamilySessionRecord,
  | 'familyReference'
  | 'practitionerCode'
  | 'date'
  | 'outcome'
  | 'contactMinutes'
  | 'travelMinutes'
  | 'prepMinutes'
>;

/**
 * Takes records one at a time, in any order (e.g. from database cursors), so
 * the largest tables never need to be in memory: it keeps one entry per
 * practitioner and per family only.
 */
export interface CapacityAccumulator {
  addFamily(family: CapacityFamily): void;
  addFamilySession(session: CapacitySession): void;
  /** One call per session attended by a practitioner (a join of sessions and attendees). */
  addSupervision(
    session: Pick<SupervisionSessionRecord, 'id' | 'date' | 'durationMinutes'>,
    practitionerCode: string,
  ): void;
  addTimeEntry(entry: Pick<TimeEntryRecord, 'staffCode' | 'date' | 'minutes'>): void;
  rows(): CapacityRow[];
}

export function createCapacityAccumulator(context: CapacityContext): CapacityAccumulator {
  const { asOf } = context;
  const window = capacityWindow(asOf);
  const inWindow = (date: IsoDate) => date >= window.from && date <= window.to;
  const laOf = new Map(context.staff.map((s) => [s.code, s.laCode]));
  const byCode = new Map<string, CapacityAggregate>(
    context.practitioners.map((p) => [
      p.staffCode,
      {
        code: p.staffCode,
        laCode: laOf.get(p.staffCode) ?? null,
        familiesAllocated: 0,
        familiesActive: 0,
        familiesCompleted: 0,
        familiesNotProceeded: 0,
        sessionsHeld: 0,
        lastSessionDate: null,
        familiesOverdue: 0,
        vigHoursPerWeek: Number(p.vigHoursPerWeek),
        vigMinutesLast4Weeks: 0,
        status: p.status,
      },
    ]),
  );
  const families: CapacityFamily[] = [];
  const lastHeld = new Map<string, IsoDate>();
  const supervisionSeen = new Set<string>();

  return {
    addFamily(family) {
      const row =
        family.practitionerCode === null ? undefined : byCode.get(family.practitionerCode);
      if (!row) return;
      row.familiesAllocated++;
      if (family.status === 'active') row.familiesActive++;
      if (family.status === 'completed') row.familiesCompleted++;
      if (family.status === 'not_proceeded') row.familiesNotProceeded++;
      if (family.status === 'active') families.push(family);
    },
    addFamilySession(s) {
      if (s.date > asOf) return;
      if (s.outcome === 'held') {
        lastHeld.set(
          s.familyReference,
          laterDate(lastHeld.get(s.familyReference) ?? null, s.date)!,
        );
      }
      const row = byCode.get(s.practitionerCode);
      if (!row) return;
      if (s.outcome === 'held') {
        row.sessionsHeld++;
        row.lastSessionDate = laterDate(row.lastSessionDate, s.date);
      }
      if (inWindow(s.date))
        row.vigMinutesLast4Weeks += s.contactMinutes + s.travelMinutes + s.prepMinutes;
    },
    addSupervision(session, practitionerCode) {
      const row = byCode.get(practitionerCode);
      const key = `${session.id}\u0000${practitionerCode}`;
      if (!row || !inWindow(session.date) || supervisionSeen.has(key)) return;
      supervisionSeen.add(key);
      row.vigMinutesLast4Weeks += session.durationMinutes;
    },
    addTimeEntry(entry) {
      const row = byCode.get(entry.staffCode);
      if (row && inWindow(entry.date)) row.vigMinutesLast4Weeks += entry.minutes;
    },
    rows() {
      for (const row of byCode.values()) row.familiesOverdue = 0;
      for (const family of families) {
        if (isOverdueGiven(family, lastHeld.get(family.reference) ?? null, asOf)) {
          byCode.get(family.practitionerCode!)!.familiesOverdue++;
        }
      }
      return [...byCode.values()].map((a) => capacityRowFromAggregate(a, context.programme));
    },
  };
}

export type CapacityInput = Pick<
  ProgrammeData,
  | 'programme'
  | 'staff'
  | 'practitioners'
  | 'families'
  | 'familySessions'
  | 'supervisionSessions'
  | 'supervisionAttendees'
  | 'timeEntries'
> & { asOf: IsoDate };

/** Capacity of every practitioner, in the order of `practitioners`, from whole record arrays. */
export function capacityRows(input: CapacityInput): CapacityRow[] {
  const acc = createCapacityAccumulator(input);
  for (const family of input.families) acc.addFamily(family);
  for (const session of input.familySessions) acc.addFamilySession(session);
  const sessions = new Map(input.supervisionSessions.map((s) => [s.id, s]));
  for (const attendee of input.supervisionAttendees) {
    const session = sessions.get(attendee.sessionId);
    if (session) acc.addSupervision(session, attendee.practitionerCode);
  }
  for (const entry of input.timeEntries) acc.addTimeEntry(entry);
  return acc.rows();
}
