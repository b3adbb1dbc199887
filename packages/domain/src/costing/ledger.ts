import type { LedgerActivity, LedgerSource } from '../model/enums.js';
import type { LedgerLine } from '../model/ledger.js';
import type {
  FamilySessionRecord,
  IsoDate,
  ProgrammeData,
  StaffRecord,
  SupervisionAttendeeRecord,
  SupervisionSessionRecord,
  TimeEntryRecord,
  TrainingAttendeeRecord,
  TrainingEventRecord,
} from '../model/records.js';
import { CostingError } from './errors.js';
import { groupBy } from './group-by.js';

/** Staff records by code. */
export type StaffIndex = Map<string, StaffRecord>;

/** What the staff-time ledger is derived from. */
export type LedgerSourceData = Pick<
  ProgrammeData,
  | 'staff'
  | 'familySessions'
  | 'supervisionSessions'
  | 'supervisionAttendees'
  | 'trainingEvents'
  | 'trainingAttendees'
  | 'timeEntries'
>;

export function indexStaff(staff: readonly StaffRecord[]): StaffIndex {
  return new Map(staff.map((s) => [s.code, s]));
}

function person(staff: StaffIndex, code: string, where: string): StaffRecord {
  const record = staff.get(code);
  if (!record) throw new CostingError(`staff code ${code} of ${where} is not in staff.csv`);
  return record;
}

/** A line of one person, in their own LA unless `laCode` says otherwise; none for zero minutes. */
function line(
  out: LedgerLine[],
  who: StaffRecord,
  date: IsoDate,
  activity: LedgerActivity,
  source: LedgerSource,
  minutes: number,
  familyReference: string | null = null,
  laCode: string | null = who.laCode,
): void {
  if (minutes === 0) return;
  out.push({
    date,
    laCode,
    staffCode: who.code,
    costRole: who.costRole,
    activity,
    source,
    familyReference,
    minutes,
  });
}

/**
 * A family session costs its practitioner's contact, travel and preparation
 * minutes, whatever the outcome: a cancelled visit still took the time.
 */
export function ledgerLinesOfFamilySession(
  s: FamilySessionRecord,
  staff: StaffIndex,
): LedgerLine[] {
  const who = person(
    staff,
    s.practitionerCode,
    `the family session of ${s.familyReference} on ${s.date}`,
  );
  const out: LedgerLine[] = [];
  line(out, who, s.date, 'direct_delivery', 'family_session', s.contactMinutes, s.familyReference);
  line(out, who, s.date, 'travel', 'family_session', s.travelMinutes, s.familyReference);
  line(out, who, s.date, 'preparation', 'family_session', s.prepMinutes, s.familyReference);
  return out;
}

/**
 * A supervision session costs the supervisor's duration + preparation once,
 * and the full duration for each attendee (a group session counts in full for
 * each). Attendees of other sessions in `attendees` are ignored. An attendee's
 * line carries the family whose film was reviewed, when given.
 */
export function ledgerLinesOfSupervision(
  session: SupervisionSessionRecord,
  attendees: readonly SupervisionAttendeeRecord[],
  staff: StaffIndex,
): LedgerLine[] {
  const where = `supervision session ${session.id}`;
  const out: LedgerLine[] = [];
  const supervisor = person(staff, session.supervisorCode, where);
  line(
    out,
    supervisor,
    session.date,
    'supervision_provided',
    'supervision_session',
    session.durationMinutes + session.prepMinutes,
  );
  for (const a of attendees) {
    if (a.sessionId !== session.id) continue;
    const who = person(staff, a.practitionerCode, where);
    line(
      out,
      who,
      session.date,
      'supervision_received',
      'supervision_session',
      session.durationMinutes,
      a.familyReference,
    );
  }
  return out;
}

/** A training event costs each trainer its duration and each attendee the minutes they attended. */
export function ledgerLinesOfTraining(
  event: TrainingEventRecord,
  attendees: readonly TrainingAttendeeRecord[],
  staff: StaffIndex,
): LedgerLine[] {
  const where = `training event ${event.id}`;
  const out: LedgerLine[] = [];
  for (const code of event.trainerCodes) {
    line(
      out,
      person(staff, code, where),
      event.date,
      'training_delivered',
      'training_event',
      event.durationMinutes,
    );
  }
  for (const a of attendees) {
    if (a.eventId !== event.id) continue;
    line(
      out,
      person(staff, a.staffCode, where),
      event.date,
      'training_received',
      'training_event',
      a.minutesAttended,
    );
  }
  return out;
}

/** A time entry costs its person, in the entry's LA when it names one, else the person's. */
export function ledgerLinesOfTimeEntry(entry: TimeEntryRecord, staff: StaffIndex): LedgerLine[] {
  const who = person(
    staff,
    entry.staffCode,
    `the time entry of ${entry.staffCode} on ${entry.date}`,
  );
  const out: LedgerLine[] = [];
  line(
    out,
    who,
    entry.date,
    entry.activity,
    'time_entry',
    entry.minutes,
    entry.familyReference,
    entry.laCode ?? who.laCode,
  );
  return out;
}

/**
 * The whole staff-time ledger: every minute from exactly one source, in the
 * order family sessions, supervision, training, time entries. A generator, so
 * a large programme can be streamed into a CostAccumulator or a workbook.
 */
export function* deriveLedger(data: LedgerSourceData): Generator<LedgerLine> {
  const staff = indexStaff(data.staff);
  for (const s of data.familySessions) yield* ledgerLinesOfFamilySession(s, staff);
  const supervisionAttendees = groupBy(data.supervisionAttendees, (a) => a.sessionId);
  for (const s of data.supervisionSessions) {
    yield* ledgerLinesOfSupervision(s, supervisionAttendees.get(s.id) ?? [], staff);
  }
  const trainingAttendees = groupBy(data.trainingAttendees, (a) => a.eventId);
  for (const e of data.trainingEvents)
    yield* ledgerLinesOfTraining(e, trainingAttendees.get(e.id) ?? [], staff);
  for (const t of data.timeEntries) yield* ledgerLinesOfTimeEntry(t, staff);
}
