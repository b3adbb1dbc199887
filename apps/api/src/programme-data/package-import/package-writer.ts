import {
  copyRuleSet,
  RULE_SET_PRESETS,
  RULE_SETS,
  type FamilyStatus,
  type PackageFile,
  type PackageRecords,
} from '@attune/domain';
import { randomUUID } from 'node:crypto';
import { plainValues, tableOf } from '../package-format/stored-columns';
import type { ImportTransaction } from './package-import.repository';

/**
 * Writes validated records of one package into one transaction, turning the
 * package's codes into row ids. It keeps only the code → id maps that later
 * files refer to; the validator has already checked every reference, so a
 * missing id here is a bug, not bad input.
 */
export class PackageWriter {
  private readonly las = new Map<string, string>();
  private readonly staff = new Map<string, string>();
  private readonly families = new Map<string, string>();
  private readonly supervision = new Map<string, string>();
  private readonly training = new Map<string, string>();
  /**
   * Families whose status history the package has not given (yet): each gets
   * one step, its current status, unless family_status_history.csv has its own.
   */
  private readonly historyToCome = new Map<
    string,
    { status: FamilyStatus; statusDate: string | null; statusReason: string | null }
  >();

  constructor(private readonly tx: ImportTransaction) {}

  get programmeId(): string {
    return this.tx.programmeId;
  }

  private table(name: string) {
    return this.tx.rows(name);
  }

  private id(map: Map<string, string>, code: string, what: string): string {
    const id = map.get(code);
    if (!id) throw new Error(`${what} ${code} was validated but has no id`);
    return id;
  }

  private optionalId(map: Map<string, string>, code: string | null, what: string): string | null {
    return code === null ? null : this.id(map, code, what);
  }

  private newId(map: Map<string, string>, code: string): string {
    const id = randomUUID();
    map.set(code, id);
    return id;
  }

