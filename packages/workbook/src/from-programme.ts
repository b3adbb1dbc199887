import {
  groupBy,
  computeCostSummary,
  deriveLedger,
  unitCounts,
  type FamilySessionRecord,
  type MilestoneRecord,
  type ProgrammeData,
  type TrainingAttendeeRecord,
} from '@attune/domain';
import type {
  WorkbookFamily,
  WorkbookInput,
  WorkbookPractitioner,
  WorkbookStaff,
} from './types.js';

/**
 * The workbook input of a programme held in memory: pseudonymised records,
 * the ledger (derived again when the writer reads it), the cost summary and
 * the counts. Each family's and practitioner's flags come from the domain's
 * own `unitCounts` applied to that one record, so the rule lives once.
 */
export function workbookInputFromProgramme(
  data: ProgrammeData,
  meta: { generatedAt: Date; generatedBy: string },
): WorkbookInput {
  const staff = new Map(data.staff.map((s) => [s.code, s]));
  const sessionsOf = groupBy(data.familySessions, (s) => s.familyReference);
  const attendanceOf = groupBy(data.trainingAttendees, (a) => a.staffCode);
  const milestonesOf = groupBy(data.milestones, (m) => m.practitionerCode);
  const events = new Map(data.trainingEvents.map((e) => [e.id, e]));
  const none = {
    families: [],
    familySessions: [],
    practitioners: [],
    trainingEvents: [],
    trainingAttendees: [],
    milestones: [],
  };

  const families = data.families.map((f): WorkbookFamily => {
    const sessions: FamilySessionRecord[] = sessionsOf.get(f.reference) ?? [];
    const c = unitCounts({ ...none, families: [f], familySessions: sessions });
    return {
      reference: f.reference,
      laCode: f.laCode,
      trialArm: f.trialArm,
      status: f.status,
      statusReason: f.statusReason,
      practitionerCode: f.practitionerCode,
      sessionsHeld: sessions.filter((s) => s.outcome === 'held').length,
      allocated: c.allocated === 1,
      started: c.started === 1,
      completed: c.completed === 1,
    };
  });

  const practitioners = data.practitioners.map((p): WorkbookPractitioner => {
    const attended: TrainingAttendeeRecord[] = attendanceOf.get(p.staffCode) ?? [];
    const milestones: MilestoneRecord[] = milestonesOf.get(p.staffCode) ?? [];
    const c = unitCounts({
      ...none,
      practitioners: [p],
      trainingEvents: attended.flatMap((a) => events.get(a.eventId) ?? []),
      trainingAttendees: attended,
      milestones,
    });
    const person = staff.get(p.staffCode);
    if (!person) throw new Error(`practitioner ${p.staffCode} is not in staff.csv`);
    return {
      code: p.staffCode,
      laCode: person.laCode,
      costRole: person.costRole,
      substantiveRole: p.substantiveRole,
      fte: p.fte,
      vigHoursPerWeek: p.vigHoursPerWeek,
      startDate: p.startDate,
      supervisorCode: p.supervisorCode,
      status: p.status,
      trained: c.trained === 1,
      accredited: c.accredited === 1,
    };
  });

  let ledgerLineCount = 0;
  for (const _ of deriveLedger(data)) ledgerLineCount++;

  return {
    programme: data.programme,
    generatedAt: meta.generatedAt,
    generatedBy: meta.generatedBy,
    localAuthorities: data.localAuthorities,
    staff: data.staff.map((s): WorkbookStaff => ({
      code: s.code,
      costRole: s.costRole,
      laCode: s.laCode,
    })),
    practitioners,
    families,
    unitCosts: data.unitCosts,
    priceIndex: data.priceIndex,
    resources: data.resources,
    ledger: { [Symbol.iterator]: () => deriveLedger(data) },
    ledgerLineCount,
    summary: computeCostSummary(data),
    counts: unitCounts(data),
  };
}
