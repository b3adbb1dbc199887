import type { ProgrammeRecord } from '@attune/domain';

/**
 * What a snapshot needs of its connection: TypeORM's QueryRunner in the API,
 * a plain pg client in the workbook's thread (workbook-thread.ts). No Nest or
 * TypeORM import here, so that thread loads neither.
 */
export interface SnapshotRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
  readonly isTransactionActive: boolean;
  rollbackTransaction(): Promise<void>;
  release(): Promise<void>;
}

/** Ledger source rows fetched per query: memory stays at a batch whatever the programme's size. */
export const LEDGER_BATCH = 1000;

type Row = Record<string, unknown>;
const str = (v: unknown) => v as string;
const num = (v: unknown) => Number(v);
const opt = (v: unknown) => (v === null || v === undefined ? null : (v as string));
const optNum = (v: unknown) => (v === null ? null : num(v));

/**
 * SQL of the workbook reader (WorkbookSnapshot below). Every query takes the programme id as $1. The
 * ledger's sources are read in keyset batches ($2 the last key seen, $3 the
 * batch size) and carry ids, not codes: the reader maps ids to codes from
 * the small tables it already holds. Families are the exception: a batch joins its rows' family
 * references (a primary-key lookup each, on PostgreSQL's core), since a map of a national
 * programme's 70,000 family ids held through the export was about 8 MB of the writer's heap.
 */
const smallTables = {
  programme: `SELECT name, funder, provider, start_date::text, intake_start::text, intake_end::text,
      delivery_end::text, price_year, discount_rate::text, min_families_per_practitioner,
      min_sessions_per_family, cycles_per_family, rule_set, sensitivity_low::text,
      sensitivity_high::text
    FROM programmes WHERE id = $1`,
  localAuthorities:
    'SELECT id, code, name FROM local_authorities WHERE programme_id = $1 ORDER BY code',
  // Codes and cost roles only: display names and notes are never read.
  staff: 'SELECT id, code, cost_role, la_id FROM staff WHERE programme_id = $1 ORDER BY code',
  practitioners: `SELECT p.staff_id, p.substantive_role, p.fte::text, p.vig_hours_per_week::text, p.start_date::text,
      p.supervisor_id, p.status
    FROM practitioners p JOIN staff s ON s.id = p.staff_id WHERE p.programme_id = $1 ORDER BY s.code`,
  // Flags and coded reasons only: no dates of birth, referral dates or consent.
  families: `SELECT f.id, f.reference, f.la_id, f.trial_arm, f.status, f.status_reason, f.practitioner_id,
      (SELECT count(*)::int FROM family_sessions fs WHERE fs.family_id = f.id AND fs.outcome = 'held') AS sessions_held
    FROM families f WHERE f.programme_id = $1 ORDER BY f.reference`,
  // The same in keyset batches ($2 the last reference, unique in a programme; $3 the batch size).
  familyBatches: `SELECT f.id, f.reference, f.la_id, f.trial_arm, f.status, f.status_reason, f.practitioner_id,
      (SELECT count(*)::int FROM family_sessions fs WHERE fs.family_id = f.id AND fs.outcome = 'held') AS sessions_held
    FROM families f WHERE f.programme_id = $1 AND f.reference > $2 ORDER BY f.reference LIMIT $3`,
  unitCosts: `SELECT cost_role, hourly_cost_pence, price_year, basis, source, effective_from::text, effective_to::text
    FROM unit_costs WHERE programme_id = $1 ORDER BY id`,
  priceIndex: 'SELECT year, index::text FROM price_indices WHERE programme_id = $1 ORDER BY year',
  resources: `SELECT id, description, category, la_id, cost_type, quantity::text, unit_cost_pence, price_year,
      useful_life_years, bearer, date::text
    FROM resources WHERE programme_id = $1 ORDER BY id`,
  // What the per-practitioner flags are counted from (the domain's unitCounts decides).
  trainingEventTypes: 'SELECT id, type FROM training_events WHERE programme_id = $1',
  trainingAttendance: `SELECT event_id, staff_id, minutes_attended FROM training_attendees
    WHERE programme_id = $1 AND minutes_attended > 0`,
  milestones:
    'SELECT practitioner_id, type, date::text, outcome FROM milestones WHERE programme_id = $1',
};

