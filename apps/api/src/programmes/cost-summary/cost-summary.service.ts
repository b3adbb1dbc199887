import {
  CostAccumulator,
  ledgerLinesOfFamilySession,
  ledgerLinesOfSupervision,
  ledgerLinesOfTimeEntry,
  ledgerLinesOfTraining,
  unitCounts,
  type CostRole,
  type CostSummary,
  type LedgerLine,
  type StaffIndex,
  type StaffRecord,
} from '@attune/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import { costContextQueries, countQueries, ledgerQueries, type Row } from './cost-summary.queries';

/**
 * A stand-in staff record for everyone of one cost role in one LA. The cost
 * of a minute depends only on the role, the LA, the date and the activity,
 * so the database sums minutes by those first and the domain's ledger rules
 * turn each sum into lines: a national programme's millions of lines arrive
 * as tens of thousands of rows, and the rules stay in packages/domain.
 */
class CostGroups {
  readonly index: StaffIndex = new Map();

  code(costRole: string, laCode: string | null): string {
    const code = `${costRole}@${laCode ?? ''}`;
    if (!this.index.has(code)) {
      this.index.set(code, { code, displayName: '', costRole: costRole as CostRole, laCode });
    }
    return code;
  }
}

/** No one: the supervisor of the attendee-side sums, whose own line is counted elsewhere. */
const NOBODY: StaffRecord = {
  code: '\u0000nobody',
  displayName: '',
  costRole: 'other',
  laCode: null,
};

/** The day after an ISO date. */
function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The dates on which the unit cost covering a date can change: every
 * effective_from, and the day after every effective_to (periods are
 * inclusive). Between two of them each cost role is priced by one unit cost
 * (or none, which the RateTable then reports), so the database may sum
 * minutes over such a stretch of dates.
 */
export function rateStretches(
  unitCosts: ReadonlyArray<{ effectiveFrom: string | null; effectiveTo: string | null }>,
): string[] {
  const dates = new Set<string>();
  for (const uc of unitCosts) {
    if (uc.effectiveFrom) dates.add(uc.effectiveFrom);
    if (uc.effectiveTo) dates.add(nextDay(uc.effectiveTo));
  }
  // width_bucket needs at least one threshold; one before any date splits nothing.
  return dates.size > 0 ? [...dates].sort() : ['0001-01-01'];
}

const num = (v: unknown) => Number(v);
const str = (v: unknown) => v as string;
const opt = (v: unknown) => (v === null ? null : typeof v === 'number' ? String(v) : (v as string));

