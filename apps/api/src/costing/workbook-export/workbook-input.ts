import {
  groupBy,
  unitCounts,
  type CostSummary,
  type FamilyRecord,
  type LedgerLine,
  type ProgrammeRecord,
  type StaffIndex,
  type UnitCountSourceData,
} from '@attune/domain';
import type {
  WorkbookFamily,
  WorkbookInput,
  WorkbookPractitioner,
  WorkbookStaff,
} from '@attune/workbook';
import { ledgerLineBatches } from './ledger-source';
import type { WorkbookSnapshot } from './workbook-snapshot';

type Rows<K extends keyof WorkbookSnapshot> = WorkbookSnapshot[K] extends () => Promise<infer R>
  ? R
  : never;

/** What the caller has already read or decided: the rest comes from the snapshot. */
export interface WorkbookInputHead {
  programme: ProgrammeRecord;
  summary: CostSummary;
  generatedAt: Date;
  generatedBy: string;
  ledgerLineCount: number;
}

/** Ids to codes, from the small tables (a ledger batch's rows carry their family's reference). */
interface Codes {
  la: Map<string, string>;
  staff: Map<string, WorkbookStaff>;
  /** By code, for the domain's ledgerLinesOf* functions; display names are never read. */
  index: StaffIndex;
}

/** unitCounts reads only some fields of each record; the rest are not fetched. */
const countsOf = (data: Partial<Record<keyof UnitCountSourceData, unknown[]>>) =>
  unitCounts({
    families: [],
    familySessions: [],
    practitioners: [],
    trainingEvents: [],
    trainingAttendees: [],
    milestones: [],
    ...data,
  } as unknown as UnitCountSourceData);

/**
 * A programme's WorkbookInput from its snapshot without holding the ledger:
 * the small tables are loaded whole, the ledger is an async iterable that
 * reads its sources in keyset batches and turns each record into lines with
 * the domain's rules. Loads neither Nest nor TypeORM, so the workbook's own
 * thread builds it (workbook-thread.ts): the families and their garbage then
 * live in that thread's capped heap, not in the API's.
 */
export async function readWorkbookInput(
  snapshot: WorkbookSnapshot,
  head: WorkbookInputHead,
): Promise<WorkbookInput> {
  const las = await snapshot.localAuthorities();
  const codes = codesOf(las, await snapshot.staff());
  const families = await familiesOf(snapshot, codes);
  const practitioners = await practitionersOf(snapshot, codes);
  return {
    programme: head.programme,
    generatedAt: head.generatedAt,
    generatedBy: head.generatedBy,
    localAuthorities: las.map((r) => ({ code: r.code, name: r.name })),
    staff: [...codes.staff.values()],
    practitioners: practitioners.list,
    families: families.list,
    unitCosts: await snapshot.unitCosts(),
    priceIndex: await snapshot.priceIndex(),
    resources: (await snapshot.resources()).map(({ laId, ...r }) => ({
      description: r.description,
      category: r.category,
      laCode: laId === null ? null : (codes.la.get(laId) ?? null),
      costType: r.costType,
      quantity: r.quantity,
      unitCostPence: r.unitCostPence,
      priceYear: r.priceYear,
      usefulLifeYears: r.usefulLifeYears,
      bearer: r.bearer,
      date: r.date,
    })),
    ledger: ledgerOf(snapshot, codes),
    ledgerLineCount: head.ledgerLineCount,
    summary: head.summary,
    counts: countsOf({ ...families.countSource, ...practitioners.countSource }),
  };
}

function codesOf(las: Rows<'localAuthorities'>, staff: Rows<'staff'>) {
  const la = new Map(las.map((r) => [r.id, r.code]));
  const codes: Codes = { la, staff: new Map(), index: new Map() };
  for (const r of staff) {
    const person: WorkbookStaff = {
      code: r.code,
      costRole: r.costRole as WorkbookStaff['costRole'],
      laCode: r.laId === null ? null : (la.get(r.laId) ?? null),
    };
    codes.staff.set(r.id, person);
    codes.index.set(person.code, { ...person, displayName: '' });
  }
  return codes;
}

function staffCode(codes: Codes, id: string): string {
  return codes.staff.get(id)?.code ?? `unknown staff ${id}`;
}

