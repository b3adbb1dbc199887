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
    rename: {
      outcome_6m: 'outcome6m',
      follow_up_4m_status: 'follow_up4m_status',
      follow_up_4m_on: 'follow_up4m_on',
      outcome_6m_recorded_on: 'outcome6m_recorded_on',
    },
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
  'rule_sets.csv': { table: 'rule_sets', alias: 'rs', byHand: [] },
  'family_status_history.csv': {
    table: 'family_status_changes',
    alias: 'h',
    byHand: ['family_reference'],
  },
  'ineligible_referrals.csv': { table: 'ineligible_referrals', alias: 'ir', byHand: ['la_code'] },
};

/**
 * Columns of the package's tables that no file carries, and why: free text
 * that could identify a family (DESIGN.md: economists never see free-text
 * notes, and a package may be exported for them), this server's own
 * bookkeeping, and what an import makes afresh. The round-trip test fails on
 * any column neither carried nor listed here.
 */
export const LEFT_OUT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  programmes: {
    created_at: 'when this copy was imported: each import is a new programme',
    updated_at: 'when this copy was last edited',
  },
  staff: { notes: 'free text: could identify a family or a person' },
  families: {
    outside_trial_reason: 'free text: could identify the family (the audit log keeps it)',
  },
  family_status_changes: {
    changed_by: "a user of this server (users are not part of a programme's package)",
    recorded_at: 'when this server recorded the step; the step itself is dated by status_date',
  },
  supervision_sessions: { notes: "free text: the supervisor's notes could identify a family" },
  time_entries: { note: 'free text: could identify a family' },
};

/** The tables of a programme that are no file's, and where their rows go (the round-trip test checks the list). */
export const OTHER_TABLES: Readonly<Record<string, string>> = {
  training_trainers: "in training_events.csv's trainer_codes, in order",
  period_locks:
    "left out: months signed off by this server's users (users are not in a package); an imported copy starts unsigned",
  delivery_versions: "left out: a counter of this server's changes, for its caches",
  time_entry_imports:
    "left out: this server's log of bulk time imports (each file's hash, so a file is refused the second time, and who loaded it); the entries themselves are in time_entries.csv",
  randomisation_blocks:
    'left out: the concealed randomisation sequence never leaves the server; an imported programme starts new permuted blocks',
};

const PG_TYPE: Readonly<Record<FieldKind, string>> = {
  text: 'text',
  month: 'text',
  date: 'date',
  integer: 'integer',
  decimal: 'numeric',
  boolean: 'boolean',
  codes: 'text[]',
  json: 'jsonb',
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
  /**
   * A list (text[]) travels to the import as its array literal, which the
   * COPY reads as the column's text[].
   */
  cast?: string;
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
        const list = kind === 'codes';
        return {
          column,
          key: keyOfColumn(column),
          name: rename[column] ?? column,
          type: list ? 'text' : PG_TYPE[kind],
          ...(list ? { cast: PG_TYPE[kind] } : {}),
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
  return plainColumns(file).map((c) => {
    const value = values[c.key] ?? emptyCell(file, c.column);
    return c.cast && Array.isArray(value) ? arrayLiteral(value as string[]) : value;
  });
}

/** PostgreSQL's literal of a text array: `{"a","b"}`. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((i) => `"${i.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** The export's select list of the plain columns, read back as text where PostgreSQL would not. */
export function plainSelect(file: PackageFile): string {
  const alias = STORAGE[file].alias;
  return plainColumns(file)
    .map((c) => {
      const cast = c.kind === 'date' || c.kind === 'decimal' || c.kind === 'json' ? '::text' : '';
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
