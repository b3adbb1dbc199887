import type { CostRole } from '@attune/domain';
import { Inject, Injectable } from '../../platform/nest/nest-parts';
import { DataSource, type EntityManager } from 'typeorm';
import { DATA_VERSION_QUERY, dataVersion } from '../../platform/cache/data-version';
import type { ReadFrom } from '../../platform/database/read-replica';
import { sharedSnapshot } from '../../platform/database/shared-snapshot';
import { notStartedQueries } from './not-started-queries';

/** A row as pg returns it: numerics and bigints as strings, dates cast to text in the SQL. */
type Row = Record<string, unknown>;

/** What the snapshot reads through: a query runner, or a transaction's manager. */
type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown> };

/** Small inputs of the cost engine: the programme, its unit costs, price index, LAs and resources. */
const costContextQueries = {
  programme:
    'SELECT price_year, discount_rate::text, sensitivity_low::text, sensitivity_high::text FROM programmes WHERE id = $1',
  // Ordered by id: the accumulator's unit-cost rows must be in a stable order.
  unitCosts: `SELECT cost_role, hourly_cost_pence, price_year, basis, source, effective_from::text, effective_to::text
    FROM unit_costs WHERE programme_id = $1 ORDER BY id`,
  priceIndex: 'SELECT year, index::text FROM price_indices WHERE programme_id = $1 ORDER BY year',
  localAuthorities: 'SELECT code FROM local_authorities WHERE programme_id = $1 ORDER BY code',
  resources: `SELECT r.category, la.code AS la_code, r.cost_type, r.quantity::text, r.unit_cost_pence, r.price_year,
      r.useful_life_years, r.bearer, r.date::text
    FROM resources r LEFT JOIN local_authorities la ON la.id = r.la_id WHERE r.programme_id = $1 ORDER BY r.id`,
};

/**
 * The ledger's sources, summed by what a minute's cost depends on: the
 * person's cost role and LA, the activity (for time entries also the entry's
 * own LA) and the stretch of dates in which no unit cost starts or ends
 * (`$2`, the dates where some unit cost period starts or the day after one
 * ends: within a stretch every date is priced by the same unit cost, or by
 * none). `date` is the stretch's first date with minutes, which the domain's
 * RateTable prices like any other date in it. Which minutes become which
 * activity, and which LA a line belongs to, stay with the domain's
 * ledgerLinesOf* functions. `last_date` and the `lines` counts (one ledger
 * line per nonzero amount) let a summed line no unit cost covers be reported
 * as the gap it stands for.
 */
