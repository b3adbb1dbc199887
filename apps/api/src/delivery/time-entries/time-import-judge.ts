import {
  type CostContext,
  LedgerTally,
  ledgerLinesOfTimeEntry,
  type Principal,
  type StaffIndex,
  type TimeEntryRecord,
} from '@attune/domain';
import type { LockedPeriod } from '@attune/contract';
import type { EntityManager } from 'typeorm';
import type { ProgrammeContext } from '../../platform/programme-context/programme-context.service';
import type { PeriodLocksService } from '../period-locks/period-locks.service';
import {
  type EntryProblem,
  type EntryTarget,
  isProblem,
  judgeCountedOnce,
  judgeFamily,
  judgeTarget,
} from './entry-checks';
import type { TimeEntriesRepository } from './time-entries.repository';
import type { GoodRow, Problems } from './time-import-file';
import type { ImportFamily, ImportStaff, TimeImportRepository } from './time-import.repository';

const WARNING_CAP = 100;

const FIELD_COLUMN: Record<string, string> = {
  staffCode: 'staff_code',
  laCode: 'la_code',
  familyReference: 'family_reference',
};

/** One entry as it is written: ids resolved. */
export interface ResolvedEntry {
  staffId: string;
  laId: string | null;
  familyId: string | null;
}

export interface ImportJudgeDeps {
  imports: TimeImportRepository;
  entries: TimeEntriesRepository;
  locks: PeriodLocksService;
}

/**
 * Judges an import's rows a chunk at a time as one time entry would be (whose time, the
 * family, signed-off months, counted-once), keeping across chunks only what is per distinct
 * value (staff, families, their verdicts, the months touched) and the running figures, never
 * the rows. Its verdicts then resolve the same rows again for writing, without a query.
 */