  /**
   * Writes one record: the ids it makes or looks up, then its plain columns
   * (the order of package-tables' COLUMNS).
   */
  async write<F extends PackageFile>(file: F, record: PackageRecords[F]): Promise<void> {
    const r = record;
    const add = (table: string, ids: unknown[]) =>
      this.table(table).add([...ids, ...plainValues(file, record)]);
    switch (file) {
      case 'programme.csv':
        return this.writeProgramme(r as PackageRecords['programme.csv']);
      case 'price_index.csv':
      case 'unit_costs.csv':
        return add(tableOf(file), []);
      case 'local_authorities.csv': {
        const la = r as PackageRecords['local_authorities.csv'];
        return add('local_authorities', [this.newId(this.las, la.code)]);
      }
      case 'staff.csv': {
        const s = r as PackageRecords['staff.csv'];
        return add('staff', [
          this.newId(this.staff, s.code),
          this.optionalId(this.las, s.laCode, 'LA'),
        ]);
      }
      case 'practitioners.csv': {
        const p = r as PackageRecords['practitioners.csv'];
        return add('practitioners', [
          this.id(this.staff, p.staffCode, 'staff'),
          this.optionalId(this.staff, p.supervisorCode, 'staff'),
        ]);
      }
      case 'families.csv': {
        const f = r as PackageRecords['families.csv'];
        const id = this.newId(this.families, f.reference);
        this.historyToCome.set(f.reference, {
          status: f.status,
          statusDate: f.statusDate,
          statusReason: f.statusReason,
        });
        return add('families', [
          id,
          this.id(this.las, f.laCode, 'LA'),
          this.optionalId(this.staff, f.practitionerCode, 'practitioner'),
        ]);
      }
      case 'family_status_history.csv': {
        const h = r as PackageRecords['family_status_history.csv'];
        this.historyToCome.delete(h.familyReference);
        return add('family_status_changes', [this.id(this.families, h.familyReference, 'family')]);
      }
      case 'rule_sets.csv':
        return add('rule_sets', []);
      case 'ineligible_referrals.csv': {
        const x = r as PackageRecords['ineligible_referrals.csv'];
        return add('ineligible_referrals', [this.id(this.las, x.laCode, 'LA')]);
      }
      case 'family_sessions.csv': {
        const s = r as PackageRecords['family_sessions.csv'];
        return add('family_sessions', [
          this.id(this.families, s.familyReference, 'family'),
          this.id(this.staff, s.practitionerCode, 'practitioner'),
        ]);
      }
      case 'supervision_sessions.csv': {
        const s = r as PackageRecords['supervision_sessions.csv'];
        return add('supervision_sessions', [
          this.newId(this.supervision, s.id),
          this.id(this.staff, s.supervisorCode, 'staff'),
        ]);
      }
      case 'supervision_attendees.csv': {
        const a = r as PackageRecords['supervision_attendees.csv'];
        return add('supervision_attendees', [
          this.id(this.supervision, a.sessionId, 'supervision session'),
          this.id(this.staff, a.practitionerCode, 'practitioner'),
          this.optionalId(this.families, a.familyReference, 'family'),
        ]);
      }
      case 'training_events.csv': {
        const e = r as PackageRecords['training_events.csv'];
        const id = this.newId(this.training, e.id);
        await add('training_events', [id]);
        for (const [position, code] of e.trainerCodes.entries()) {
          await this.table('training_trainers').add([
            id,
            position,
            this.id(this.staff, code, 'staff'),
          ]);
        }
        return;
      }
      case 'training_attendees.csv': {
        const a = r as PackageRecords['training_attendees.csv'];
        return add('training_attendees', [
          this.id(this.training, a.eventId, 'training event'),
          this.id(this.staff, a.staffCode, 'staff'),
        ]);
      }
      case 'milestones.csv': {
        const m = r as PackageRecords['milestones.csv'];
        return add('milestones', [
          this.id(this.staff, m.practitionerCode, 'practitioner'),
          this.optionalId(this.staff, m.assessorCode, 'staff'),
        ]);
      }
      case 'time_entries.csv': {
        const t = r as PackageRecords['time_entries.csv'];
        return add('time_entries', [
          this.id(this.staff, t.staffCode, 'staff'),
          this.optionalId(this.las, t.laCode, 'LA'),
          this.optionalId(this.families, t.familyReference, 'family'),
        ]);
      }
      case 'resources.csv': {
        const x = r as PackageRecords['resources.csv'];
        return add('resources', [this.optionalId(this.las, x.laCode, 'LA')]);
      }
    }
  }

  /** After each file (given or not): what a file left for later. */
  async endFile(file: PackageFile): Promise<void> {
    if (file !== 'family_status_history.csv') return;
    const table = this.table('family_status_changes');
    for (const [reference, s] of this.historyToCome)
      await table.add([
        this.id(this.families, reference, 'family'),
        s.status,
        s.statusDate,
        s.statusReason,
      ]);
    this.historyToCome.clear();
  }

  /**
   * The programme row and, when it names a preset, that preset's copy (an
   * admin's own rule set in force comes from rule_sets.csv).
   */
  private async writeProgramme(p: PackageRecords['programme.csv']): Promise<void> {
    const preset = (RULE_SETS as readonly string[]).includes(p.ruleSet)
      ? copyRuleSet(RULE_SET_PRESETS[p.ruleSet as keyof typeof RULE_SET_PRESETS])
      : null;
    await this.tx.insertProgramme(p, preset);
  }

  /** Ends the file's COPYs: after each file, so the next file's foreign keys find their rows. */
  async flush(): Promise<void> {
    await this.tx.flush();
  }

  /** Waits until every row sent is written (before the audit record and the commit). */
  async drain(): Promise<void> {
    await this.tx.drain();
  }

  /** Stops writing a refused package (the transaction is rolled back next). */
  async abort(): Promise<void> {
    await this.tx.abort();
  }
}