const ledgerQueries = {
  familySessions: `SELECT s.cost_role, la.code AS la_code, min(fs.date)::text AS date, max(fs.date)::text AS last_date,
      count(*) FILTER (WHERE fs.contact_minutes > 0) AS contact_lines, count(*) FILTER (WHERE fs.travel_minutes > 0) AS travel_lines,
      count(*) FILTER (WHERE fs.prep_minutes > 0) AS prep_lines, sum(fs.contact_minutes)::bigint AS contact, sum(fs.travel_minutes)::bigint AS travel, sum(fs.prep_minutes)::bigint AS prep
    FROM family_sessions fs JOIN staff s ON s.id = fs.practitioner_id LEFT JOIN local_authorities la ON la.id = s.la_id
    WHERE fs.programme_id = $1 GROUP BY s.cost_role, la.code, width_bucket(fs.date, $2::date[])`,
  supervisors: `SELECT s.cost_role, la.code AS la_code, min(ss.date)::text AS date, max(ss.date)::text AS last_date,
      count(*) FILTER (WHERE ss.duration_minutes + ss.prep_minutes > 0) AS lines,
      sum(ss.duration_minutes)::bigint AS duration, sum(ss.prep_minutes)::bigint AS prep
    FROM supervision_sessions ss JOIN staff s ON s.id = ss.supervisor_id LEFT JOIN local_authorities la ON la.id = s.la_id
    WHERE ss.programme_id = $1 GROUP BY s.cost_role, la.code, width_bucket(ss.date, $2::date[])`,
  supervisionAttendees: `SELECT s.cost_role, la.code AS la_code, min(ss.date)::text AS date, max(ss.date)::text AS last_date,
      count(*) FILTER (WHERE ss.duration_minutes > 0) AS lines, sum(ss.duration_minutes)::bigint AS duration
    FROM supervision_attendees a JOIN supervision_sessions ss ON ss.id = a.session_id
    JOIN staff s ON s.id = a.practitioner_id LEFT JOIN local_authorities la ON la.id = s.la_id
    WHERE a.programme_id = $1 GROUP BY s.cost_role, la.code, width_bucket(ss.date, $2::date[])`,
  timeEntries: `SELECT s.cost_role, sla.code AS staff_la_code, ela.code AS entry_la_code, min(t.date)::text AS date, t.activity,
      max(t.date)::text AS last_date, count(*) FILTER (WHERE t.minutes > 0) AS lines, sum(t.minutes)::bigint AS minutes
    FROM time_entries t JOIN staff s ON s.id = t.staff_id LEFT JOIN local_authorities sla ON sla.id = s.la_id
    LEFT JOIN local_authorities ela ON ela.id = t.la_id
    WHERE t.programme_id = $1 GROUP BY s.cost_role, sla.code, ela.code, t.activity, width_bucket(t.date, $2::date[])`,
  staff: `SELECT s.code, s.cost_role, la.code AS la_code FROM staff s LEFT JOIN local_authorities la ON la.id = s.la_id
    WHERE s.programme_id = $1`,
  trainingEvents: `SELECT e.code, e.date::text AS date, e.type, e.duration_minutes,
      (SELECT array_agg(s.code ORDER BY t.position) FROM training_trainers t JOIN staff s ON s.id = t.staff_id
       WHERE t.event_id = e.id) AS trainer_codes
    FROM training_events e WHERE e.programme_id = $1`,
  trainingAttendees: `SELECT e.code AS event_code, s.code AS staff_code, a.minutes_attended
    FROM training_attendees a JOIN training_events e ON e.id = a.event_id JOIN staff s ON s.id = a.staff_id
    WHERE a.programme_id = $1`,
};

/** What the per-family and per-practitioner denominators are counted from. */
const countQueries = {
  families: `SELECT f.reference, la.code AS la_code, f.trial_arm, s.code AS practitioner_code, f.status, f.status_reason
    FROM families f LEFT JOIN staff s ON s.id = f.practitioner_id JOIN local_authorities la ON la.id = f.la_id
    WHERE f.programme_id = $1`,
  familySessionOutcomes: `SELECT DISTINCT f.reference, fs.outcome
    FROM family_sessions fs JOIN families f ON f.id = fs.family_id WHERE fs.programme_id = $1`,
  practitioners:
    'SELECT s.code FROM practitioners p JOIN staff s ON s.id = p.staff_id WHERE p.programme_id = $1',
  trainingEvents: 'SELECT code, type FROM training_events WHERE programme_id = $1',
  milestones: `SELECT s.code, m.type, m.outcome FROM milestones m JOIN staff s ON s.id = m.practitioner_id
    WHERE m.programme_id = $1`,
};

const num = (v: unknown) => Number(v);
const str = (v: unknown) => v as string;
const opt = (v: unknown) => (v === null ? null : typeof v === 'number' ? String(v) : (v as string));

/**
 * One REPEATABLE READ snapshot of a programme's cost sources, so the ledger,
 * resources and counts agree with each other. The time entries, the largest
 * source, are summed on a second connection that shares the snapshot, so
 * both cores work at once. Rows come back mapped, fields as the domain names
 * them; which minutes make which lines stays with the caller and the domain.
 */
export class CostSnapshot {
  constructor(
    private readonly runner: Queryable,
    private readonly helper: Queryable,
    private readonly programmeId: string,
  ) {}

