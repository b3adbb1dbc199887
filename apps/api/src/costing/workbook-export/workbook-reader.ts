import {
  unitCounts,
  type FamilyRecord,
  type LedgerLine,
  type StaffIndex,
  type UnitCountSourceData,
} from '@attune/domain';
import type {
  WorkbookFamily,
  WorkbookInput,
  WorkbookPractitioner,
  WorkbookStaff,
} from '@attune/workbook';
import { writeWorkbook, type WriteWorkbookOptions } from '@attune/workbook';
import { Injectable, NotFoundException } from '@nestjs/common';
import { CostGapsException } from '../cost-summary/cost-gaps';
import { CostSummaryService } from '../cost-summary/cost-summary.service';
import { sourcedLedgerBatches } from './ledger-source';
import { WorkbookExportRepository } from './workbook-export.repository';
import { threadAvailable, writeInThread } from './workbook-in-thread';
import type { WorkbookSnapshot } from './workbook-snapshot';
import type { ThreadData } from './workbook-thread';

type Rows<K extends keyof WorkbookSnapshot> = WorkbookSnapshot[K] extends () => Promise<infer R>
  ? R
  : never;

/** The workbook input of one programme, read from one snapshot that `close()` ends. */
export interface WorkbookSource {
  input: WorkbookInput;
  programmeName: string;
  /**
   * writeWorkbook of `input` into `output`: in the workbook's own thread when
   * the API is built (workbook-in-thread.ts), reading the same snapshot.
   */
  write(
    output: NodeJS.WritableStream,
    options?: Pick<WriteWorkbookOptions, 'onProgress'>,
  ): Promise<void>;
  close(): Promise<void>;
}

/** Ids to codes, from the small tables: a ledger batch is mapped without a join. */
interface Codes {
  la: Map<string, string>;
  staff: Map<string, WorkbookStaff>;
  family: Map<string, string>;
  /** By code, for the domain's ledgerLinesOf* functions; display names are never read. */
  index: StaffIndex;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
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
 * Builds a programme's WorkbookInput from PostgreSQL without holding the
 * ledger: the small tables are loaded whole, the ledger is an async iterable
 * that reads its sources in keyset batches and turns each record into lines
 * with the domain's rules. Everything is read in one REPEATABLE READ
 * snapshot (WorkbookExportRepository); the summary comes from
 * CostSummaryService (its own snapshot: a write committed in between makes
 * the writer refuse, never a wrong file).
 */
@Injectable()
export class WorkbookReader {
  constructor(
    private readonly repository: WorkbookExportRepository,
    private readonly costs: CostSummaryService,
  ) {}

  async open(
    programmeId: string,
    meta: { generatedAt: Date; generatedBy: string },
  ): Promise<WorkbookSource> {
    const summary = await this.costs.summary(programmeId); // 404 or CostingError first
    if (!summary.complete) throw new CostGapsException(summary.gaps);
    const snapshot = await this.repository.snapshot(programmeId);
    const close = () => snapshot.close();
    try {
      const programme = await snapshot.programme();
      if (!programme) throw new NotFoundException(`There is no programme ${programmeId}.`);
      const las = await snapshot.localAuthorities();
      const familyRows = await snapshot.families();
      const codes = this.codes(las, await snapshot.staff(), familyRows);
      const families = this.families(familyRows, codes);
      const practitioners = this.practitioners(snapshot, codes);
      const lines = await snapshot.ledgerLineCount();
      const input: WorkbookInput = {
        programme,
        generatedAt: meta.generatedAt,
        generatedBy: meta.generatedBy,
        localAuthorities: las.map((r) => ({ code: r.code, name: r.name })),
        staff: [...codes.staff.values()],
        practitioners: (await practitioners).list,
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
        ledger: this.ledger(snapshot, codes),
        ledgerLineCount: lines,
        summary,
        counts: countsOf({
          ...families.countSource,
          ...(await practitioners).countSource,
        }),
      };
      const write: WorkbookSource['write'] = async (output, options) => {
        if (!threadAvailable()) return writeWorkbook(input, output, options);
        const { ledger: _inThisThread, ...rest } = input;
        const staff = new Map([...codes.staff].map(([id, s]) => [id, s.code]));
        const data: ThreadData = {
          url: this.repository.connectionUrl(),
          snapshotId: await snapshot.exportSnapshot(),
          programmeId,
          input: rest,
          codes: { la: codes.la, family: codes.family, index: codes.index, staff },
        };
        return writeInThread(data, output, options);
      };
      return { input, programmeName: programme.name, write, close };
    } catch (error) {
      await close();
      throw error;
    }
  }

