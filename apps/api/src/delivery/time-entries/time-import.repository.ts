import type { CostRole, TimeEntryActivity } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface ImportStaff {
  id: string;
  laId: string | null;
  costRole: CostRole;
}

export interface ImportFamily {
  id: string;
  laId: string;
  practitionerCode: string | null;
}

/** The rows to write, by column (ids resolved): a few arrays rather than 100,000 objects. */
export class EntryColumns {
  readonly staffIds: string[] = [];
  readonly dates: string[] = [];
  readonly activities: TimeEntryActivity[] = [];
  readonly minutes: number[] = [];
  readonly laIds: Array<string | null> = [];
  readonly familyIds: Array<string | null> = [];

  get length(): number {
    return this.staffIds.length;
  }

  push(
    staffId: string,
    date: string,
    activity: TimeEntryActivity,
    minutes: number,
    laId: string | null,
    familyId: string | null,
  ): void {
    this.staffIds.push(staffId);
    this.dates.push(date);
    this.activities.push(activity);
    this.minutes.push(minutes);
    this.laIds.push(laId);
    this.familyIds.push(familyId);
  }
}

export interface PreviousImport {
  importId: string;
  importedAt: string;
  importedBy: string | null;
  rows: number;
}

/** Rows per INSERT: one statement of six arrays, so 2,000 rows are one round trip. */
const BATCH = 2000;

/** time_entry_imports, and the bulk insert of an import's time entries (the module's own table). */
@Injectable()
export class TimeImportRepository {
  /** The import of this content, if the programme has one; `FOR SHARE` is not needed: the key is unique. */
  async previous(
    manager: EntityManager,
    programmeId: string,
    contentHash: string,
  ): Promise<PreviousImport | undefined> {
    const [row] = await manager.query<PreviousImport[]>(
      `SELECT i.id::text AS "importId", to_char(i.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "importedAt",
         u.email AS "importedBy", i.rows
       FROM time_entry_imports i LEFT JOIN users u ON u.id = i.imported_by
       WHERE i.programme_id = $1 AND i.content_hash = $2`,
      [programmeId, contentHash],
    );
    return row;
  }

  /** The staff of these codes, by code. */
  async staff(
    manager: EntityManager,
    programmeId: string,
    codes: string[],
  ): Promise<Map<string, ImportStaff>> {
    const rows = await manager.query<Array<ImportStaff & { code: string }>>(
      `SELECT code, id, la_id AS "laId", cost_role AS "costRole" FROM staff
       WHERE programme_id = $1 AND code = ANY($2::text[])`,
      [programmeId, codes],
    );
    return new Map(rows.map(({ code, ...staff }) => [code, staff]));
  }

  /** The families of these references, by reference, with their LA and practitioner. */
  async families(
    manager: EntityManager,
    programmeId: string,
    references: string[],
  ): Promise<Map<string, ImportFamily>> {
    const rows = await manager.query<Array<ImportFamily & { reference: string }>>(
      `SELECT f.reference, f.id, f.la_id AS "laId", ps.code AS "practitionerCode"
       FROM families f LEFT JOIN staff ps ON ps.id = f.practitioner_id
       WHERE f.programme_id = $1 AND f.reference = ANY($2::text[])`,
      [programmeId, references],
    );
    return new Map(rows.map(({ reference, ...family }) => [reference, family]));
  }

  /**
   * Records the import; `undefined` when the programme already has one of this content
   * (a concurrent load of the same file), by the unique key rather than a race-prone check.
   */
  async record(
    manager: EntityManager,
    row: {
      programmeId: string;
      contentHash: string;
      format: string;
      fileName: string;
      rows: number;
      minutes: number;
      importedBy: string;
    },
  ): Promise<string | undefined> {
    const inserted = await manager.query<Array<{ id: string }>>(
      `INSERT INTO time_entry_imports (programme_id, content_hash, format, file_name, rows, minutes, imported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ON CONSTRAINT time_entry_imports_programme_hash_key DO NOTHING RETURNING id::text AS id`,
      [
        row.programmeId,
        row.contentHash,
        row.format,
        row.fileName,
        row.rows,
        row.minutes,
        row.importedBy,
      ],
    );
    return inserted[0]?.id;
  }

  /** Inserts the entries a batch at a time (`INSERT ... SELECT FROM unnest(...)`). */
  async insertEntries(
    manager: EntityManager,
    programmeId: string,
    entries: EntryColumns,
  ): Promise<void> {
    for (let start = 0; start < entries.length; start += BATCH) {
      const end = start + BATCH;
      await manager.query(
        `INSERT INTO time_entries (programme_id, version, staff_id, date, activity, minutes, la_id, family_id)
         SELECT $1::uuid, 1, u.* FROM unnest($2::uuid[], $3::date[], $4::varchar[], $5::int[], $6::uuid[], $7::uuid[]) AS u`,
        [
          programmeId,
          entries.staffIds.slice(start, end),
          entries.dates.slice(start, end),
          entries.activities.slice(start, end),
          entries.minutes.slice(start, end),
          entries.laIds.slice(start, end),
          entries.familyIds.slice(start, end),
        ],
      );
    }
  }
}