  private async rows(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.runner.query(sql, [this.programmeId, ...params])) as Row[];
  }

  async programme(): Promise<
    | { priceYear: number; discountRate: string; sensitivityLow: string; sensitivityHigh: string }
    | undefined
  > {
    const [r] = await this.rows(costContextQueries.programme);
    return (
      r && {
        priceYear: num(r.price_year),
        discountRate: str(r.discount_rate),
        sensitivityLow: str(r.sensitivity_low),
        sensitivityHigh: str(r.sensitivity_high),
      }
    );
  }

  async unitCosts() {
    return (await this.rows(costContextQueries.unitCosts)).map((r) => ({
      costRole: str(r.cost_role) as CostRole,
      hourlyCostPence: num(r.hourly_cost_pence),
      priceYear: num(r.price_year),
      basis: str(r.basis) as 'working_hour',
      source: str(r.source),
      effectiveFrom: opt(r.effective_from),
      effectiveTo: opt(r.effective_to),
    }));
  }

  async priceIndex() {
    return (await this.rows(costContextQueries.priceIndex)).map((r) => ({
      year: num(r.year),
      index: str(r.index),
    }));
  }

  /** The programme's data version in this snapshot (delivery_versions; '0' before any write). */
  async dataVersion(): Promise<string> {
    const [r] = await this.rows(DATA_VERSION_QUERY);
    return r ? str(r.version) : '0';
  }

  async localAuthorityCodes(): Promise<string[]> {
    return (await this.rows(costContextQueries.localAuthorities)).map((r) => str(r.code));
  }

  /** Minutes summed by cost role, LA and stretch (`stretches` as rateStretches gives them). */
  async familySessionSums(stretches: string[]) {
    return (await this.rows(ledgerQueries.familySessions, [stretches])).map((r) => ({
      costRole: str(r.cost_role),
      laCode: opt(r.la_code),
      date: str(r.date),
      lastDate: str(r.last_date),
      contactLines: num(r.contact_lines),
      travelLines: num(r.travel_lines),
      prepLines: num(r.prep_lines),
      contact: num(r.contact),
      travel: num(r.travel),
      prep: num(r.prep),
    }));
  }

  async supervisorSums(stretches: string[]) {
    return (await this.rows(ledgerQueries.supervisors, [stretches])).map((r) => ({
      costRole: str(r.cost_role),
      laCode: opt(r.la_code),
      date: str(r.date),
      lastDate: str(r.last_date),
      lines: num(r.lines),
      duration: num(r.duration),
      prep: num(r.prep),
    }));
  }

  async supervisionAttendeeSums(stretches: string[]) {
    return (await this.rows(ledgerQueries.supervisionAttendees, [stretches])).map((r) => ({
      costRole: str(r.cost_role),
      laCode: opt(r.la_code),
      date: str(r.date),
      lastDate: str(r.last_date),
      lines: num(r.lines),
      duration: num(r.duration),
    }));
  }

  /** Started at once on the second connection; await the result when it is needed. */
  timeEntrySums(stretches: string[]) {
    const rows = this.helper.query(ledgerQueries.timeEntries, [
      this.programmeId,
      stretches,
    ]) as Promise<Row[]>;
    const mapped = rows.then((list) =>
      list.map((r) => ({
        costRole: str(r.cost_role),
        staffLaCode: opt(r.staff_la_code),
        entryLaCode: opt(r.entry_la_code),
        date: str(r.date),
        lastDate: str(r.last_date),
        lines: num(r.lines),
        activity: str(r.activity),
        minutes: num(r.minutes),
      })),
    );
    // Awaited by the caller later; marked handled now so a failure meanwhile is not an unhandled rejection.
    mapped.catch(() => undefined);
    return mapped;
  }

  async staff() {
    return (await this.rows(ledgerQueries.staff)).map((r) => ({
      code: str(r.code),
      costRole: str(r.cost_role) as CostRole,
      laCode: opt(r.la_code),
    }));
  }

  async trainingEvents() {
    return (await this.rows(ledgerQueries.trainingEvents)).map((r) => ({
      id: str(r.code),
      date: str(r.date),
      type: str(r.type) as 'other',
      durationMinutes: num(r.duration_minutes),
      trainerCodes: (r.trainer_codes as string[] | null) ?? [],
    }));
  }

  async trainingAttendees() {
    return (await this.rows(ledgerQueries.trainingAttendees)).map((r) => ({
      eventId: str(r.event_code),
      staffCode: str(r.staff_code),
      minutesAttended: num(r.minutes_attended),
    }));
  }

  async resources() {
    return (await this.rows(costContextQueries.resources)).map((r) => ({
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
    }));
  }

  async families() {
    return (await this.rows(countQueries.families)).map((r) => ({
      reference: str(r.reference),
      laCode: str(r.la_code),
      trialArm: str(r.trial_arm) as 'intervention',
      practitionerCode: opt(r.practitioner_code),
      status: str(r.status) as 'active',
      statusReason: opt(r.status_reason) as 'other' | null,
    }));
  }

  /** The minutes of the given families' sessions, supervision and time entries, summed by family and stretch. */
  async notStartedSums(stretches: string[], references: string[]) {
    const params = [stretches, references];
    const [sessions, supervision, entries] = [
      await this.rows(notStartedQueries.familySessions, params),
      await this.rows(notStartedQueries.supervisionAttendees, params),
      await this.rows(notStartedQueries.timeEntries, params),
    ];
    return {
      familySessions: sessions.map((r) => ({
        reference: str(r.reference),
        costRole: str(r.cost_role),
        laCode: opt(r.la_code),
        date: str(r.date),
        contact: num(r.contact),
        travel: num(r.travel),
        prep: num(r.prep),
      })),
      supervisionAttendees: supervision.map((r) => ({
        reference: str(r.reference),
        costRole: str(r.cost_role),
        laCode: opt(r.la_code),
        date: str(r.date),
        duration: num(r.duration),
      })),
      timeEntries: entries.map((r) => ({
        reference: str(r.reference),
        costRole: str(r.cost_role),
        staffLaCode: opt(r.staff_la_code),
        entryLaCode: opt(r.entry_la_code),
        activity: str(r.activity),
        date: str(r.date),
        minutes: num(r.minutes),
      })),
    };
  }

  /** One row per family and outcome: all the count rules look at. */
  async familySessionOutcomes() {
    return (await this.rows(countQueries.familySessionOutcomes)).map((r) => ({
      familyReference: str(r.reference),
      outcome: str(r.outcome) as 'held',
    }));
  }

  async practitioners() {
    return (await this.rows(countQueries.practitioners)).map((r) => ({ staffCode: str(r.code) }));
  }

  async trainingEventTypes() {
    return (await this.rows(countQueries.trainingEvents)).map((r) => ({
      id: str(r.code),
      type: str(r.type),
    }));
  }

  async milestones() {
    return (await this.rows(countQueries.milestones)).map((r) => ({
      practitionerCode: str(r.code),
      type: str(r.type),
      outcome: str(r.outcome),
    }));
  }
}

