import {
  fieldOf,
  keyOfColumn,
  PACKAGE_COLUMNS,
  type FieldKind,
  type PackageFile,
  type PackageRecords,
} from '@attune/domain';

/**
 * How the files of the data package sit in the tables. The domain describes
 * each column (PACKAGE_FIELDS); most are stored as they are read, in the
 * column of the same name, and those the import and the export both derive
 * from that description. Only the columns named here are written by hand:
 * codes that become row ids on import and are joined back on export, and
 * columns stored under another name.
 */
interface FileStorage {
  table: string;
  /** The table's alias in the export's query. */
  alias: string;
  /** Columns the import and export handle themselves (codes of other rows). */
  byHand: readonly string[];
  /** Columns stored under another name. */
  rename?: Readonly<Record<string, string>>;
}

const STORAGE: { readonly [F in PackageFile]: FileStorage } = {
  'programme.csv': { table: 'programmes', alias: 'p', byHand: [] },
  'local_authorities.csv': { table: 'local_authorities', alias: 'la', byHand: [] },
  'staff.csv': { table: 'staff', alias: 's', byHand: ['la_code'] },
  'practitioners.csv': {
    table: 'practitioners',
    alias: 'p',
    byHand: ['staff_code', 'supervisor_code'],
  },
  'families.csv': {
    table: 'families',
    alias: 'f',
    byHand: ['la_code', 'practitioner_code'],
    rename: { outcome_6m: 'outcome6m' },
  },
  'family_sessions.csv': {
    table: 'family_sessions',
    alias: 'fs',
    byHand: ['family_reference', 'practitioner_code'],
  },
  'supervision_sessions.csv': {
    table: 'supervision_sessions',
    alias: 'ss',
    byHand: ['supervisor_code'],
    rename: { id: 'code' },
  },
  'supervision_attendees.csv': {
    table: 'supervision_attendees',
    alias: 'a',
    byHand: ['session_id', 'practitioner_code', 'family_reference'],
  },
  'training_events.csv': {
    table: 'training_events',
    alias: 'e',
    byHand: ['trainer_codes'],
    rename: { id: 'code' },
  },
  'training_attendees.csv': {
    table: 'training_attendees',
    alias: 'a',
    byHand: ['event_id', 'staff_code'],
  },
  'milestones.csv': {
    table: 'milestones',
    alias: 'm',
    byHand: ['practitioner_code', 'assessor_code'],
  },
  'time_entries.csv': {
    table: 'time_entries',
    alias: 't',
    byHand: ['staff_code', 'la_code', 'family_reference'],
  },
  'unit_costs.csv': { table: 'unit_costs', alias: 'u', byHand: [] },
  'price_index.csv': { table: 'price_indices', alias: 'pi', byHand: [] },
  'resources.csv': { table: 'resources', alias: 'r', byHand: ['la_code'] },
};

const PG_TYPE: Readonly<Record<FieldKind, string>> = {
  text: 'text',
  month: 'text',
  date: 'date',
  integer: 'integer',
  decimal: 'numeric',
  boolean: 'boolean',
  codes: 'text[]',
};

/** A column stored as it is read. */
export interface PlainColumn {
  /** In the CSV file. */
  column: string;
  /** In the domain's record. */
  key: string;
  /** In the table. */
  name: string;
  /** PostgreSQL's type, for the import's array casts. */
  type: string;
  kind: FieldKind;
}

const PLAIN = new Map<PackageFile, readonly PlainColumn[]>();

/** The columns of `file` stored as they are read, in header order. */
export function plainColumns(file: PackageFile): readonly PlainColumn[] {
  let columns = PLAIN.get(file);
  if (!columns) {
    const { byHand, rename = {} } = STORAGE[file];
    columns = (PACKAGE_COLUMNS[file] as readonly string[])
      .filter((column) => !byHand.includes(column))
      .map((column) => {
        const kind = fieldOf(file, column).kind;
        return {
          column,
          key: keyOfColumn(column),
          name: rename[column] ?? column,
          type: PG_TYPE[kind],
          kind,
        };
      });
    PLAIN.set(file, columns);
  }
  return columns;
}

/** The table a file is stored in. */
export function tableOf(file: PackageFile): string {
  return STORAGE[file].table;
}

/** What an empty cell reads as: a record built in code may leave out an optional column. */
function emptyCell(file: PackageFile, column: string): unknown {
  const parsed = fieldOf(file, column).parse('');
  if ('problem' in parsed) throw new Error(`${file} record has no ${column}: it ${parsed.problem}`);
  return parsed.value;
}

/** The record's values of the plain columns, in their order (for the import's batches). */
export function plainValues<F extends PackageFile>(file: F, record: PackageRecords[F]): unknown[] {
  const values = record as unknown as Record<string, unknown>;
  return plainColumns(file).map((c) => values[c.key] ?? emptyCell(file, c.column));
}

/** The export's select list of the plain columns, read back as text where PostgreSQL would not. */
export function plainSelect(file: PackageFile): string {
  const alias = STORAGE[file].alias;
  return plainColumns(file)
    .map((c) => {
      const cast = c.kind === 'date' || c.kind === 'decimal' ? '::text' : '';
      return `${alias}."${c.name}"${cast} AS "${c.column}"`;
    })
    .join(', ');
}

/** The plain columns of an exported row, as the domain's record holds them. */
export function plainRecord(
  file: PackageFile,
  row: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const c of plainColumns(file)) {
    const value = row[c.column];
    if (value === null || value === undefined) record[c.key] = null;
    else if (c.kind === 'integer') record[c.key] = Number(value);
    else if (c.kind === 'boolean') record[c.key] = value === true;
    // Text, dates and decimals: plainSelect reads them as text.
    else record[c.key] = value;
  }
  return record;
}
