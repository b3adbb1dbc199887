import type { AccessScope } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { scopeCondition, ScopeColumns, SqlParams } from '../../platform/sql/sql-params';

/** The record lists that can be exported as CSV, each a flat row of text and numbers. */
export type ExportKind =
  'time-entries' | 'family-sessions' | 'supervision-sessions' | 'training-attendance';

export type ExportRow = Record<string, string | number | null>;

interface ExportQuery {
  /** The SELECT list: its aliases are the CSV's columns, in order. */
  select: string;
  from: string;
  /** Which expression holds each field of the caller's scope. */
  scope: ScopeColumns;
  laCode: string;
  /** The staff member a row is of, for exports that filter by `staffCode`. */
  staffCode?: string;
  orderBy: string;
}

// Never a name, a note, a venue or a principle worked on: codes, references, dates and minutes only.
const QUERIES: Record<ExportKind, ExportQuery> = {
  'time-entries': {
    select: `st.code AS staff_code, te.date::text AS date, te.activity, te.minutes,
      ola.code AS la_code, fam.reference AS family_reference`,
    from: `time_entries te JOIN staff st ON st.id = te.staff_id
      LEFT JOIN local_authorities ola ON ola.id = te.la_id
      LEFT JOIN local_authorities ela ON ela.id = coalesce(te.la_id, st.la_id)
      LEFT JOIN families fam ON fam.id = te.family_id`,
    scope: { laCode: 'ela.code', staffCode: 'st.code' },
    laCode: 'ela.code',
    staffCode: 'st.code',
    orderBy: 'te.date, te.id',
  },
  'family-sessions': {
    select: `f.reference AS family_reference, sps.code AS practitioner_code, s.date::text AS date,
      s.type, s.cycle, s.outcome, s.contact_minutes, s.travel_minutes, s.prep_minutes, la.code AS la_code`,
    from: `family_sessions s JOIN families f ON f.id = s.family_id
      JOIN local_authorities la ON la.id = f.la_id JOIN staff sps ON sps.id = s.practitioner_id
      LEFT JOIN practitioners pr ON pr.staff_id = s.practitioner_id
      LEFT JOIN staff sup ON sup.id = pr.supervisor_id`,
    scope: { laCode: 'la.code', staffCode: 'sps.code', supervisorCode: 'sup.code' },
    laCode: 'la.code',
    orderBy: 's.date, s.id',
  },
  // One row per attendee (a session with none has one row with the attendee's columns empty).
  'supervision-sessions': {
    select: `s.code AS session_id, s.date::text AS date, sup.code AS supervisor_code, s.format, s.mode,
      s.duration_minutes, s.prep_minutes, ast.code AS practitioner_code, ala.code AS la_code,
      af.reference AS family_reference, a.cycle`,
    from: `supervision_sessions s JOIN staff sup ON sup.id = s.supervisor_id
      LEFT JOIN supervision_attendees a ON a.session_id = s.id
      LEFT JOIN staff ast ON ast.id = a.practitioner_id
      LEFT JOIN local_authorities ala ON ala.id = ast.la_id
      LEFT JOIN families af ON af.id = a.family_id`,
    scope: { supervisorCode: 'sup.code', staffCode: 'ast.code', laCode: 'ala.code' },
    laCode: 'ala.code',
    orderBy: 's.date, s.code, ast.code',
  },
  // One row per attendee of each event.
  'training-attendance': {
    select: `e.code AS event_id, e.date::text AS date, e.type, e.duration_minutes,
      (SELECT string_agg(ts.code, ';' ORDER BY tt.position) FROM training_trainers tt
         JOIN staff ts ON ts.id = tt.staff_id WHERE tt.event_id = e.id) AS trainer_codes,
      st.code AS staff_code, la.code AS la_code, ta.minutes_attended`,
    from: `training_attendees ta JOIN training_events e ON e.id = ta.event_id
      JOIN staff st ON st.id = ta.staff_id LEFT JOIN local_authorities la ON la.id = st.la_id`,
    scope: {
      supervisorCode: (param) =>
        `EXISTS (SELECT 1 FROM training_trainers tt JOIN staff ts ON ts.id = tt.staff_id
          WHERE tt.event_id = e.id AND ts.code = ${param})`,
      staffCode: 'st.code',
      laCode: 'la.code',
    },
    laCode: 'la.code',
    orderBy: 'e.date, e.code, st.code',
  },
};

/** Every column of each export, in order (the SELECT's aliases). */
export const EXPORT_COLUMNS: Record<ExportKind, string[]> = {
  'time-entries': ['staff_code', 'date', 'activity', 'minutes', 'la_code', 'family_reference'],
  'family-sessions': [
    'family_reference',
    'practitioner_code',
    'date',
    'type',
    'cycle',
    'outcome',
    'contact_minutes',
    'travel_minutes',
    'prep_minutes',
    'la_code',
  ],
  'supervision-sessions': [
    'session_id',
    'date',
    'supervisor_code',
    'format',
    'mode',
    'duration_minutes',
    'prep_minutes',
    'practitioner_code',
    'la_code',
    'family_reference',
    'cycle',
  ],
  'training-attendance': [
    'event_id',
    'date',
    'type',
    'duration_minutes',
    'trainer_codes',
    'staff_code',
    'la_code',
    'minutes_attended',
  ],
};

const BATCH = 2000;

export interface ExportFilter {
  laCode?: string;
  /** Time entries only (the others have no one staff member). */
  staffCode?: string;
  from?: string;
  to?: string;
}

/**
 * The CSV exports' read model: read-only SQL over the time, session,
 * supervision and training tables (each table's writes belong to its module),
 * scoped in the query and read through a cursor so memory stays flat.
 */
@Injectable()
export class RecordExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async *stream(
    kind: ExportKind,
    programmeId: string,
    scope: AccessScope | null,
    filter: ExportFilter,
  ): AsyncGenerator<ExportRow> {
    const q = QUERIES[kind];
    const params = new SqlParams();
    const alias = q.from.trim().split(/\s+/)[1]!;
    const where = [
      `${alias}.programme_id = ${params.add(programmeId)}`,
      scopeCondition(scope, q.scope, params),
    ];
    const dateColumn = kind === 'training-attendance' ? 'e.date' : `${alias}.date`;
    if (filter.laCode !== undefined) where.push(`${q.laCode} = ${params.add(filter.laCode)}`);
    if (filter.staffCode !== undefined && q.staffCode)
      where.push(`${q.staffCode} = ${params.add(filter.staffCode)}`);
    if (filter.from !== undefined) where.push(`${dateColumn} >= ${params.add(filter.from)}`);
    if (filter.to !== undefined) where.push(`${dateColumn} <= ${params.add(filter.to)}`);
    const sql = `SELECT ${q.select} FROM ${q.from} WHERE ${where.join(' AND ')} ORDER BY ${q.orderBy}`;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One snapshot for the whole file, read a batch at a time.
      await runner.startTransaction('REPEATABLE READ');
      await runner.query(`DECLARE record_export NO SCROLL CURSOR FOR ${sql}`, params.values);
      for (;;) {
        const rows = (await runner.query(`FETCH ${BATCH} FROM record_export`)) as ExportRow[];
        for (const row of rows) yield row;
        if (rows.length < BATCH) break;
      }
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}