export class ImportJudge {
  /** By code; null: no such staff member in the programme. */
  private readonly staff = new Map<string, ImportStaff | null>();
  /** By reference; null: no such family. */
  private readonly families = new Map<string, ImportFamily | null>();
  private readonly targets = new Map<string, EntryTarget | EntryProblem>();
  private readonly familyVerdicts = new Map<string, string | EntryProblem>();
  private readonly staffIndex: StaffIndex = new Map();
  /** Every (LA, month) a good row falls in, keyed `laId|month`: what the write must lock. */
  readonly periods = new Map<string, { la: { id: string; code: string }; month: string }>();
  /** Sign-offs read so far, by the same key; null: open. */
  private readonly signedOff = new Map<string, LockedPeriod | null>();
  private readonly tally: LedgerTally;
  readonly warnings: string[] = [];
  warningCount = 0;
  /** Rows judged good so far. */
  good = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly principal: Principal,
    private readonly programme: ProgrammeContext,
    private readonly deps: ImportJudgeDeps,
    private readonly problems: Problems,
    private readonly label: (column: string) => string,
    costs: CostContext,
  ) {
    this.tally = new LedgerTally(costs);
  }

  private get programmeId(): string {
    return this.programme.programme.id;
  }

  /** Judges these rows (a few queries for what earlier chunks did not look up); problems located. */
  async check(rows: readonly GoodRow[]): Promise<void> {
    await this.lookUp(rows);
    const targeted: Array<{ row: GoodRow; target: EntryTarget }> = [];
    const newPeriods: Array<{ la: { id: string; code: string }; month: string }> = [];
    for (const row of rows) {
      const r = row.record;
      const target = this.target(r);
      if (isProblem(target)) {
        this.problem(row, FIELD_COLUMN[target.field] ?? 'staff_code', target.problem);
        continue;
      }
      if (r.familyReference !== null) {
        const family = this.family(r.familyReference, target);
        if (typeof family !== 'string') {
          this.problem(row, 'family_reference', family.problem);
          continue;
        }
      }
      if (!this.staffIndex.has(r.staffCode)) {
        const person = this.staff.get(r.staffCode)!;
        this.staffIndex.set(r.staffCode, {
          code: r.staffCode,
          displayName: '',
          costRole: person.costRole,
          laCode: person.laId === null ? null : this.programme.laCodeById.get(person.laId)!,
        });
      }
      targeted.push({ row, target });
      const la = target.effectiveLa;
      const month = r.date.slice(0, 7);
      if (la && !this.periods.has(`${la.id}|${month}`)) {
        this.periods.set(`${la.id}|${month}`, { la, month });
        newPeriods.push({ la, month });
      }
    }
    // Read, not locked: the write takes every month's lock at once, sorted (see lockedAmong).
    const locked = await this.deps.locks.lockedAmong(
      this.manager,
      this.programmeId,
      newPeriods,
      false,
    );
    for (const p of newPeriods) {
      const key = `${p.la.id}|${p.month}`;
      this.signedOff.set(key, locked.get(key) ?? null);
    }
    const sources = await this.deps.entries.ledgerSources(
      this.manager,
      this.programmeId,
      targeted.map(({ row, target }) => ({ staffId: target.staffId, date: row.record.date })),
    );
    for (const { row, target } of targeted) {
      const r = row.record;
      const la = target.effectiveLa;
      const lock = la ? this.signedOff.get(`${la.id}|${r.date.slice(0, 7)}`) : null;
      if (lock) {
        this.problem(
          row,
          'date',
          `${lock.month} is signed off for ${lock.laCode}: ${lock.reason} An admin can reopen it.`,
        );
        continue;
      }
      const verdict = judgeCountedOnce(r, target.staffId, sources);
      if (verdict.refusal) {
        this.problem(row, 'activity', verdict.refusal);
        continue;
      }
      for (const warning of verdict.warnings) {
        if (this.warnings.length < WARNING_CAP) this.warnings.push(`line ${row.line}: ${warning}`);
        this.warningCount++;
      }
      for (const line of ledgerLinesOfTimeEntry(r, this.staffIndex)) this.tally.add(line);
      this.good++;
    }
  }

  /** The ids a row judged good is written with, from the verdicts already reached. */
  resolve(record: TimeEntryRecord): ResolvedEntry {
    const target = this.target(record);
    const family =
      record.familyReference === null || isProblem(target)
        ? null
        : this.family(record.familyReference, target);
    if (isProblem(target) || (family !== null && typeof family !== 'string'))
      throw new Error(`the import changed between its check and its write (${record.staffCode})`);
    return { staffId: target.staffId, laId: target.laId, familyId: family };
  }

  /** Rows, minutes and cost by LA and activity of the rows judged good. */
  figures() {
    const { rows, minutes, cost, cells, gaps } = this.tally.result();
    return { rows, minutes, cost, byLaAndActivity: cells, gaps };
  }

  /** The staff and families of these rows that earlier chunks did not look up. */
  private async lookUp(rows: readonly GoodRow[]): Promise<void> {
    const codes = new Set<string>();
    const references = new Set<string>();
    for (const { record } of rows) {
      if (!this.staff.has(record.staffCode)) codes.add(record.staffCode);
      const reference = record.familyReference;
      if (reference !== null && !this.families.has(reference)) references.add(reference);
    }
    if (codes.size > 0) {
      const found = await this.deps.imports.staff(this.manager, this.programmeId, [...codes]);
      for (const code of codes) this.staff.set(code, found.get(code) ?? null);
    }
    if (references.size > 0) {
      const found = await this.deps.imports.families(this.manager, this.programmeId, [
        ...references,
      ]);
      for (const reference of references)
        this.families.set(reference, found.get(reference) ?? null);
    }
  }

  /** Judged once per staff member and LA (each judgement builds the caller's abilities). */
  private target(r: TimeEntryRecord): EntryTarget | EntryProblem {
    const key = `${r.staffCode}\u0000${r.laCode ?? ''}`;
    let target = this.targets.get(key);
    if (!target) {
      const person = this.staff.get(r.staffCode) ?? undefined;
      target = judgeTarget(this.principal, this.programme, 'create', r.staffCode, person, r.laCode);
      this.targets.set(key, target);
    }
    return target;
  }

  /** Judged once per family and LA: the family's id, or why it may not be named. */
  private family(reference: string, target: EntryTarget): string | EntryProblem {
    const key = `${reference}\u0000${target.effectiveLa?.id ?? ''}`;
    let verdict = this.familyVerdicts.get(key);
    if (verdict === undefined) {
      const family = this.families.get(reference) ?? undefined;
      const inLa =
        family && (target.effectiveLa === null || family.laId === target.effectiveLa.id)
          ? family
          : undefined;
      verdict = judgeFamily(this.principal, 'create', reference, inLa);
      this.familyVerdicts.set(key, verdict);
    }
    return verdict;
  }

  private problem(row: GoodRow, column: string, problem: string): void {
    this.problems.add(row.line, this.label(column), problem);
  }
}