/**
 * How many ledger lines the sources make, for progress only (the writer
 * copes with a wrong total). Mirrors the domain's "no zero-minute lines".
 */
const ledgerLineCount = `SELECT
    (SELECT coalesce(sum((contact_minutes > 0)::int + (travel_minutes > 0)::int + (prep_minutes > 0)::int), 0)
       FROM family_sessions WHERE programme_id = $1)
  + (SELECT count(*) FROM supervision_sessions WHERE programme_id = $1 AND duration_minutes + prep_minutes > 0)
  + (SELECT count(*) FROM supervision_attendees a JOIN supervision_sessions ss ON ss.id = a.session_id
       WHERE a.programme_id = $1 AND ss.duration_minutes > 0)
  + (SELECT count(*) FROM training_trainers t JOIN training_events e ON e.id = t.event_id
       WHERE t.programme_id = $1 AND e.duration_minutes > 0)
  + (SELECT count(*) FROM training_attendees WHERE programme_id = $1 AND minutes_attended > 0)
  + (SELECT count(*) FROM time_entries WHERE programme_id = $1 AND minutes > 0) AS lines`;

const ledgerBatches = {
  familySessions: `SELECT fs.id, f.reference AS family_reference, fs.practitioner_id, fs.date::text, fs.type,
      fs.cycle, fs.outcome, fs.contact_minutes, fs.travel_minutes, fs.prep_minutes
    FROM family_sessions fs LEFT JOIN families f ON f.id = fs.family_id
    WHERE fs.programme_id = $1 AND fs.id > $2 ORDER BY fs.id LIMIT $3`,
  supervisionSessions: `SELECT id, code, date::text, supervisor_id, format, mode, duration_minutes, prep_minutes
    FROM supervision_sessions WHERE programme_id = $1 AND code > $2 ORDER BY code LIMIT $3`,
  trainingEvents: `SELECT id, code, date::text, type, duration_minutes
    FROM training_events WHERE programme_id = $1 AND code > $2 ORDER BY code LIMIT $3`,
  timeEntries: `SELECT te.id, te.staff_id, te.date::text, te.activity, te.minutes, te.la_id,
      f.reference AS family_reference
    FROM time_entries te LEFT JOIN families f ON f.id = te.family_id
    WHERE te.programme_id = $1 AND te.id > $2 ORDER BY te.id LIMIT $3`,
};

/** The rows that belong to one batch of sessions or events ($1 their ids). */
const batchChildren = {
  supervisionAttendees: `SELECT a.session_id, a.practitioner_id, f.reference AS family_reference, a.cycle
    FROM supervision_attendees a LEFT JOIN families f ON f.id = a.family_id
    WHERE a.session_id = ANY($1::uuid[]) ORDER BY a.id`,
  trainingTrainers: `SELECT event_id, staff_id FROM training_trainers
    WHERE event_id = ANY($1::uuid[]) ORDER BY event_id, position`,
  trainingAttendees: `SELECT event_id, staff_id, minutes_attended
    FROM training_attendees WHERE event_id = ANY($1::uuid[]) ORDER BY id`,
};

function familyOf(r: Row) {
  return {
    id: str(r.id),
    reference: str(r.reference),
    laId: str(r.la_id),
    trialArm: str(r.trial_arm),
    status: str(r.status),
    statusReason: opt(r.status_reason),
    practitionerId: opt(r.practitioner_id),
    sessionsHeld: num(r.sessions_held),
  };
}

/**
 * One programme's workbook sources, read in one REPEATABLE READ snapshot
 * that `close()` ends. Rows carry ids, not codes (the reader maps them from
 * the small tables); the ledger's sources come in keyset batches.
 */
export class WorkbookSnapshot {
  private closed = false;

  constructor(
    private readonly runner: SnapshotRunner,
    private readonly programmeId: string,
  ) {}

