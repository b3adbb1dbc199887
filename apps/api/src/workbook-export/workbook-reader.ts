import {
  ledgerLinesOfFamilySession,
  ledgerLinesOfSupervision,
  ledgerLinesOfTimeEntry,
  ledgerLinesOfTraining,
  unitCounts,
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
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import { CostSummaryService } from '../programmes/cost-summary/cost-summary.service';
import {
  batchChildren,
  ledgerBatches,
  ledgerLineCount,
  smallTables as q,
} from './workbook-reader.queries';

/** Ledger source rows fetched per query: memory stays at a batch whatever the programme's size. */
export const LEDGER_BATCH = 5000;

type Row = Record<string, unknown>;
const str = (v: unknown) => v as string;
const num = (v: unknown) => Number(v);
const opt = (v: unknown) => (v === null || v === undefined ? null : (v as string));

/** The workbook input of one programme, read from one snapshot that `close()` ends. */
export interface WorkbookSource {
  input: WorkbookInput;
  programmeName: string;
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

/** Batches of `sql` (`... AND key > $2 ORDER BY key LIMIT $3`), one query at a time. */
async function* keyset(
  runner: QueryRunner,
  sql: string,
  programmeId: string,
  key: string,
  first: unknown,
): AsyncGenerator<Row[]> {
  let after = first;
  for (;;) {
    const rows = (await runner.query(sql, [programmeId, after, LEDGER_BATCH])) as Row[];
    if (rows.length > 0) yield rows;
    if (rows.length < LEDGER_BATCH) return;
    after = rows[rows.length - 1]![key];
  }
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
 * snapshot; the summary comes from CostSummaryService (its own snapshot:
 * a write committed in between makes the writer refuse, never a wrong file).
 */
@Injectable()
export class WorkbookReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly costs: CostSummaryService,
  ) {}

  async open(
    programmeId: string,
    meta: { generatedAt: Date; generatedBy: string },
  ): Promise<WorkbookSource> {
    const summary = await this.costs.summary(programmeId); // 404 or CostingError first
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    };
    try {
      await runner.startTransaction('REPEATABLE READ');
      const rows = async (sql: string) => (await runner.query(sql, [programmeId])) as Row[];
      const [p] = await rows(q.programme);
      if (!p) throw new NotFoundException(`There is no programme ${programmeId}.`);
      const las = await rows(q.localAuthorities);
      const familyRows = await rows(q.families);
      const codes = this.codes(las, await rows(q.staff), familyRows);
      const families = this.families(familyRows, codes);
      const practitioners = this.practitioners(runner, programmeId, codes);
      const [{ lines }] = (await rows(ledgerLineCount)) as [{ lines: string }];
      const input: WorkbookInput = {
        programme: this.programme(p),
        generatedAt: meta.generatedAt,
        generatedBy: meta.generatedBy,
        localAuthorities: las.map((r) => ({ code: str(r.code), name: str(r.name) })),
        staff: [...codes.staff.values()],
        practitioners: (await practitioners).list,
        families: families.list,
        unitCosts: (await rows(q.unitCosts)).map((r) => ({
          costRole: str(r.cost_role) as 'other',
          hourlyCostPence: num(r.hourly_cost_pence),
          priceYear: num(r.price_year),
          basis: str(r.basis) as 'working_hour',
          source: str(r.source),
          effectiveFrom: opt(r.effective_from),
          effectiveTo: opt(r.effective_to),
        })),
        priceIndex: (await rows(q.priceIndex)).map((r) => ({
          year: num(r.year),
          index: str(r.index),
        })),
        resources: (await rows(q.resources)).map((r) => ({
          description: str(r.description),
          category: str(r.category) as 'other',
          laCode: r.la_id === null ? null : (codes.la.get(str(r.la_id)) ?? null),
          costType: str(r.cost_type) as 'setup',
          quantity: str(r.quantity),
          unitCostPence: num(r.unit_cost_pence),
          priceYear: num(r.price_year),
          usefulLifeYears: num(r.useful_life_years),
          bearer: str(r.bearer) as 'la',
          date: str(r.date),
        })),
        ledger: this.ledger(runner, programmeId, codes),
        ledgerLineCount: Number(lines),
        summary,
        counts: countsOf({
          ...families.countSource,
          ...(await practitioners).countSource,
        }),
      };
      return { input, programmeName: str(p.name), close };
    } catch (error) {
      await close();
      throw error;
    }
  }

  private programme(r: Row): ProgrammeRecord {
    return {
      name: str(r.name),
      funder: str(r.funder),
      provider: str(r.provider),
      startDate: str(r.start_date),
      intakeStart: str(r.intake_start),
      intakeEnd: str(r.intake_end),
      deliveryEnd: str(r.delivery_end),
      priceYear: num(r.price_year),
      discountRate: str(r.discount_rate),
      minFamiliesPerPractitioner: num(r.min_families_per_practitioner),
      minSessionsPerFamily: num(r.min_sessions_per_family),
      cyclesPerFamily: num(r.cycles_per_family),
      ruleSet: str(r.rule_set) as ProgrammeRecord['ruleSet'],
    };
  }

  private codes(las: Row[], staff: Row[], families: Row[]): Codes {
    const la = new Map(las.map((r) => [str(r.id), str(r.code)]));
    const codes: Codes = { la, staff: new Map(), family: new Map(), index: new Map() };
    for (const r of staff) {
      const person: WorkbookStaff = {
        code: str(r.code),
        costRole: str(r.cost_role) as WorkbookStaff['costRole'],
        laCode: r.la_id === null ? null : (la.get(str(r.la_id)) ?? null),
      };
      codes.staff.set(str(r.id), person);
      codes.index.set(person.code, { ...person, displayName: '' });
    }
    for (const r of families) codes.family.set(str(r.id), str(r.reference));
    return codes;
  }

  private staffCode(codes: Codes, id: unknown): string {
    return codes.staff.get(str(id))?.code ?? `unknown staff ${str(id)}`;
  }

  /** Each family's flags by the domain's own unitCounts applied to that family alone. */
  private families(rows: Row[], codes: Codes) {
    const records: Array<Partial<FamilyRecord>> = [];
    const held: Array<{ familyReference: string; outcome: 'held' }> = [];
    const list = rows.map((r): WorkbookFamily => {
      const record = {
        reference: str(r.reference),
        trialArm: str(r.trial_arm) as FamilyRecord['trialArm'],
        status: str(r.status) as FamilyRecord['status'],
        practitionerCode:
          r.practitioner_id === null ? null : this.staffCode(codes, r.practitioner_id),
      };
      const sessionsHeld = num(r.sessions_held);
      const mine =
        sessionsHeld > 0 ? [{ familyReference: record.reference, outcome: 'held' as const }] : [];
      records.push(record);
      held.push(...mine);
      const c = countsOf({ families: [record], familySessions: mine });
      const family = {
        ...record,
        laCode: codes.la.get(str(r.la_id)) ?? str(r.la_id),
        statusReason: opt(r.status_reason) as FamilyRecord['statusReason'],
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
  private async practitioners(runner: QueryRunner, programmeId: string, codes: Codes) {
    const rows = async (sql: string) => (await runner.query(sql, [programmeId])) as Row[];
    const trainingEvents = (await rows(q.trainingEventTypes)).map((r) => ({
      id: str(r.id),
      type: str(r.type),
    }));
    const trainingAttendees = (await rows(q.trainingAttendance)).map((r) => ({
      eventId: str(r.event_id),
      staffCode: this.staffCode(codes, r.staff_id),
      minutesAttended: num(r.minutes_attended),
    }));
    const milestones = (await rows(q.milestones)).map((r) => ({
      practitionerCode: this.staffCode(codes, r.practitioner_id),
      type: str(r.type),
      date: str(r.date),
      outcome: str(r.outcome),
    }));
    const attendanceOf = groupBy(trainingAttendees, (a) => a.staffCode);
    const milestonesOf = groupBy(milestones, (m) => m.practitionerCode);
    const records: Array<{ staffCode: string }> = [];
    const list = (await rows(q.practitioners)).map((r): WorkbookPractitioner => {
      const person = codes.staff.get(str(r.staff_id));
      const code = this.staffCode(codes, r.staff_id);
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
        substantiveRole: str(r.substantive_role) as WorkbookPractitioner['substantiveRole'],
        fte: str(r.fte),
        vigHoursPerWeek: str(r.vig_hours_per_week),
        startDate: str(r.start_date),
        supervisorCode: r.supervisor_id === null ? null : this.staffCode(codes, r.supervisor_id),
        status: str(r.status) as WorkbookPractitioner['status'],
        trained: c.trained === 1,
        accredited: c.accredited === 1,
      };
    });
    return {
      list,
      countSource: { practitioners: records, trainingEvents, trainingAttendees, milestones },
    };
  }

  /**
   * The staff-time ledger in DESIGN's source order, a batch of records at a
   * time; which minutes make which lines is the domain's ledgerLinesOf*.
   */
  private async *ledger(
    runner: QueryRunner,
    programmeId: string,
    c: Codes,
  ): AsyncGenerator<LedgerLine> {
    const staff = (id: unknown) => this.staffCode(c, id);
    const family = (id: unknown) => (id === null ? null : (c.family.get(str(id)) ?? str(id)));
    const batches = (sql: string, key: string, first: unknown) =>
      keyset(runner, sql, programmeId, key, first);
    const children = async (sql: string, rows: Row[]) =>
      (await runner.query(sql, [rows.map((r) => str(r.id))])) as Row[];

    for await (const rows of batches(ledgerBatches.familySessions, 'id', 0)) {
      for (const r of rows) {
        const session = {
          familyReference: family(r.family_id) ?? '',
          practitionerCode: staff(r.practitioner_id),
          date: str(r.date),
          type: str(r.type) as 'other',
          cycle: r.cycle === null ? null : num(r.cycle),
          outcome: str(r.outcome) as 'held',
          contactMinutes: num(r.contact_minutes),
          travelMinutes: num(r.travel_minutes),
          prepMinutes: num(r.prep_minutes),
        };
        yield* ledgerLinesOfFamilySession(session, c.index);
      }
    }

    for await (const rows of batches(ledgerBatches.supervisionSessions, 'code', '')) {
      const attendees = groupBy(
        (await children(batchChildren.supervisionAttendees, rows)).map((a) => ({
          sessionId: str(a.session_id),
          practitionerCode: staff(a.practitioner_id),
          familyReference: family(a.family_id),
          cycle: a.cycle === null ? null : num(a.cycle),
        })),
        (a) => a.sessionId,
      );
      for (const r of rows) {
        const session = {
          id: str(r.id),
          date: str(r.date),
          supervisorCode: staff(r.supervisor_id),
          format: str(r.format) as 'group',
          mode: str(r.mode) as 'in_person',
          durationMinutes: num(r.duration_minutes),
          prepMinutes: num(r.prep_minutes),
        };
        yield* ledgerLinesOfSupervision(session, attendees.get(session.id) ?? [], c.index);
      }
    }

    for await (const rows of batches(ledgerBatches.trainingEvents, 'code', '')) {
      const trainers = groupBy(await children(batchChildren.trainingTrainers, rows), (t) =>
        str(t.event_id),
      );
      const attendees = groupBy(
        (await children(batchChildren.trainingAttendees, rows)).map((a) => ({
          eventId: str(a.event_id),
          staffCode: staff(a.staff_id),
          minutesAttended: num(a.minutes_attended),
        })),
        (a) => a.eventId,
      );
      for (const r of rows) {
        const event = {
          id: str(r.id),
          date: str(r.date),
          type: str(r.type) as 'other',
          durationMinutes: num(r.duration_minutes),
          trainerCodes: (trainers.get(str(r.id)) ?? []).map((t) => staff(t.staff_id)),
        };
        yield* ledgerLinesOfTraining(event, attendees.get(event.id) ?? [], c.index);
      }
    }

    for await (const rows of batches(ledgerBatches.timeEntries, 'id', 0)) {
      for (const r of rows) {
        const entry = {
          staffCode: staff(r.staff_id),
          date: str(r.date),
          activity: str(r.activity) as 'other',
          minutes: num(r.minutes),
          laCode: r.la_id === null ? null : (c.la.get(str(r.la_id)) ?? str(r.la_id)),
          familyReference: family(r.family_id),
        };
        yield* ledgerLinesOfTimeEntry(entry, c.index);
      }
    }
  }
}