  private codes(
    las: Rows<'localAuthorities'>,
    staff: Rows<'staff'>,
    families: Rows<'families'>,
  ): Codes {
    const la = new Map(las.map((r) => [r.id, r.code]));
    const codes: Codes = { la, staff: new Map(), family: new Map(), index: new Map() };
    for (const r of staff) {
      const person: WorkbookStaff = {
        code: r.code,
        costRole: r.costRole as WorkbookStaff['costRole'],
        laCode: r.laId === null ? null : (la.get(r.laId) ?? null),
      };
      codes.staff.set(r.id, person);
      codes.index.set(person.code, { ...person, displayName: '' });
    }
    for (const r of families) codes.family.set(r.id, r.reference);
    return codes;
  }

  private staffCode(codes: Codes, id: string): string {
    return codes.staff.get(id)?.code ?? `unknown staff ${id}`;
  }

  /** Each family's flags by the domain's own unitCounts applied to that family alone. */
  private families(rows: Rows<'families'>, codes: Codes) {
    const records: Array<Partial<FamilyRecord>> = [];
    const held: Array<{ familyReference: string; outcome: 'held' }> = [];
    const list = rows.map((r): WorkbookFamily => {
      const record = {
        reference: r.reference,
        trialArm: r.trialArm as FamilyRecord['trialArm'],
        status: r.status as FamilyRecord['status'],
        practitionerCode:
          r.practitionerId === null ? null : this.staffCode(codes, r.practitionerId),
      };
      const sessionsHeld = r.sessionsHeld;
      const mine =
        sessionsHeld > 0 ? [{ familyReference: record.reference, outcome: 'held' as const }] : [];
      records.push(record);
      held.push(...mine);
      const c = countsOf({ families: [record], familySessions: mine });
      const family = {
        ...record,
        laCode: codes.la.get(r.laId) ?? r.laId,
        statusReason: r.statusReason as FamilyRecord['statusReason'],
        sessionsHeld,
        allocated: c.allocated === 1,
        started: c.started === 1,
        completed: c.completed === 1,
      };
      return family;
    });
    return { list, countSource: { families: records, familySessions: held } };
  }

  /** Each practitioner's trained/accredited flags by unitCounts on their own records. */
  private async practitioners(snapshot: WorkbookSnapshot, codes: Codes) {
    const trainingEvents = await snapshot.trainingEventTypes();
    const trainingAttendees = (await snapshot.trainingAttendance()).map((r) => ({
      eventId: r.eventId,
      staffCode: this.staffCode(codes, r.staffId),
      minutesAttended: r.minutesAttended,
    }));
    const milestones = (await snapshot.milestones()).map((r) => ({
      practitionerCode: this.staffCode(codes, r.practitionerId),
      type: r.type,
      date: r.date,
      outcome: r.outcome,
    }));
    const attendanceOf = groupBy(trainingAttendees, (a) => a.staffCode);
    const milestonesOf = groupBy(milestones, (m) => m.practitionerCode);
    const records: Array<{ staffCode: string }> = [];
    const list = (await snapshot.practitioners()).map((r): WorkbookPractitioner => {
      const person = codes.staff.get(r.staffId);
      const code = this.staffCode(codes, r.staffId);
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
        supervisorCode: r.supervisorId === null ? null : this.staffCode(codes, r.supervisorId),
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
  private async *ledger(snapshot: WorkbookSnapshot, c: Codes): AsyncGenerator<LedgerLine[]> {
    const codes = { ...c, staffCode: (id: string) => this.staffCode(c, id) };
    for await (const batch of sourcedLedgerBatches(snapshot, codes)) {
      yield batch.map((s) => s.line);
    }
  }
}
