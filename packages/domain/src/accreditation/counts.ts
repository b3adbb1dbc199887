import type { SupervisionFormat } from '../model/enums.js';
import type {
  FamilySessionRecord,
  IsoDate,
  MilestoneRecord,
  SupervisionAttendeeRecord,
  SupervisionSessionRecord,
  TrainingAttendeeRecord,
  TrainingEventRecord,
} from '../model/records.js';

/** What one practitioner has done up to a date, as accreditation counts it. */
export interface PractitionerWork {
  /** The date each distinct (family, cycle) was completed, ascending. */
  cycleCompletions: IsoDate[];
  familiesWorkedWith: number;
  /** One entry per supervision session attended, ascending by date. */
  supervision: Array<{ date: IsoDate; minutes: number; format: SupervisionFormat }>;
  initialCourseCompleted: boolean;
  /** Passed milestones, ascending by date. */
  passedMilestones: MilestoneRecord[];
}

export interface WorkRecords {
  familySessions: readonly FamilySessionRecord[];
  supervisionSessions: readonly SupervisionSessionRecord[];
  supervisionAttendees: readonly SupervisionAttendeeRecord[];
  milestones: readonly MilestoneRecord[];
  trainingEvents?: readonly TrainingEventRecord[];
  trainingAttendees?: readonly TrainingAttendeeRecord[];
}

const emptyWork = (): PractitionerWork => ({
  cycleCompletions: [],
  familiesWorkedWith: 0,
  supervision: [],
  initialCourseCompleted: false,
  passedMilestones: [],
});

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * Counts per practitioner code from records dated on or before `asOf`
 * (DESIGN.md, "Accreditation and capacity counts"): a cycle is completed by a
 * held `shared_review`, once per family and cycle number (the earliest such
 * review dates it); a family is worked with when it has a held session with the
 * practitioner; each supervision session attended counts once, with its full
 * duration, or duration / attendees when `groupCredit` is `shared`.
 */
export function countWork(
  records: WorkRecords,
  asOf: IsoDate,
  groupCredit: 'full' | 'shared' = 'full',
): Map<string, PractitionerWork> {
  const work = new Map<string, PractitionerWork>();
  const cycles = new Map<string, Map<string, IsoDate>>();
  const families = new Map<string, Set<string>>();
  for (const s of records.familySessions) {
    if (s.outcome !== 'held' || s.date > asOf) continue;
    entry(families, s.practitionerCode, () => new Set()).add(s.familyReference);
    if (s.type !== 'shared_review' || s.cycle === null) continue;
    const byKey = entry(cycles, s.practitionerCode, () => new Map<string, IsoDate>());
    const key = `${s.familyReference}\u0000${s.cycle}`;
    const seen = byKey.get(key);
    if (seen === undefined || s.date < seen) byKey.set(key, s.date);
  }
  for (const [code, byKey] of cycles) {
    entry(work, code, emptyWork).cycleCompletions = [...byKey.values()].sort();
  }
  for (const [code, set] of families) entry(work, code, emptyWork).familiesWorkedWith = set.size;

  const sessions = new Map(records.supervisionSessions.map((s) => [s.id, s]));
  const attendeesBySession = new Map<string, Set<string>>();
  for (const a of records.supervisionAttendees) {
    entry(attendeesBySession, a.sessionId, () => new Set()).add(a.practitionerCode);
  }
  for (const [sessionId, attendees] of attendeesBySession) {
    const session = sessions.get(sessionId);
    if (!session || session.date > asOf) continue;
    const shared = session.format === 'group' && groupCredit === 'shared';
    const minutes = shared
      ? Math.floor(session.durationMinutes / attendees.size)
      : session.durationMinutes;
    for (const code of attendees) {
      entry(work, code, emptyWork).supervision.push({
        date: session.date,
        minutes,
        format: session.format,
      });
    }
  }
  for (const w of work.values())
    w.supervision.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  for (const m of [...records.milestones].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  )) {
    if (m.outcome !== 'passed' || m.date > asOf) continue;
    const w = entry(work, m.practitionerCode, emptyWork);
    w.passedMilestones.push(m);
    if (m.type === 'initial_course_completed') w.initialCourseCompleted = true;
  }
  const courses = new Map((records.trainingEvents ?? []).map((e) => [e.id, e]));
  for (const a of records.trainingAttendees ?? []) {
    const event = courses.get(a.eventId);
    if (event?.type === 'initial_course' && event.date <= asOf && a.minutesAttended > 0) {
      entry(work, a.staffCode, emptyWork).initialCourseCompleted = true;
    }
  }
  return work;
}

export function workOf(work: Map<string, PractitionerWork>, code: string): PractitionerWork {
  return work.get(code) ?? emptyWork();
}
