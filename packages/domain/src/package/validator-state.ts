import { deliveryWindow, deliveryWindowProblem } from '../rules/delivery-window.js';
// What PackageValidator knows as a package streams in, its file-level
// checks and the reference checks its rows use (validator.ts checks the rows).
import { CostingError, type CostingProblem } from '../costing/errors.js';
import type { StaffIndex } from '../costing/ledger.js';
import { RateTable, unitCostProblems } from '../costing/rates.js';
import type { CostRole } from '../model/enums.js';
import type { LedgerLine } from '../model/ledger.js';
import type {
  IsoDate,
  PriceIndexRecord,
  ProgrammeRecord,
  UnitCostRecord,
} from '../model/records.js';
import { PACKAGE_COLUMNS, PACKAGE_FIELDS } from './columns.js';
import { IMPORT_ORDER, OPTIONAL_FILES, type PackageFile } from './files.js';
import { RULE_SETS, type FamilyStatus } from '../model/enums.js';
import { ProblemList } from './problems.js';
import type { ColumnProblem, RowContext } from './rows.js';

/** What an attendee needs of its supervision session or training event. */
export interface Gathering {
  date: IsoDate;
  durationMinutes: number;
  /** Supervision only: an individual session has one attendee. */
  individual: boolean;
  attendees: number;
}

/** Cells of a file's key column, so a row refused for another column still resolves references. */
const KEY_COLUMNS: Partial<Record<PackageFile, string>> = {
  'local_authorities.csv': 'code',
  'staff.csv': 'code',
  'practitioners.csv': 'staff_code',
  'families.csv': 'reference',
  'supervision_sessions.csv': 'id',
  'training_events.csv': 'id',
};

export function unknownGathering(): Gathering {
  return { date: '', durationMinutes: 0, individual: false, attendees: 0 };
}

/** The state and file-level checks of PackageValidator (which adds the row checks). */
export abstract class ValidatorState {
  readonly problems: ProblemList;
  readonly counts = new Map<PackageFile, number>();
  programme: ProgrammeRecord | null = null;

  protected readonly context: RowContext = { cyclesPerFamily: 50 };
  protected readonly seen = new Set<PackageFile>();
  /** Files whose header was wrong: references into them are not checked (they would all fail). */
  protected readonly unreadable = new Set<PackageFile>();
  protected readonly las = new Set<string>();
  protected readonly staff: StaffIndex = new Map();
  protected readonly knownStaff = new Set<string>();
  protected readonly practitioners = new Set<string>();
  protected readonly families = new Map<string, IsoDate | null>();
  /** Each family's status in families.csv, then whether its history ends there (checked at the end). */
  protected readonly familyStatuses = new Map<string, FamilyStatus>();
  protected readonly lastHistory = new Map<string, { status: FamilyStatus; line: number }>();
  protected readonly ruleSets = new Set<string>();
  protected readonly supervision = new Map<string, Gathering>();
  protected readonly training = new Map<string, Gathering>();
  protected readonly pairs = new Set<string>();
  protected readonly priceIndex: PriceIndexRecord[] = [];
  protected readonly priceIndexLines: number[] = [];
  protected readonly unitCosts: UnitCostRecord[] = [];
  protected readonly unitCostLines: number[] = [];
  protected programmeLine = 2;
  protected rates: RateTable | null = null;

  /**
   * `today` (the importer's clock) closes the delivery window; without it the
   * window runs to the programme's delivery end.
   */
  constructor(
    cap?: number,
    private readonly today?: IsoDate,
  ) {
    this.problems = new ProblemList(cap);
  }

  /** A dated record of delivery must fall in the programme's window (rules/delivery-window.ts). */
  protected inWindow(out: ColumnProblem[], column: string, date: IsoDate): void {
    if (!this.programme) return;
    const window = deliveryWindow(this.programme, this.today ?? this.programme.deliveryEnd);
    const problem = deliveryWindowProblem(column, date, window);
    if (problem) out.push({ column, problem });
  }

  protected add(file: string, line: number, column: string, problem: string): void {
    this.problems.add({ file, line, column, problem });
  }