  private async rows(sql: string): Promise<Row[]> {
    return (await this.runner.query(sql, [this.programmeId])) as Row[];
  }

  /**
   * Batches of `sql` (`... AND key > $2 ORDER BY key LIMIT $3`). The next batch is asked for
   * before this one is handed on, so PostgreSQL reads it while the caller works on this one
   * (two cores busy, not one after the other); at most two batches are held.
   */
  private async *keyset(sql: string, key: string, first: unknown): AsyncGenerator<Row[]> {
    const batch = (after: unknown): Promise<Row[]> => {
      const rows = this.runner.query(sql, [this.programmeId, after, LEDGER_BATCH]) as Promise<
        Row[]
      >;
      rows.catch(() => undefined); // awaited below; a caller that stops early must not leave it unhandled
      return rows;
    };
    let next: Promise<Row[]> | null = batch(first);
    while (next) {
      const rows: Row[] = await next;
      next = rows.length < LEDGER_BATCH ? null : batch(rows[rows.length - 1]![key]);
      if (rows.length > 0) yield rows;
    }
  }

  /** The rows of `sql` that belong to a batch (`$1` the batch's ids). */
  private async children(sql: string, ids: string[]): Promise<Row[]> {
    return (await this.runner.query(sql, [ids])) as Row[];
  }

