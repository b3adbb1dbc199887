import type { PackageFile, PackageRecords } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';

/** Rows fetched per query: large files are read in keyset batches, never whole. */
const BATCH = 5000;

type Row = Record<string, unknown>;
export type Records<F extends PackageFile> = AsyncGenerator<Array<PackageRecords[F]>>;

const n = (v: unknown) => (v === null ? null : Number(v));
const s = (v: unknown) => v as string;
const sn = (v: unknown) => (v === null ? null : typeof v === 'number' ? String(v) : (v as string));

/** Batches of `sql` (which must end `AND <key> > $2 ORDER BY <key> LIMIT $3`), keyed on `key`. */
async function* keyset(
  runner: QueryRunner,
  sql: string,
  programmeId: string,
  key: string,
  first: unknown,
): AsyncGenerator<Row[]> {
  let after = first;
  for (;;) {
    const rows = (await runner.query(sql, [programmeId, after, BATCH])) as Row[];
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]![key];
  }
}

async function* once(runner: QueryRunner, sql: string, programmeId: string): AsyncGenerator<Row[]> {
  yield (await runner.query(sql, [programmeId])) as Row[];
}

async function* mapped<F extends PackageFile>(
  rows: AsyncGenerator<Row[]>,
  map: (row: Row) => PackageRecords[F],
): Records<F> {
  for await (const batch of rows) yield batch.map(map);
}

/**
 * The records of one file of a programme, in a stable order, read with the
 * export's query runner (one REPEATABLE READ snapshot). `pseudonymise`
 * replaces staff display names by their codes.
 */