@Injectable()
export class CostSummaryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** DESIGN.md's cost summary of a programme, computed by the domain's CostAccumulator. */
  async summary(programmeId: string): Promise<CostSummary> {
    const runner = this.dataSource.createQueryRunner();
    const helper = this.dataSource.createQueryRunner();
    await runner.connect();
    // One snapshot: the ledger, resources and counts agree with each other.
    await runner.startTransaction('REPEATABLE READ');
    try {
      // The sums hash a million rows: enough memory that they do not spill to disk.
      await runner.query("SET LOCAL work_mem = '64MB'");
      const accumulator = await this.accumulator(runner, programmeId);
      // The largest source is summed on a second connection sharing the snapshot, so both cores work.
      const [{ snapshot }] = (await runner.query('SELECT pg_export_snapshot() AS snapshot')) as [
        { snapshot: string },
      ];
      await helper.connect();
      await helper.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await helper.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, "''")}'`);
      await helper.query("SET LOCAL work_mem = '64MB'");
      await this.addLedger(runner, helper, programmeId, accumulator);
      await this.addResources(runner, programmeId, accumulator);
      await this.addCounts(runner, programmeId, accumulator);
      return accumulator.summary();
    } finally {
      if (helper.connection && !helper.isReleased) {
        await helper.query('ROLLBACK').catch(() => undefined);
        await helper.release();
      }
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  private async accumulator(runner: QueryRunner, programmeId: string): Promise<CostAccumulator> {
    const q = costContextQueries;
    const [programme] = (await runner.query(q.programme, [programmeId])) as Row[];
    if (!programme) throw new NotFoundException(`There is no programme ${programmeId}.`);
    const unitCosts = ((await runner.query(q.unitCosts, [programmeId])) as Row[]).map((r) => ({
      costRole: str(r.cost_role) as CostRole,
      hourlyCostPence: num(r.hourly_cost_pence),
      priceYear: num(r.price_year),
      basis: str(r.basis) as 'working_hour',
      source: str(r.source),
      effectiveFrom: opt(r.effective_from),
      effectiveTo: opt(r.effective_to),
    }));
    const priceIndex = ((await runner.query(q.priceIndex, [programmeId])) as Row[]).map((r) => ({
      year: num(r.year),
      index: str(r.index),
    }));
    const las = (await runner.query(q.localAuthorities, [programmeId])) as Row[];
    return new CostAccumulator({
      programme: {
        priceYear: num(programme.price_year),
        discountRate: str(programme.discount_rate),
      },
      unitCosts,
      priceIndex,
      localAuthorityCodes: las.map((r) => str(r.code)),
    });
  }

  private async addLedger(
    runner: QueryRunner,
    helper: QueryRunner,
    programmeId: string,
    acc: CostAccumulator,
  ): Promise<void> {
    const groups = new CostGroups();
    const add = (lines: readonly LedgerLine[]) => {
      for (const line of lines) if (line.staffCode !== NOBODY.code) acc.addLine(line);
    };
    const stretches = rateStretches(acc.rates.unitCosts);
    const rows = async (sql: string) =>
      (await runner.query(sql, [programmeId, stretches])) as Row[];
    const timeEntries = helper.query(ledgerQueries.timeEntries, [
      programmeId,
      stretches,
    ]) as Promise<Row[]>;
    // Awaited below; marked handled now so a failure meanwhile is not an unhandled rejection.
    timeEntries.catch(() => undefined);

    for (const r of await rows(ledgerQueries.familySessions)) {
      const session = {
        familyReference: '',
        practitionerCode: groups.code(str(r.cost_role), opt(r.la_code)),
        date: str(r.date),
        type: 'other' as const,
        cycle: null,
        outcome: 'held' as const,
        contactMinutes: num(r.contact),
        travelMinutes: num(r.travel),
        prepMinutes: num(r.prep),
      };
      add(ledgerLinesOfFamilySession(session, groups.index));
    }

    groups.index.set(NOBODY.code, NOBODY);
    for (const r of await rows(ledgerQueries.supervisors)) {
      const session = this.supervision(
        str(r.date),
        groups.code(str(r.cost_role), opt(r.la_code)),
        num(r.duration),
        num(r.prep),
      );
      add(ledgerLinesOfSupervision(session, [], groups.index));
    }
    for (const r of await rows(ledgerQueries.supervisionAttendees)) {
      const session = this.supervision(str(r.date), NOBODY.code, num(r.duration), 0);
      const attendee = {
        sessionId: session.id,
        practitionerCode: groups.code(str(r.cost_role), opt(r.la_code)),
        familyReference: null,
        cycle: null,
      };
      add(ledgerLinesOfSupervision(session, [attendee], groups.index));
    }

    await this.addTraining(runner, programmeId, acc);

    for (const r of await timeEntries) {
      const entry = {
        staffCode: groups.code(str(r.cost_role), opt(r.staff_la_code)),
        date: str(r.date),
        activity: str(r.activity) as 'other',
        minutes: num(r.minutes),
        laCode: opt(r.entry_la_code),
        familyReference: null,
      };
      add(ledgerLinesOfTimeEntry(entry, groups.index));
    }
  }

  private supervision(
    date: string,
    supervisorCode: string,
    durationMinutes: number,
    prepMinutes: number,
  ) {
    return {
      id: 'sum',
      date,
      supervisorCode,
      format: 'group' as const,
      mode: 'in_person' as const,
      durationMinutes,
      prepMinutes,
    };
  }

  /** Training is small (events x attendees): its lines come record by record, with the real staff. */
  private async addTraining(
    runner: QueryRunner,
    programmeId: string,
    acc: CostAccumulator,
  ): Promise<void> {
    const staff: StaffIndex = new Map();
    for (const r of (await runner.query(ledgerQueries.staff, [programmeId])) as Row[]) {
      staff.set(str(r.code), {
        code: str(r.code),
        displayName: '',
        costRole: str(r.cost_role) as CostRole,
        laCode: opt(r.la_code),
      });
    }
    const attendees = new Map<
      string,
      Array<{ eventId: string; staffCode: string; minutesAttended: number }>
    >();
    for (const r of (await runner.query(ledgerQueries.trainingAttendees, [programmeId])) as Row[]) {
      const list = attendees.get(str(r.event_code)) ?? [];
      list.push({
        eventId: str(r.event_code),
        staffCode: str(r.staff_code),
        minutesAttended: num(r.minutes_attended),
      });
      attendees.set(str(r.event_code), list);
    }
    for (const r of (await runner.query(ledgerQueries.trainingEvents, [programmeId])) as Row[]) {
      const event = {
        id: str(r.code),
        date: str(r.date),
        type: str(r.type) as 'other',
        durationMinutes: num(r.duration_minutes),
        trainerCodes: (r.trainer_codes as string[] | null) ?? [],
      };
      for (const line of ledgerLinesOfTraining(event, attendees.get(event.id) ?? [], staff))
        acc.addLine(line);
    }
  }

  private async addResources(
    runner: QueryRunner,
    programmeId: string,
    acc: CostAccumulator,
  ): Promise<void> {
    for (const r of (await runner.query(costContextQueries.resources, [programmeId])) as Row[]) {
      acc.addResource({
        description: '',
        category: str(r.category) as 'other',
        laCode: opt(r.la_code),
        costType: str(r.cost_type) as 'setup',
        quantity: str(r.quantity),
        unitCostPence: num(r.unit_cost_pence),
        priceYear: num(r.price_year),
        usefulLifeYears: num(r.useful_life_years),
        bearer: str(r.bearer) as 'la',
        date: str(r.date),
      });
    }
  }

  /**
   * The denominators, by the domain's unitCounts. Sessions come as one row
   * per family and outcome: all the rule looks at.
   */
  private async addCounts(
    runner: QueryRunner,
    programmeId: string,
    acc: CostAccumulator,
  ): Promise<void> {
    const rows = async (sql: string) => (await runner.query(sql, [programmeId])) as Row[];
    const q = countQueries;
    const families = (await rows(q.families)).map((r) => ({
      reference: str(r.reference),
      trialArm: str(r.trial_arm),
      practitionerCode: opt(r.practitioner_code),
      status: str(r.status),
    }));
    const familySessions = (await rows(q.familySessionOutcomes)).map((r) => ({
      familyReference: str(r.reference),
      outcome: str(r.outcome),
    }));
    const practitioners = (await rows(q.practitioners)).map((r) => ({ staffCode: str(r.code) }));
    const trainingEvents = (await rows(q.trainingEvents)).map((r) => ({
      id: str(r.code),
      type: str(r.type),
    }));
    const trainingAttendees = (await rows(ledgerQueries.trainingAttendees)).map((r) => ({
      eventId: str(r.event_code),
      staffCode: str(r.staff_code),
      minutesAttended: num(r.minutes_attended),
    }));
    const milestones = (await rows(q.milestones)).map((r) => ({
      practitionerCode: str(r.code),
      type: str(r.type),
      outcome: str(r.outcome),
    }));
    // Only the fields unitCounts reads are fetched; the rest of each record is not needed.
    acc.setCounts(
      unitCounts({
        families,
        familySessions,
        practitioners,
        trainingEvents,
        trainingAttendees,
        milestones,
      } as unknown as Parameters<typeof unitCounts>[0]),
    );
  }
}
