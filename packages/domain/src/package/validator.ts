import { CostingError, type CostingProblem } from '../costing/errors.js';
import {
  ledgerLinesOfFamilySession,
  ledgerLinesOfTimeEntry,
  type StaffIndex,
} from '../costing/ledger.js';
import { RateTable, unitCostProblems } from '../costing/rates.js';
import type { CostRole } from '../model/enums.js';
import type { LedgerLine } from '../model/ledger.js';
import type {
  IsoDate,
  PriceIndexRecord,
  ProgrammeRecord,
  UnitCostRecord,
} from '../model/records.js';
import { IMPORT_ORDER, PACKAGE_COLUMNS, type PackageFile, type PackageRecords } from './files.js';
import { ProblemList, type PackageProblem } from './problems.js';
import { supervisionAttendeesProblem } from '../accreditation/supervision-attendees.js';
import { parseRow, type ColumnProblem, type RowContext } from './rows.js';

/** What an attendee needs of its supervision session or training event. */
interface Gathering {
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

/**
 * Validates a data package file by file, row by row, keeping only what later
 * files refer to (codes, the staff's cost roles and LAs, the families'
 * referral dates, sessions' dates): a large package is checked as it streams.
 * Files must be given in IMPORT_ORDER. Every problem lands in `problems`.
 */
export class PackageValidator {
  readonly problems: ProblemList;
  readonly counts = new Map<PackageFile, number>();
  programme: ProgrammeRecord | null = null;

  private readonly context: RowContext = { cyclesPerFamily: 50 };
  private readonly seen = new Set<PackageFile>();
  /** Files whose header was wrong: references into them are not checked (they would all fail). */
  private readonly unreadable = new Set<PackageFile>();
  private readonly las = new Set<string>();
  private readonly staff: StaffIndex = new Map();
  private readonly knownStaff = new Set<string>();
  private readonly practitioners = new Set<string>();
  private readonly families = new Map<string, IsoDate | null>();
  private readonly supervision = new Map<string, Gathering>();
  private readonly training = new Map<string, Gathering>();
  private readonly pairs = new Set<string>();
  private readonly priceIndex: PriceIndexRecord[] = [];
  private readonly priceIndexLines: number[] = [];
  private readonly unitCosts: UnitCostRecord[] = [];
  private readonly unitCostLines: number[] = [];
  private programmeLine = 2;
  private rates: RateTable | null = null;

  constructor(cap?: number) {
    this.problems = new ProblemList(cap);
  }

