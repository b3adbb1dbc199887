import type { ProgrammeData } from '../model/records.js';

/** The denominators of the per-family and per-practitioner costs (DESIGN.md, "Costs"). */
export interface UnitCounts {
  /** Intervention families with a practitioner, whatever happened next (not-proceeded referrals included). */
  allocated: number;
  /** Allocated families with at least one `held` session. */
  started: number;
  /** Intervention families whose status is `completed`. */
  completed: number;
  /** Practitioners who attended (minutes > 0) an `initial_course` training event. */
  trained: number;
  /** Practitioners with a `passed` `accreditation` milestone. */
  accredited: number;
}

export type UnitCountSourceData = Pick<
  ProgrammeData,
  | 'families'
  | 'familySessions'
  | 'practitioners'
  | 'trainingEvents'
  | 'trainingAttendees'
  | 'milestones'
>;

export function unitCounts(data: UnitCountSourceData): UnitCounts {
  const allocated = data.families.filter(
    (f) => f.trialArm === 'intervention' && f.practitionerCode !== null,
  );
  const held = new Set(
    data.familySessions.filter((s) => s.outcome === 'held').map((s) => s.familyReference),
  );
  const practitioners = new Set(data.practitioners.map((p) => p.staffCode));
  const initialCourses = new Set(
    data.trainingEvents.filter((e) => e.type === 'initial_course').map((e) => e.id),
  );
  const trained = new Set(
    data.trainingAttendees
      .filter(
        (a) =>
          a.minutesAttended > 0 && initialCourses.has(a.eventId) && practitioners.has(a.staffCode),
      )
      .map((a) => a.staffCode),
  );
  const accredited = new Set(
    data.milestones
      .filter(
        (m) =>
          m.type === 'accreditation' &&
          m.outcome === 'passed' &&
          practitioners.has(m.practitionerCode),
      )
      .map((m) => m.practitionerCode),
  );
  return {
    allocated: allocated.length,
    started: allocated.filter((f) => held.has(f.reference)).length,
    completed: data.families.filter(
      (f) => f.trialArm === 'intervention' && f.status === 'completed',
    ).length,
    trained: trained.size,
    accredited: accredited.size,
  };
}