/**
 * One copy of each short coded value (arm, status, reason): pg gives every row its own strings,
 * which for a national programme's 70,000 families held through the export is megabytes of
 * duplicates.
 */
function interner(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}

/**
 * Each family's flags by the domain's own unitCounts applied to that family alone. Built field by
 * field (ledger-source.ts says why), coded values interned: these are held until the Families
 * sheet, after the whole ledger.
 */
async function familiesOf(snapshot: WorkbookSnapshot, codes: Codes) {
  const intern = interner();
  const held: Array<{ familyReference: string; outcome: 'held' }> = [];
  const list: WorkbookFamily[] = [];
  for await (const rows of snapshot.familyBatches()) {
    for (const r of rows) {
      const record = {
        reference: r.reference,
        trialArm: intern(r.trialArm) as FamilyRecord['trialArm'],
        status: intern(r.status) as FamilyRecord['status'],
        practitionerCode: r.practitionerId === null ? null : staffCode(codes, r.practitionerId),
      };
      const mine =
        r.sessionsHeld > 0 ? [{ familyReference: r.reference, outcome: 'held' as const }] : [];
      if (mine.length > 0) held.push(mine[0]!);
      const c = countsOf({ families: [record], familySessions: mine });
      list.push({
        reference: record.reference,
        trialArm: record.trialArm,
        status: record.status,
        practitionerCode: record.practitionerCode,
        laCode: codes.la.get(r.laId) ?? r.laId,
        statusReason: (r.statusReason === null
          ? null
          : intern(r.statusReason)) as FamilyRecord['statusReason'],
        sessionsHeld: r.sessionsHeld,
        allocated: c.allocated === 1,
        started: c.started === 1,
        completed: c.completed === 1,
      });
    }
  }
  // The list has every field unitCounts reads of a family: no second copy to count from.
  return { list, countSource: { families: list, familySessions: held } };
}

/** Each practitioner's trained/accredited flags by unitCounts on their own records. */
async function practitionersOf(snapshot: WorkbookSnapshot, codes: Codes) {
  const trainingEvents = await snapshot.trainingEventTypes();
  const trainingAttendees = (await snapshot.trainingAttendance()).map((r) => ({
    eventId: r.eventId,
    staffCode: staffCode(codes, r.staffId),
    minutesAttended: r.minutesAttended,
  }));
  const milestones = (await snapshot.milestones()).map((r) => ({
    practitionerCode: staffCode(codes, r.practitionerId),
    type: r.type,
    date: r.date,
    outcome: r.outcome,
  }));
  const attendanceOf = groupBy(trainingAttendees, (a) => a.staffCode);
  const milestonesOf = groupBy(milestones, (m) => m.practitionerCode);
  const records: Array<{ staffCode: string }> = [];
  const list = (await snapshot.practitioners()).map((r): WorkbookPractitioner => {
    const person = codes.staff.get(r.staffId);
    const code = staffCode(codes, r.staffId);
    records.push({ staffCode: code });
    const c = countsOf({
      practitioners: [{ staffCode: code }],
      trainingEvents,
      trainingAttendees: attendanceOf.get(code) ?? [],
      milestones: milestonesOf.get(code) ?? [],
    });
    return {
      code,
      laCode: person?.laCode ?? null,
      costRole: person?.costRole ?? 'other',
      substantiveRole: r.substantiveRole as WorkbookPractitioner['substantiveRole'],
      fte: r.fte,
      vigHoursPerWeek: r.vigHoursPerWeek,
      startDate: r.startDate,
      supervisorCode: r.supervisorId === null ? null : staffCode(codes, r.supervisorId),
      status: r.status as WorkbookPractitioner['status'],
      trained: c.trained === 1,
      accredited: c.accredited === 1,
    };
  });
  return {
    list,
    countSource: { practitioners: records, trainingEvents, trainingAttendees, milestones },
  };
}

/** The staff-time ledger in DESIGN's source order, by the one reader of record-level lines. */
function ledgerOf(snapshot: WorkbookSnapshot, c: Codes): AsyncGenerator<LedgerLine[]> {
  return ledgerLineBatches(snapshot, { ...c, staffCode: (id: string) => staffCode(c, id) });
}