function exportRecords<F extends PackageFile>(
  runner: QueryRunner,
  programmeId: string,
  file: F,
  pseudonymise: boolean,
): Records<F> {
  const q = (sql: string) => once(runner, sql, programmeId);
  const k = (sql: string, key: string, first: unknown = '') =>
    keyset(runner, sql, programmeId, key, first);
  const records = (rows: AsyncGenerator<Row[]>, map: (row: Row) => PackageRecords[PackageFile]) =>
    mapped(rows, map) as unknown as Records<F>;
  switch (file) {
    case 'programme.csv':
      return records(
        q(`SELECT name, funder, provider, start_date::text, intake_start::text, intake_end::text, delivery_end::text,
             price_year, discount_rate::text, min_families_per_practitioner, min_sessions_per_family, cycles_per_family, rule_set,
             report_due::text, target_practitioner_count, sensitivity_low::text, sensitivity_high::text
           FROM programmes WHERE id = $1`),
        (r) => ({
          name: s(r.name),
          funder: s(r.funder),
          provider: s(r.provider),
          startDate: s(r.start_date),
          intakeStart: s(r.intake_start),
          intakeEnd: s(r.intake_end),
          deliveryEnd: s(r.delivery_end),
          priceYear: Number(r.price_year),
          discountRate: s(r.discount_rate),
          minFamiliesPerPractitioner: Number(r.min_families_per_practitioner),
          minSessionsPerFamily: Number(r.min_sessions_per_family),
          cyclesPerFamily: Number(r.cycles_per_family),
          ruleSet: s(r.rule_set) as PackageRecords['programme.csv']['ruleSet'],
          reportDue: r.report_due == null ? null : s(r.report_due),
          targetPractitionerCount:
            r.target_practitioner_count == null ? null : Number(r.target_practitioner_count),
          sensitivityLow: s(r.sensitivity_low),
          sensitivityHigh: s(r.sensitivity_high),
        }),
      );
    case 'local_authorities.csv':
      return records(
        q('SELECT code, name FROM local_authorities WHERE programme_id = $1 ORDER BY code'),
        (r) => ({
          code: s(r.code),
          name: s(r.name),
        }),
      );
    case 'staff.csv':
      return records(
        q(`SELECT s.code, s.display_name, s.cost_role, la.code AS la_code FROM staff s
           LEFT JOIN local_authorities la ON la.id = s.la_id WHERE s.programme_id = $1 ORDER BY s.code`),
        (r) => ({
          code: s(r.code),
          displayName: pseudonymise ? s(r.code) : s(r.display_name),
          costRole: s(r.cost_role) as PackageRecords['staff.csv']['costRole'],
          laCode: sn(r.la_code),
        }),
      );
    case 'practitioners.csv':
      return records(
        q(`SELECT s.code, p.substantive_role, p.fte::text, p.vig_hours_per_week::text, p.start_date::text,
             sup.code AS supervisor_code, p.status, p.status_date::text, p.status_reason
           FROM practitioners p JOIN staff s ON s.id = p.staff_id LEFT JOIN staff sup ON sup.id = p.supervisor_id
           WHERE p.programme_id = $1 ORDER BY s.code`),
        (r) =>
          ({
            staffCode: s(r.code),
            substantiveRole: s(r.substantive_role),
            fte: s(r.fte),
            vigHoursPerWeek: s(r.vig_hours_per_week),
            startDate: s(r.start_date),
            supervisorCode: sn(r.supervisor_code),
            status: s(r.status),
            statusDate: sn(r.status_date),
            statusReason: sn(r.status_reason),
          }) as PackageRecords['practitioners.csv'],
      );
    case 'families.csv':
      return records(
        k(
          `SELECT f.reference, la.code AS la_code, f.referral_date::text, f.child_birth_month, f.plan_at_referral,
             f.court_proceedings, f.trial_arm, f.randomisation_date::text, s.code AS practitioner_code, f.status,
             f.status_date::text, f.status_reason, f.outcome6m
           FROM families f JOIN local_authorities la ON la.id = f.la_id LEFT JOIN staff s ON s.id = f.practitioner_id
           WHERE f.programme_id = $1 AND f.reference > $2 ORDER BY f.reference LIMIT $3`,
          'reference',
        ),
        (r) =>
          ({
            reference: s(r.reference),
            laCode: s(r.la_code),
            referralDate: s(r.referral_date),
            childBirthMonth: s(r.child_birth_month),
            planAtReferral: s(r.plan_at_referral),
            courtProceedings: r.court_proceedings === true,
            trialArm: s(r.trial_arm),
            randomisationDate: sn(r.randomisation_date),
            practitionerCode: sn(r.practitioner_code),
            status: s(r.status),
            statusDate: sn(r.status_date),
            statusReason: sn(r.status_reason),
            outcome6m: sn(r.outcome6m),
          }) as PackageRecords['families.csv'],
      );
    case 'family_sessions.csv':
      return records(
        k(
          `SELECT fs.id, f.reference, s.code, fs.date::text, fs.type, fs.cycle, fs.outcome,
             fs.contact_minutes, fs.travel_minutes, fs.prep_minutes
           FROM family_sessions fs JOIN families f ON f.id = fs.family_id JOIN staff s ON s.id = fs.practitioner_id
           WHERE fs.programme_id = $1 AND fs.id > $2 ORDER BY fs.id LIMIT $3`,
          'id',
          0,
        ),
        (r) =>
          ({
            familyReference: s(r.reference),
            practitionerCode: s(r.code),
            date: s(r.date),
            type: s(r.type),
            cycle: n(r.cycle),
            outcome: s(r.outcome),
            contactMinutes: Number(r.contact_minutes),
            travelMinutes: Number(r.travel_minutes),
            prepMinutes: Number(r.prep_minutes),
          }) as PackageRecords['family_sessions.csv'],
      );
    case 'supervision_sessions.csv':
      return records(
        k(
          `SELECT ss.code, ss.date::text, s.code AS supervisor_code, ss.format, ss.mode, ss.duration_minutes, ss.prep_minutes
           FROM supervision_sessions ss JOIN staff s ON s.id = ss.supervisor_id
           WHERE ss.programme_id = $1 AND ss.code > $2 ORDER BY ss.code LIMIT $3`,
          'code',
        ),
        (r) =>
          ({
            id: s(r.code),
            date: s(r.date),
            supervisorCode: s(r.supervisor_code),
            format: s(r.format),
            mode: s(r.mode),
            durationMinutes: Number(r.duration_minutes),
            prepMinutes: Number(r.prep_minutes),
          }) as PackageRecords['supervision_sessions.csv'],
      );
    case 'supervision_attendees.csv':
      return records(
        k(
          `SELECT a.id, ss.code AS session_code, s.code, f.reference, a.cycle
           FROM supervision_attendees a JOIN supervision_sessions ss ON ss.id = a.session_id
           JOIN staff s ON s.id = a.practitioner_id LEFT JOIN families f ON f.id = a.family_id
           WHERE a.programme_id = $1 AND a.id > $2 ORDER BY a.id LIMIT $3`,
          'id',
          0,
        ),
        (r) => ({
          sessionId: s(r.session_code),
          practitionerCode: s(r.code),
          familyReference: sn(r.reference),
          cycle: n(r.cycle),
        }),
      );
    case 'training_events.csv':
      return records(
        q(`SELECT e.code, e.date::text, e.type, e.duration_minutes,
             coalesce((SELECT string_agg(s.code, ';' ORDER BY t.position) FROM training_trainers t
                       JOIN staff s ON s.id = t.staff_id WHERE t.event_id = e.id), '') AS trainer_codes
           FROM training_events e WHERE e.programme_id = $1 ORDER BY e.code`),
        (r) =>
          ({
            id: s(r.code),
            date: s(r.date),
            type: s(r.type),
            durationMinutes: Number(r.duration_minutes),
            trainerCodes: s(r.trainer_codes) === '' ? [] : s(r.trainer_codes).split(';'),
          }) as PackageRecords['training_events.csv'],
      );
    case 'training_attendees.csv':
      return records(
        k(
          `SELECT a.id, e.code AS event_code, s.code, a.minutes_attended
           FROM training_attendees a JOIN training_events e ON e.id = a.event_id JOIN staff s ON s.id = a.staff_id
           WHERE a.programme_id = $1 AND a.id > $2 ORDER BY a.id LIMIT $3`,
          'id',
          0,
        ),
        (r) => ({
          eventId: s(r.event_code),
          staffCode: s(r.code),
          minutesAttended: Number(r.minutes_attended),
        }),
      );
    case 'milestones.csv':
      return records(
        k(
          `SELECT m.id, s.code, m.type, m.date::text, a.code AS assessor_code, m.outcome
           FROM milestones m JOIN staff s ON s.id = m.practitioner_id LEFT JOIN staff a ON a.id = m.assessor_id
           WHERE m.programme_id = $1 AND m.id > $2 ORDER BY m.id LIMIT $3`,
          'id',
          0,
        ),
        (r) =>
          ({
            practitionerCode: s(r.code),
            type: s(r.type),
            date: s(r.date),
            assessorCode: sn(r.assessor_code),
            outcome: s(r.outcome),
          }) as PackageRecords['milestones.csv'],
      );
    case 'time_entries.csv':
      return records(
        k(
          `SELECT t.id, s.code, t.date::text, t.activity, t.minutes, la.code AS la_code, f.reference
           FROM time_entries t JOIN staff s ON s.id = t.staff_id LEFT JOIN local_authorities la ON la.id = t.la_id
           LEFT JOIN families f ON f.id = t.family_id
           WHERE t.programme_id = $1 AND t.id > $2 ORDER BY t.id LIMIT $3`,
          'id',
          0,
        ),
        (r) =>
          ({
            staffCode: s(r.code),
            date: s(r.date),
            activity: s(r.activity),
            minutes: Number(r.minutes),
            laCode: sn(r.la_code),
            familyReference: sn(r.reference),
          }) as PackageRecords['time_entries.csv'],
      );
    case 'unit_costs.csv':
      return records(
        q(`SELECT cost_role, hourly_cost_pence, price_year, basis, source, effective_from::text, effective_to::text
           FROM unit_costs WHERE programme_id = $1 ORDER BY id`),
        (r) =>
          ({
            costRole: s(r.cost_role),
            hourlyCostPence: Number(r.hourly_cost_pence),
            priceYear: Number(r.price_year),
            basis: s(r.basis),
            source: s(r.source),
            effectiveFrom: sn(r.effective_from),
            effectiveTo: sn(r.effective_to),
          }) as PackageRecords['unit_costs.csv'],
      );
    case 'price_index.csv':
      return records(
        q('SELECT year, index::text FROM price_indices WHERE programme_id = $1 ORDER BY year'),
        (r) => ({
          year: Number(r.year),
          index: s(r.index),
        }),
      );
    case 'resources.csv':
      return records(
        q(`SELECT r.description, r.category, la.code AS la_code, r.cost_type, r.quantity::text, r.unit_cost_pence,
             r.price_year, r.useful_life_years, r.bearer, r.date::text
           FROM resources r LEFT JOIN local_authorities la ON la.id = r.la_id WHERE r.programme_id = $1 ORDER BY r.id`),
        (r) =>
          ({
            description: s(r.description),
            category: s(r.category),
            laCode: sn(r.la_code),
            costType: s(r.cost_type),
            quantity: s(r.quantity),
            unitCostPence: Number(r.unit_cost_pence),
            priceYear: Number(r.price_year),
            usefulLifeYears: Number(r.useful_life_years),
            bearer: s(r.bearer),
            date: s(r.date),
          }) as PackageRecords['resources.csv'],
      );
  }
  throw new Error(`no export query for ${file}`);
}

/** One REPEATABLE READ snapshot on one connection: every file of an export agrees with the others. */
export class ExportSnapshot {
  private released = false;

  constructor(private readonly runner: QueryRunner) {}

  /** The records of one file, in batches (read one file at a time: they share the connection). */
  records<F extends PackageFile>(programmeId: string, file: F, pseudonymise: boolean): Records<F> {
    return exportRecords(this.runner, programmeId, file, pseudonymise);
  }

  /** Ends the snapshot and gives the connection back; safe to call more than once. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    if (this.runner.isTransactionActive)
      await this.runner.rollbackTransaction().catch(() => undefined);
    await this.runner.release();
  }
}

/** Reads a programme as its data package: every table of it, joined to codes. */
@Injectable()
export class PackageExportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exists(programmeId: string): Promise<boolean> {
    const found = await this.dataSource.query<unknown[]>(
      'SELECT name FROM programmes WHERE id = $1',
      [programmeId],
    );
    return found.length > 0;
  }

  async snapshot(): Promise<ExportSnapshot> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const snapshot = new ExportSnapshot(runner);
    try {
      await runner.startTransaction('REPEATABLE READ');
    } catch (error) {
      await snapshot.release();
      throw error;
    }
    return snapshot;
  }
}