  /**
   * The id of this transaction's snapshot (pg_export_snapshot), for another
   * connection to read the very same data with SET TRANSACTION SNAPSHOT while
   * this transaction stays open.
   */
  async exportSnapshot(): Promise<string> {
    const [r] = (await this.runner.query('SELECT pg_export_snapshot() AS id')) as [{ id: string }];
    return r.id;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.runner.isTransactionActive)
      await this.runner.rollbackTransaction().catch(() => undefined);
    await this.runner.release();
  }

  async programme(): Promise<ProgrammeRecord | undefined> {
    const [r] = await this.rows(smallTables.programme);
    if (!r) return undefined;
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
      ruleSet: str(r.rule_set),
      sensitivityLow: str(r.sensitivity_low),
      sensitivityHigh: str(r.sensitivity_high),
    };
  }

  async localAuthorities() {
    return (await this.rows(smallTables.localAuthorities)).map((r) => ({
      id: str(r.id),
      code: str(r.code),
      name: str(r.name),
    }));
  }

  async staff() {
    return (await this.rows(smallTables.staff)).map((r) => ({
      id: str(r.id),
      code: str(r.code),
      costRole: str(r.cost_role),
      laId: opt(r.la_id),
    }));
  }

  async practitioners() {
    return (await this.rows(smallTables.practitioners)).map((r) => ({
      staffId: str(r.staff_id),
      substantiveRole: str(r.substantive_role),
      fte: str(r.fte),
      vigHoursPerWeek: str(r.vig_hours_per_week),
      startDate: str(r.start_date),
      supervisorId: opt(r.supervisor_id),
      status: str(r.status),
    }));
  }

  async families() {
    return (await this.rows(smallTables.families)).map(familyOf);
  }

  /** families() a batch at a time: a national programme's 70,000 rows are never all in hand. */
  async *familyBatches() {
    for await (const rows of this.keyset(smallTables.familyBatches, 'reference', '')) {
      yield rows.map(familyOf);
    }
  }

  async unitCosts() {
    return (await this.rows(smallTables.unitCosts)).map((r) => ({
      costRole: str(r.cost_role) as 'other',
      hourlyCostPence: num(r.hourly_cost_pence),
      priceYear: num(r.price_year),
      basis: str(r.basis) as 'working_hour',
      source: str(r.source),
      effectiveFrom: opt(r.effective_from),
      effectiveTo: opt(r.effective_to),
    }));
  }

  async priceIndex() {
    return (await this.rows(smallTables.priceIndex)).map((r) => ({
      year: num(r.year),
      index: str(r.index),
    }));
  }

  async resources() {
    return (await this.rows(smallTables.resources)).map((r) => ({
      id: String(r.id),
      description: str(r.description),
      category: str(r.category) as 'other',
      laId: opt(r.la_id),
      costType: str(r.cost_type) as 'setup',
      quantity: str(r.quantity),
      unitCostPence: num(r.unit_cost_pence),
      priceYear: num(r.price_year),
      usefulLifeYears: num(r.useful_life_years),
      bearer: str(r.bearer) as 'la',
      date: str(r.date),
    }));
  }

  async trainingEventTypes() {
    return (await this.rows(smallTables.trainingEventTypes)).map((r) => ({
      id: str(r.id),
      type: str(r.type),
    }));
  }

  async trainingAttendance() {
    return (await this.rows(smallTables.trainingAttendance)).map((r) => ({
      eventId: str(r.event_id),
      staffId: str(r.staff_id),
      minutesAttended: num(r.minutes_attended),
    }));
  }

  async milestones() {
    return (await this.rows(smallTables.milestones)).map((r) => ({
      practitionerId: str(r.practitioner_id),
      type: str(r.type),
      date: str(r.date),
      outcome: str(r.outcome),
    }));
  }

  async ledgerLineCount(): Promise<number> {
    const [{ lines }] = (await this.rows(ledgerLineCount)) as [{ lines: string }];
    return Number(lines);
  }

  async *familySessionBatches() {
    for await (const rows of this.keyset(ledgerBatches.familySessions, 'id', 0)) {
      yield rows.map((r) => ({
        id: String(r.id),
        familyReference: opt(r.family_reference),
        practitionerId: str(r.practitioner_id),
        date: str(r.date),
        type: str(r.type) as 'other',
        cycle: optNum(r.cycle),
        outcome: str(r.outcome) as 'held',
        contactMinutes: num(r.contact_minutes),
        travelMinutes: num(r.travel_minutes),
        prepMinutes: num(r.prep_minutes),
      }));
    }
  }

  async *supervisionSessionBatches() {
    for await (const rows of this.keyset(ledgerBatches.supervisionSessions, 'code', '')) {
      yield rows.map((r) => ({
        id: str(r.id),
        date: str(r.date),
        supervisorId: str(r.supervisor_id),
        format: str(r.format) as 'group',
        mode: str(r.mode) as 'in_person',
        durationMinutes: num(r.duration_minutes),
        prepMinutes: num(r.prep_minutes),
      }));
    }
  }

  async supervisionAttendeesOf(sessionIds: string[]) {
    return (await this.children(batchChildren.supervisionAttendees, sessionIds)).map((a) => ({
      sessionId: str(a.session_id),
      practitionerId: str(a.practitioner_id),
      familyReference: opt(a.family_reference),
      cycle: optNum(a.cycle),
    }));
  }

  async *trainingEventBatches() {
    for await (const rows of this.keyset(ledgerBatches.trainingEvents, 'code', '')) {
      yield rows.map((r) => ({
        id: str(r.id),
        date: str(r.date),
        type: str(r.type) as 'other',
        durationMinutes: num(r.duration_minutes),
      }));
    }
  }

  /** In each event's trainer order. */
  async trainingTrainersOf(eventIds: string[]) {
    return (await this.children(batchChildren.trainingTrainers, eventIds)).map((t) => ({
      eventId: str(t.event_id),
      staffId: str(t.staff_id),
    }));
  }

  async trainingAttendeesOf(eventIds: string[]) {
    return (await this.children(batchChildren.trainingAttendees, eventIds)).map((a) => ({
      eventId: str(a.event_id),
      staffId: str(a.staff_id),
      minutesAttended: num(a.minutes_attended),
    }));
  }

  async *timeEntryBatches() {
    for await (const rows of this.keyset(ledgerBatches.timeEntries, 'id', 0)) {
      yield rows.map((r) => ({
        id: String(r.id),
        staffId: str(r.staff_id),
        date: str(r.date),
        activity: str(r.activity) as 'other',
        minutes: num(r.minutes),
        laId: opt(r.la_id),
        familyReference: opt(r.family_reference),
      }));
    }
  }
}