  private add(file: string, line: number, column: string, problem: string): void {
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
    if (got.length !== expected.length || got.some((h, i) => h !== expected[i])) {
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

  /**
   * Checks one row (line = its CSV line number). Returns its record when the
   * row and every reference in it are good, otherwise null (problems noted).
   */
  row<F extends PackageFile>(
    file: F,
    line: number,
    cells: Readonly<Record<string, string | undefined>>,
  ): PackageRecords[F] | null {
    this.counts.set(file, (this.counts.get(file) ?? 0) + 1);
    const parsed = parseRow(file, cells, this.context);
    if (parsed.problems) {
      this.noteKey(file, cells);
      for (const p of parsed.problems) this.add(file, line, p.column, p.problem);
      return null;
    }
    const problems = this.crossCheck(file, line, parsed.record);
    for (const p of problems) this.add(file, line, p.column, p.problem);
    return problems.length === 0 ? parsed.record : null;
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
  }

  /** After the last file: files never begun are missing. Returns true when the package is good. */
  finish(): boolean {
    for (const file of IMPORT_ORDER) if (!this.seen.has(file)) this.beginFile(file, null);
    return this.problems.empty;
  }

  private noteKey(file: PackageFile, cells: Readonly<Record<string, string | undefined>>): void {
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

  private checkUnitCosts(): void {
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

  private lineOf(p: CostingProblem): number {
    if (p.file === 'unit_costs.csv') return this.unitCostLines[p.row] ?? p.row + 2;
    if (p.file === 'price_index.csv') return this.priceIndexLines[p.row] ?? p.row + 2;
    if (p.file === 'programme.csv') return this.programmeLine;
    return p.row + 2;
  }

  /** A reference into `file` that is not among `known`; none when that file could not be read. */
  private unresolved(
    known: { has(key: string): boolean },
    key: string | null,
    target: PackageFile,
  ): boolean {
    return key !== null && !known.has(key) && !this.unreadable.has(target);
  }

  private staffRef(out: ColumnProblem[], column: string, key: string | null): void {
    if (this.unresolved(this.knownStaff, key, 'staff.csv'))
      out.push({ column, problem: `staff code ${key} is not in staff.csv` });
  }

  private practitionerRef(out: ColumnProblem[], column: string, key: string): void {
    if (this.unresolved(this.practitioners, key, 'practitioners.csv')) {
      out.push({ column, problem: `${key} is not a practitioner in practitioners.csv` });
    }
  }

  private laRef(out: ColumnProblem[], column: string, key: string | null): void {
    if (this.unresolved(this.las, key, 'local_authorities.csv')) {
      out.push({ column, problem: `local authority ${key} is not in local_authorities.csv` });
    }
  }

  private familyRef(out: ColumnProblem[], column: string, key: string | null): void {
    if (this.unresolved(this.families, key, 'families.csv'))
      out.push({ column, problem: `family ${key} is not in families.csv` });
  }

  private unique(
    out: ColumnProblem[],
    column: string,
    known: { has(key: string): boolean },
    key: string,
    what: string,
  ): void {
    if (known.has(key)) out.push({ column, problem: `${what} ${key} appears more than once` });
  }

  /** The unit cost that prices a minute of `role` on `date` exists (and only one). */
  private rateOf(out: ColumnProblem[], column: string, costRole: CostRole, date: IsoDate): void {
    if (!this.rates) return;
    try {
      this.rates.periodOf(costRole, date);
    } catch (error) {
      if (!(error instanceof CostingError)) throw error;
      out.push({ column, problem: error.message });
    }
  }

  private ratesOf(out: ColumnProblem[], lines: readonly LedgerLine[]): void {
    const done = new Set<string>();
    for (const l of lines) {
      if (done.has(l.costRole)) continue;
      done.add(l.costRole);
      this.rateOf(out, 'date', l.costRole, l.date);
    }
  }

  private personRate(out: ColumnProblem[], code: string, date: IsoDate, minutes: number): void {
    const who = this.staff.get(code);
    if (who && minutes > 0) this.rateOf(out, 'date', who.costRole, date);
  }

  private crossCheck<F extends PackageFile>(
    file: F,
    line: number,
    record: PackageRecords[F],
  ): ColumnProblem[] {
    const out: ColumnProblem[] = [];
    switch (file) {
      case 'programme.csv': {
        const p = record as PackageRecords['programme.csv'];
        if (this.programme === null) {
          this.programme = p;
          this.programmeLine = line;
          this.context.cyclesPerFamily = p.cyclesPerFamily;
        }
        break;
      }
      case 'price_index.csv':
        this.priceIndex.push(record as PackageRecords['price_index.csv']);
        this.priceIndexLines.push(line);
        break;
      case 'unit_costs.csv':
        this.unitCosts.push(record as PackageRecords['unit_costs.csv']);
        this.unitCostLines.push(line);
        break;
      case 'local_authorities.csv': {
        const la = record as PackageRecords['local_authorities.csv'];
        this.unique(out, 'code', this.las, la.code, 'code');
        this.las.add(la.code);
        break;
      }
      case 'staff.csv': {
        const s = record as PackageRecords['staff.csv'];
        this.unique(out, 'code', this.knownStaff, s.code, 'code');
        this.laRef(out, 'la_code', s.laCode);
        this.knownStaff.add(s.code);
        // The display name is not needed to check anything else.
        if (out.length === 0) this.staff.set(s.code, { ...s, displayName: '' });
        break;
      }
      case 'practitioners.csv': {
        const p = record as PackageRecords['practitioners.csv'];
        this.unique(out, 'staff_code', this.practitioners, p.staffCode, 'practitioner');
        this.staffRef(out, 'staff_code', p.staffCode);
        const who = this.staff.get(p.staffCode);
        if (who && who.laCode === null) {
          out.push({
            column: 'staff_code',
            problem: `staff ${p.staffCode} has no la_code in staff.csv; a practitioner works in an LA`,
          });
        }
        this.staffRef(out, 'supervisor_code', p.supervisorCode);
        if (p.supervisorCode === p.staffCode)
          out.push({
            column: 'supervisor_code',
            problem: 'a practitioner cannot supervise themselves',
          });
        this.practitioners.add(p.staffCode);
        break;
      }
      case 'families.csv': {
        const f = record as PackageRecords['families.csv'];
        this.unique(out, 'reference', this.families, f.reference, 'reference');
        this.laRef(out, 'la_code', f.laCode);
        if (f.practitionerCode !== null)
          this.practitionerRef(out, 'practitioner_code', f.practitionerCode);
        if (!this.families.has(f.reference)) this.families.set(f.reference, f.referralDate);
        break;
      }
      case 'family_sessions.csv': {
        const s = record as PackageRecords['family_sessions.csv'];
        this.familyRef(out, 'family_reference', s.familyReference);
        this.practitionerRef(out, 'practitioner_code', s.practitionerCode);
        const referral = this.families.get(s.familyReference);
        if (referral && s.date < referral) {
          out.push({
            column: 'date',
            problem: `${s.date} is before the family's referral date ${referral}`,
          });
        }
        if (out.length === 0 && this.staff.has(s.practitionerCode)) {
          this.ratesOf(out, ledgerLinesOfFamilySession(s, this.staff));
        }
        break;
      }
      case 'supervision_sessions.csv': {
        const s = record as PackageRecords['supervision_sessions.csv'];
        this.unique(out, 'id', this.supervision, s.id, 'id');
        this.staffRef(out, 'supervisor_code', s.supervisorCode);
        this.personRate(out, s.supervisorCode, s.date, s.durationMinutes + s.prepMinutes);
        if (!this.supervision.has(s.id)) {
          this.supervision.set(s.id, {
            date: s.date,
            durationMinutes: s.durationMinutes,
            individual: s.format === 'individual',
            attendees: 0,
          });
        }
        break;
      }
      case 'supervision_attendees.csv': {
        const a = record as PackageRecords['supervision_attendees.csv'];
        const session = this.supervision.get(a.sessionId);
        if (this.unresolved(this.supervision, a.sessionId, 'supervision_sessions.csv')) {
          out.push({
            column: 'session_id',
            problem: `supervision session ${a.sessionId} is not in supervision_sessions.csv`,
          });
        }
        this.practitionerRef(out, 'practitioner_code', a.practitionerCode);
        this.familyRef(out, 'family_reference', a.familyReference);
        const pair = `s\u0000${a.sessionId}\u0000${a.practitionerCode}`;
        if (this.pairs.has(pair))
          out.push({
            column: 'practitioner_code',
            problem: `${a.practitionerCode} is already an attendee of session ${a.sessionId}`,
          });
        this.pairs.add(pair);
        if (session && session.date !== '') {
          session.attendees++;
          const format = session.individual ? 'individual' : 'group';
          // Rows arrive one by one: only "too many" is known here.
          const problem = supervisionAttendeesProblem(format, session.attendees, {
            complete: false,
          });
          if (problem)
            out.push({ column: 'session_id', problem: `session ${a.sessionId}: ${problem}` });
          this.personRate(out, a.practitionerCode, session.date, session.durationMinutes);
        }
        break;
      }
      case 'training_events.csv': {
        const e = record as PackageRecords['training_events.csv'];
        this.unique(out, 'id', this.training, e.id, 'id');
        for (const code of e.trainerCodes) this.staffRef(out, 'trainer_codes', code);
        for (const code of e.trainerCodes) this.personRate(out, code, e.date, e.durationMinutes);
        if (!this.training.has(e.id))
          this.training.set(e.id, {
            date: e.date,
            durationMinutes: e.durationMinutes,
            individual: false,
            attendees: 0,
          });
        break;
      }
      case 'training_attendees.csv': {
        const a = record as PackageRecords['training_attendees.csv'];
        const event = this.training.get(a.eventId);
        if (this.unresolved(this.training, a.eventId, 'training_events.csv')) {
          out.push({
            column: 'event_id',
            problem: `training event ${a.eventId} is not in training_events.csv`,
          });
        }
        this.staffRef(out, 'staff_code', a.staffCode);
        const pair = `t\u0000${a.eventId}\u0000${a.staffCode}`;
        if (this.pairs.has(pair))
          out.push({
            column: 'staff_code',
            problem: `${a.staffCode} is already an attendee of event ${a.eventId}`,
          });
        this.pairs.add(pair);
        if (event && event.date !== '') {
          if (a.minutesAttended > event.durationMinutes) {
            out.push({
              column: 'minutes_attended',
              problem: `${a.minutesAttended} is more than the event's duration of ${event.durationMinutes} minutes`,
            });
          }
          this.personRate(out, a.staffCode, event.date, a.minutesAttended);
        }
        break;
      }
      case 'milestones.csv': {
        const m = record as PackageRecords['milestones.csv'];
        this.practitionerRef(out, 'practitioner_code', m.practitionerCode);
        this.staffRef(out, 'assessor_code', m.assessorCode);
        if (m.assessorCode === m.practitionerCode)
          out.push({ column: 'assessor_code', problem: 'a practitioner cannot assess themselves' });
        break;
      }
      case 'time_entries.csv': {
        const t = record as PackageRecords['time_entries.csv'];
        this.staffRef(out, 'staff_code', t.staffCode);
        this.laRef(out, 'la_code', t.laCode);
        this.familyRef(out, 'family_reference', t.familyReference);
        if (out.length === 0 && this.staff.has(t.staffCode))
          this.ratesOf(out, ledgerLinesOfTimeEntry(t, this.staff));
        break;
      }
      case 'resources.csv': {
        const r = record as PackageRecords['resources.csv'];
        this.laRef(out, 'la_code', r.laCode);
        if (
          !this.unreadable.has('price_index.csv') &&
          !this.priceIndex.some((p) => p.year === r.priceYear)
        ) {
          out.push({
            column: 'price_year',
            problem: `no price index for ${r.priceYear} in price_index.csv`,
          });
        }
        break;
      }
    }
    return out;
  }
}

function unknownGathering(): Gathering {
  return { date: '', durationMinutes: 0, individual: false, attendees: 0 };
}

/**
 * Validates a whole package held in memory (rows as cell maps, by file, in
 * any order): for tests and small packages. Returns every problem found.
 */
export function validatePackageRows(
  files: Partial<
    Record<string, { header: readonly string[]; rows: ReadonlyArray<Record<string, string>> }>
  >,
  cap?: number,
): { problems: PackageProblem[]; total: number } {
  const validator = new PackageValidator(cap);
  for (const name of Object.keys(files)) {
    if (!(IMPORT_ORDER as readonly string[]).includes(name)) validator.unknownFile(name);
  }
  for (const file of IMPORT_ORDER) {
    const content = files[file];
    if (!content) continue;
    if (validator.beginFile(file, content.header)) {
      content.rows.forEach((cells, i) => validator.row(file, i + 2, cells));
    }
    validator.endFile(file);
  }
  validator.finish();
  return { problems: validator.problems.items, total: validator.problems.total };
}
