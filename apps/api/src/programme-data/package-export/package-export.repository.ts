import { RULE_SETS, type PackageFile, type PackageRecords } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import { plainRecord, plainSelect } from '../package-format/stored-columns';

/** Rows fetched per query: large files are read in keyset batches, never whole. */
const BATCH = 5000;

type Row = Record<string, unknown>;
export type Records<F extends PackageFile> = AsyncGenerator<Array<PackageRecords[F]>>;

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

/** Batches of `sql` keyed on a family reference and a row id (`... AND (ref, id) > ($2, $3) ... LIMIT $4`). */
async function* keysetByFamily(
  runner: QueryRunner,
  sql: string,
  programmeId: string,
): AsyncGenerator<Row[]> {
  let after: [string, string] = ['', '0'];
  for (;;) {
    const rows = (await runner.query(sql, [programmeId, ...after, BATCH])) as Row[];
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1]!;
    after = [s(last.family_reference), s(last.row_id)];
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
 * export's query runner (one REPEATABLE READ snapshot). The columns stored
 * as they are read come from the package's description (stored-columns);
 * each query adds only its joins back to codes. `pseudonymise` replaces
 * staff display names by their codes.
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
  const plain = plainSelect(file);
  const records = (rows: AsyncGenerator<Row[]>, byHand: (row: Row) => Row = () => ({})) =>
    mapped(
      rows,
      (r) => ({ ...plainRecord(file, r), ...byHand(r) }) as unknown as PackageRecords[F],
    );
  switch (file) {
    case 'programme.csv':
      return records(q(`SELECT ${plain} FROM programmes p WHERE p.id = $1`));
    case 'local_authorities.csv':
      return records(
        q(`SELECT ${plain} FROM local_authorities la WHERE la.programme_id = $1 ORDER BY la.code`),
      );
    case 'staff.csv':
      return records(
        q(`SELECT ${plain}, la.code AS la_code FROM staff s
           LEFT JOIN local_authorities la ON la.id = s.la_id WHERE s.programme_id = $1 ORDER BY s.code`),
        (r) => ({
          laCode: sn(r.la_code),
          ...(pseudonymise ? { displayName: s(r.code) } : {}),
        }),
      );
    case 'practitioners.csv':
      return records(
        q(`SELECT ${plain}, s.code AS staff_code, sup.code AS supervisor_code
           FROM practitioners p JOIN staff s ON s.id = p.staff_id LEFT JOIN staff sup ON sup.id = p.supervisor_id
           WHERE p.programme_id = $1 ORDER BY s.code`),
        (r) => ({ staffCode: s(r.staff_code), supervisorCode: sn(r.supervisor_code) }),
      );
    case 'families.csv':
      return records(
        k(
          `SELECT ${plain}, la.code AS la_code, s.code AS practitioner_code
           FROM families f JOIN local_authorities la ON la.id = f.la_id LEFT JOIN staff s ON s.id = f.practitioner_id
           WHERE f.programme_id = $1 AND f.reference > $2 ORDER BY f.reference LIMIT $3`,
          'reference',
        ),
        (r) => ({ laCode: s(r.la_code), practitionerCode: sn(r.practitioner_code) }),
      );
    case 'family_sessions.csv':
      return records(
        k(
          `SELECT fs.id AS row_id, ${plain}, f.reference AS family_reference, s.code AS practitioner_code
           FROM family_sessions fs JOIN families f ON f.id = fs.family_id JOIN staff s ON s.id = fs.practitioner_id
           WHERE fs.programme_id = $1 AND fs.id > $2 ORDER BY fs.id LIMIT $3`,
          'row_id',
          0,
        ),
        (r) => ({
          familyReference: s(r.family_reference),
          practitionerCode: s(r.practitioner_code),
        }),
      );
    case 'supervision_sessions.csv':
      return records(
        k(
          `SELECT ${plain}, s.code AS supervisor_code
           FROM supervision_sessions ss JOIN staff s ON s.id = ss.supervisor_id
           WHERE ss.programme_id = $1 AND ss.code > $2 ORDER BY ss.code LIMIT $3`,
          'id',
        ),
        (r) => ({ supervisorCode: s(r.supervisor_code) }),
      );
    case 'supervision_attendees.csv':
      return records(
        k(
          `SELECT a.id AS row_id, ${plain}, ss.code AS session_code, s.code AS practitioner_code,
             f.reference AS family_reference
           FROM supervision_attendees a JOIN supervision_sessions ss ON ss.id = a.session_id
           JOIN staff s ON s.id = a.practitioner_id LEFT JOIN families f ON f.id = a.family_id
           WHERE a.programme_id = $1 AND a.id > $2 ORDER BY a.id LIMIT $3`,
          'row_id',
          0,
        ),
        (r) => ({
          sessionId: s(r.session_code),
          practitionerCode: s(r.practitioner_code),
          familyReference: sn(r.family_reference),
        }),
      );
    case 'training_events.csv':
      return records(
        q(`SELECT ${plain},
             coalesce((SELECT string_agg(s.code, ';' ORDER BY t.position) FROM training_trainers t
                       JOIN staff s ON s.id = t.staff_id WHERE t.event_id = e.id), '') AS trainer_codes
           FROM training_events e WHERE e.programme_id = $1 ORDER BY e.code`),
        (r) => ({
          trainerCodes: s(r.trainer_codes) === '' ? [] : s(r.trainer_codes).split(';'),
        }),
      );
    case 'training_attendees.csv':
      return records(
        k(
          `SELECT a.id AS row_id, ${plain}, e.code AS event_code, s.code AS staff_code
           FROM training_attendees a JOIN training_events e ON e.id = a.event_id JOIN staff s ON s.id = a.staff_id
           WHERE a.programme_id = $1 AND a.id > $2 ORDER BY a.id LIMIT $3`,
          'row_id',
          0,
        ),
        (r) => ({ eventId: s(r.event_code), staffCode: s(r.staff_code) }),
      );
    case 'milestones.csv':
      return records(
        k(
          `SELECT m.id AS row_id, ${plain}, s.code AS practitioner_code, a.code AS assessor_code
           FROM milestones m JOIN staff s ON s.id = m.practitioner_id LEFT JOIN staff a ON a.id = m.assessor_id
           WHERE m.programme_id = $1 AND m.id > $2 ORDER BY m.id LIMIT $3`,
          'row_id',
          0,
        ),
        (r) => ({ practitionerCode: s(r.practitioner_code), assessorCode: sn(r.assessor_code) }),
      );
    case 'time_entries.csv':
      return records(
        k(
          `SELECT t.id AS row_id, ${plain}, s.code AS staff_code, la.code AS la_code, f.reference AS family_reference
           FROM time_entries t JOIN staff s ON s.id = t.staff_id LEFT JOIN local_authorities la ON la.id = t.la_id
           LEFT JOIN families f ON f.id = t.family_id
           WHERE t.programme_id = $1 AND t.id > $2 ORDER BY t.id LIMIT $3`,
          'row_id',
          0,
        ),
        (r) => ({
          staffCode: s(r.staff_code),
          laCode: sn(r.la_code),
          familyReference: sn(r.family_reference),
        }),
      );
    case 'unit_costs.csv':
      return records(
        q(`SELECT ${plain} FROM unit_costs u WHERE u.programme_id = $1
           ORDER BY u.cost_role, u.effective_from NULLS FIRST, u.id`),
      );
    case 'rule_sets.csv':
      // The admins' own rule sets: a preset's copy is the preset, which every import makes.
      return records(
        q(`SELECT ${plain} FROM rule_sets rs
           WHERE rs.programme_id = $1 AND rs.code <> ALL('{${RULE_SETS.join(',')}}'::text[]) ORDER BY rs.code`),
      );
    case 'ineligible_referrals.csv':
      return records(
        q(`SELECT ${plain}, la.code AS la_code
           FROM ineligible_referrals ir JOIN local_authorities la ON la.id = ir.la_id
           WHERE ir.programme_id = $1 ORDER BY la.code, ir.referral_date, ir.reason, ir.id`),
        (r) => ({ laCode: s(r.la_code) }),
      );
    case 'family_status_history.csv':
      return records(
        keysetByFamily(
          runner,
          `SELECT h.id::text AS row_id, ${plain}, f.reference AS family_reference
           FROM family_status_changes h JOIN families f ON f.id = h.family_id
           WHERE h.programme_id = $1 AND (f.reference, h.id) > ($2::text, $3::bigint)
           ORDER BY f.reference, h.id LIMIT $4`,
          programmeId,
        ),
        (r) => ({ familyReference: s(r.family_reference) }),
      );
    case 'price_index.csv':
      return records(
        q(`SELECT ${plain} FROM price_indices pi WHERE pi.programme_id = $1 ORDER BY pi.year`),
      );
    case 'resources.csv':
      return records(
        q(`SELECT ${plain}, la.code AS la_code
           FROM resources r LEFT JOIN local_authorities la ON la.id = r.la_id WHERE r.programme_id = $1 ORDER BY r.id`),
        (r) => ({ laCode: sn(r.la_code) }),
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