/** The cost engine's sources: read-model sums over a programme's delivery and reference tables. */
@Injectable()
export class CostSummaryRepository {
  // @Inject(DataSource) is @InjectDataSource() (the default data source's token is the class)
  // without loading @nestjs/typeorm and Nest's core: the CLI's `workbook` builds this by hand.
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Runs `read` inside a transaction the caller holds open, seeing its
   * uncommitted writes (a dry run's), on that one connection.
   */
  async inTransaction<T>(
    manager: EntityManager,
    programmeId: string,
    read: (snapshot: CostSnapshot) => Promise<T>,
  ): Promise<T> {
    return read(new CostSnapshot(manager, manager, programmeId));
  }

  /** The programme's data version now, on `from` (one short read). */
  async dataVersion(programmeId: string, from: ReadFrom): Promise<string> {
    return dataVersion(this.dataSource, programmeId, from);
  }

  /**
   * Runs `read` in one snapshot of the programme, then ends it: on the primary,
   * or for a report on a read replica (platform/database/read-replica.ts).
   */
  async inSnapshot<T>(
    programmeId: string,
    read: (snapshot: CostSnapshot) => Promise<T>,
    from: ReadFrom = 'primary',
  ): Promise<T> {
    // The sums hash a million rows: enough memory that they do not spill to disk.
    return sharedSnapshot(this.dataSource, from, "SET LOCAL work_mem = '64MB'", (runner, helper) =>
      read(new CostSnapshot(runner, helper ?? runner, programmeId)),
    );
  }
}