  /** A file name that is not part of the package. */
  unknownFile(name: string): void {
    this.add(
      name,
      1,
      '',
      `is not a file of the data package (expected ${IMPORT_ORDER.join(', ')})`,
    );
  }

  /**
   * Starts a file: checks its header (exact names, in DESIGN's order). A
   * missing file is `header(file, null)`. Returns false when its rows cannot
   * be read, so the caller skips them.
   */
  beginFile(file: PackageFile, header: readonly string[] | null): boolean {
    const expected = PACKAGE_COLUMNS[file] as readonly string[];
    this.seen.add(file);
    this.counts.set(file, 0);
    if (header === null) {
      // A file added later may be left out: the import then does without it.
      if (OPTIONAL_FILES.has(file)) return false;
      this.unreadable.add(file);
      this.add(
        file,
        1,
        '',
        `the file is missing; the package needs it with the header ${expected.join(',')}`,
      );
      return false;
    }
    const got = header.map((h) => h.trim().replace(/^\uFEFF/, ''));
    if (!headerMatches(file, got)) {
      const missing = expected.filter((c) => !got.includes(c));
      const extra = got.filter((c) => !expected.includes(c));
      const detail = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        extra.length ? `unexpected ${extra.join(', ')}` : '',
        !missing.length && !extra.length ? 'columns out of order' : '',
      ].filter(Boolean);
      this.unreadable.add(file);
      this.add(
        file,
        1,
        '',
        `the header must be exactly ${expected.join(',')} (${detail.join('; ')})`,
      );
      return false;
    }
    return true;
  }

  /** Ends a file: checks that need all of it (one programme row; unit costs and price index as a whole). */
  endFile(file: PackageFile): void {
    if (
      file === 'programme.csv' &&
      !this.unreadable.has(file) &&
      (this.counts.get(file) ?? 0) !== 1
    ) {
      this.add(
        file,
        1,
        '',
        `must have exactly one row after the header (has ${this.counts.get(file) ?? 0})`,
      );
    }
    if (file === 'unit_costs.csv') this.checkUnitCosts();
    if (file === 'rule_sets.csv') this.checkRuleSetInForce();
    if (file === 'family_status_history.csv') this.checkHistoryEnds();
  }

  /** programme.csv's rule_set names a preset or a rule set of rule_sets.csv. */
  private checkRuleSetInForce(): void {
    const code = this.programme?.ruleSet;
    if (code === undefined || (RULE_SETS as readonly string[]).includes(code)) return;
    if (this.ruleSets.has(code) || this.unreadable.has('rule_sets.csv')) return;
    this.add(
      'programme.csv',
      this.programmeLine,
      'rule_set',
      `must be one of ${RULE_SETS.join(', ')} or a code in rule_sets.csv (got ${JSON.stringify(code)})`,
    );
  }

  /** A family's history, when given, ends in the status families.csv gives it. */
  private checkHistoryEnds(): void {
    for (const [reference, last] of this.lastHistory) {
      const status = this.familyStatuses.get(reference);
      if (status !== undefined && status !== last.status)
        this.add(
          'family_status_history.csv',
          last.line,
          'status',
          `${reference}'s last status here is ${last.status}, but families.csv gives ${status}`,
        );
    }
  }

  /** After the last file: files never begun are missing. Returns true when the package is good. */
  finish(): boolean {
    for (const file of IMPORT_ORDER) if (!this.seen.has(file)) this.beginFile(file, null);
    return this.problems.empty;
  }

  protected noteKey(file: PackageFile, cells: Readonly<Record<string, string | undefined>>): void {
    const column = KEY_COLUMNS[file];
    const key = column ? (cells[column] ?? '').trim() : '';
    if (key === '') return;
    if (file === 'local_authorities.csv') this.las.add(key);
    else if (file === 'staff.csv') this.knownStaff.add(key);
    else if (file === 'practitioners.csv') this.practitioners.add(key);
    else if (file === 'families.csv') this.families.set(key, null);
    else if (file === 'supervision_sessions.csv' && !this.supervision.has(key))
      this.supervision.set(key, unknownGathering());
    else if (file === 'training_events.csv' && !this.training.has(key))
      this.training.set(key, unknownGathering());
  }

  protected checkUnitCosts(): void {
    if (this.unreadable.has('unit_costs.csv') || this.unreadable.has('price_index.csv')) return;
    const priceYear = this.programme?.priceYear;
    const problems = unitCostProblems(
      this.unitCosts,
      this.priceIndex,
      priceYear ?? this.priceIndex[0]?.year ?? 0,
    );
    for (const p of problems) {
      if (p.file === 'programme.csv' && priceYear === undefined) continue;
      this.add(p.file, this.lineOf(p), p.column, p.problem);
    }
    if (problems.length === 0 && priceYear !== undefined) {
      this.rates = new RateTable(this.unitCosts, this.priceIndex, priceYear);
    }
  }

  protected lineOf(p: CostingProblem): number {
    if (p.file === 'unit_costs.csv') return this.unitCostLines[p.row] ?? p.row + 2;
    if (p.file === 'price_index.csv') return this.priceIndexLines[p.row] ?? p.row + 2;
    if (p.file === 'programme.csv') return this.programmeLine;
    return p.row + 2;
  }

  /** A reference into `file` that is not among `known`; none when that file could not be read. */
  protected unresolved(
    known: { has(key: string): boolean },
    key: string | null,
    target: PackageFile,
  ): boolean {
    return key !== null && !known.has(key) && !this.unreadable.has(target);
  }

  protected staffRef(out: ColumnProblem[], column: string, key: string | null): void {
    if (this.unresolved(this.knownStaff, key, 'staff.csv'))
      out.push({ column, problem: `staff code ${key} is not in staff.csv` });
  }

  protected practitionerRef(out: ColumnProblem[], column: string, key: string): void {
    if (this.unresolved(this.practitioners, key, 'practitioners.csv')) {
      out.push({ column, problem: `${key} is not a practitioner in practitioners.csv` });
    }
  }

  protected laRef(out: ColumnProblem[], column: string, key: string | null): void {
    if (this.unresolved(this.las, key, 'local_authorities.csv')) {
      out.push({ column, problem: `local authority ${key} is not in local_authorities.csv` });
    }
  }

  protected familyRef(out: ColumnProblem[], column: string, key: string | null): void {
    if (this.unresolved(this.families, key, 'families.csv'))
      out.push({ column, problem: `family ${key} is not in families.csv` });
  }

  protected unique(
    out: ColumnProblem[],
    column: string,
    known: { has(key: string): boolean },
    key: string,
    what: string,
  ): void {
    if (known.has(key)) out.push({ column, problem: `${what} ${key} appears more than once` });
  }

  /** The unit cost that prices a minute of `role` on `date` exists (and only one). */
  protected rateOf(out: ColumnProblem[], column: string, costRole: CostRole, date: IsoDate): void {
    if (!this.rates) return;
    try {
      this.rates.periodOf(costRole, date);
    } catch (error) {
      if (!(error instanceof CostingError)) throw error;
      out.push({ column, problem: error.message });
    }
  }

  protected ratesOf(out: ColumnProblem[], lines: readonly LedgerLine[]): void {
    const done = new Set<string>();
    for (const l of lines) {
      if (done.has(l.costRole)) continue;
      done.add(l.costRole);
      this.rateOf(out, 'date', l.costRole, l.date);
    }
  }

  protected personRate(out: ColumnProblem[], code: string, date: IsoDate, minutes: number): void {
    const who = this.staff.get(code);
    if (who && minutes > 0) this.rateOf(out, 'date', who.costRole, date);
  }
}

/**
 * A header is the file's columns in order; it may leave out columns added
 * later (the last ones), so a package written before they existed still reads.
 */
function headerMatches(file: PackageFile, got: readonly string[]): boolean {
  const expected = PACKAGE_COLUMNS[file] as readonly string[];
  const fields = PACKAGE_FIELDS[file] as Record<string, { addedLater?: boolean }>;
  if (got.length > expected.length || got.some((h, i) => h !== expected[i])) return false;
  return expected.slice(got.length).every((column) => fields[column]?.addedLater === true);
}
