import {
  copyRuleSet,
  RULE_SET_PRESETS,
  type PackageFile,
  type PackageRecords,
} from '@attune/domain';
import { randomUUID } from 'node:crypto';
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

  async write<F extends PackageFile>(file: F, record: PackageRecords[F]): Promise<void> {
    const r = record;
    switch (file) {
      case 'programme.csv':
        return this.writeProgramme(r as PackageRecords['programme.csv']);
      case 'price_index.csv': {
        const p = r as PackageRecords['price_index.csv'];
        return this.table('price_indices').add([p.year, p.index]);
      }
      case 'unit_costs.csv': {
        const u = r as PackageRecords['unit_costs.csv'];
        return this.table('unit_costs').add([
          u.costRole,
          u.hourlyCostPence,
          u.priceYear,
          u.basis,
          u.source,
          u.effectiveFrom,
          u.effectiveTo,
        ]);
      }
      case 'local_authorities.csv': {
        const la = r as PackageRecords['local_authorities.csv'];
        return this.table('local_authorities').add([
          this.newId(this.las, la.code),
          la.code,
          la.name,
        ]);
      }
      case 'staff.csv': {
        const s = r as PackageRecords['staff.csv'];
        const la = this.optionalId(this.las, s.laCode, 'LA');
        return this.table('staff').add([
          this.newId(this.staff, s.code),
          s.code,
          s.displayName,
          s.costRole,
          la,
        ]);
      }
      case 'practitioners.csv': {
        const p = r as PackageRecords['practitioners.csv'];
        return this.table('practitioners').add([
          this.id(this.staff, p.staffCode, 'staff'),
          p.substantiveRole,
          p.fte,
          p.vigHoursPerWeek,
          p.startDate,
          this.optionalId(this.staff, p.supervisorCode, 'staff'),
          p.status,
          p.statusDate,
          p.statusReason,
        ]);
      }
      case 'families.csv': {
        const f = r as PackageRecords['families.csv'];
        const id = this.newId(this.families, f.reference);
        await this.table('families').add([
          id,
          f.reference,
          this.id(this.las, f.laCode, 'LA'),
          f.referralDate,
          f.childBirthMonth,
          f.planAtReferral,
          f.courtProceedings,
          f.trialArm,
          f.randomisationDate,
          this.optionalId(this.staff, f.practitionerCode, 'practitioner'),
          f.status,
          f.statusDate,
          f.statusReason,
          f.outcome6m,
        ]);
        return this.table('family_status_changes').add([
          id,
          f.status,
          f.statusDate,
          f.statusReason,
        ]);
      }
      case 'family_sessions.csv': {
        const s = r as PackageRecords['family_sessions.csv'];
        return this.table('family_sessions').add([
          this.id(this.families, s.familyReference, 'family'),
          this.id(this.staff, s.practitionerCode, 'practitioner'),
          s.date,
          s.type,
          s.cycle,
          s.outcome,
          s.contactMinutes,
          s.travelMinutes,
          s.prepMinutes,
        ]);
      }
      case 'supervision_sessions.csv': {
        const s = r as PackageRecords['supervision_sessions.csv'];
        return this.table('supervision_sessions').add([
          this.newId(this.supervision, s.id),
          s.id,
          s.date,
          this.id(this.staff, s.supervisorCode, 'staff'),
          s.format,
          s.mode,
          s.durationMinutes,
          s.prepMinutes,
        ]);
      }
      case 'supervision_attendees.csv': {
        const a = r as PackageRecords['supervision_attendees.csv'];
        return this.table('supervision_attendees').add([
          this.id(this.supervision, a.sessionId, 'supervision session'),
          this.id(this.staff, a.practitionerCode, 'practitioner'),
          this.optionalId(this.families, a.familyReference, 'family'),
          a.cycle,
        ]);
      }
      case 'training_events.csv': {
        const e = r as PackageRecords['training_events.csv'];
        const id = this.newId(this.training, e.id);
        await this.table('training_events').add([id, e.id, e.date, e.type, e.durationMinutes]);
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
        return this.table('training_attendees').add([
          this.id(this.training, a.eventId, 'training event'),
          this.id(this.staff, a.staffCode, 'staff'),
          a.minutesAttended,
        ]);
      }
      case 'milestones.csv': {
        const m = r as PackageRecords['milestones.csv'];
        return this.table('milestones').add([
          this.id(this.staff, m.practitionerCode, 'practitioner'),
          m.type,
          m.date,
          this.optionalId(this.staff, m.assessorCode, 'staff'),
          m.outcome,
        ]);
      }
      case 'time_entries.csv': {
        const t = r as PackageRecords['time_entries.csv'];
        return this.table('time_entries').add([
          this.id(this.staff, t.staffCode, 'staff'),
          t.date,
          t.activity,
          t.minutes,
          this.optionalId(this.las, t.laCode, 'LA'),
          this.optionalId(this.families, t.familyReference, 'family'),
        ]);
      }
      case 'resources.csv': {
        const x = r as PackageRecords['resources.csv'];
        return this.table('resources').add([
          x.description,
          x.category,
          this.optionalId(this.las, x.laCode, 'LA'),
          x.costType,
          x.quantity,
          x.unitCostPence,
          x.priceYear,
          x.usefulLifeYears,
          x.bearer,
          x.date,
        ]);
      }
    }
  }

  /** The programme row and its rule set, a copy of the preset the package names. */
  private async writeProgramme(p: PackageRecords['programme.csv']): Promise<void> {
    await this.tx.insertProgramme(p, copyRuleSet(RULE_SET_PRESETS[p.ruleSet]));
  }

  /** Writes what is buffered: after each file, so the next file's foreign keys find their rows. */
  async flush(): Promise<void> {
    await this.tx.flush();
  }

  /** Waits until every statement sent has run (before the audit record and the commit). */
  async drain(): Promise<void> {
    await this.tx.drain();
  }
}
