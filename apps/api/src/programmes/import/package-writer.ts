import {
  copyRuleSet,
  RULE_SET_PRESETS,
  type PackageFile,
  type PackageRecords,
} from '@attune/domain';
import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { StatementQueue, TableBatch, type BatchColumn } from './table-batch';

type Tables = Partial<Record<string, TableBatch>>;

/** Columns of each bulk-inserted table, in the order `row()` gives values. */
const COLUMNS: Record<string, readonly BatchColumn[]> = {
  price_indices: [
    ['year', 'smallint'],
    ['index', 'numeric'],
  ],
  unit_costs: [
    ['cost_role', 'text'],
    ['hourly_cost_pence', 'integer'],
    ['price_year', 'smallint'],
    ['basis', 'text'],
    ['source', 'text'],
    ['effective_from', 'date'],
    ['effective_to', 'date'],
  ],
  local_authorities: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
  ],
  staff: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['display_name', 'text'],
    ['cost_role', 'text'],
    ['la_id', 'uuid'],
  ],
  practitioners: [
    ['staff_id', 'uuid'],
    ['substantive_role', 'text'],
    ['fte', 'numeric'],
    ['vig_hours_per_week', 'numeric'],
    ['start_date', 'date'],
    ['supervisor_id', 'uuid'],
    ['status', 'text'],
    ['status_date', 'date'],
    ['status_reason', 'text'],
  ],
  families: [
    ['id', 'uuid'],
    ['reference', 'text'],
    ['la_id', 'uuid'],
    ['referral_date', 'date'],
    ['child_birth_month', 'text'],
    ['plan_at_referral', 'text'],
    ['court_proceedings', 'boolean'],
    ['trial_arm', 'text'],
    ['randomisation_date', 'date'],
    ['practitioner_id', 'uuid'],
    ['status', 'text'],
    ['status_date', 'date'],
    ['status_reason', 'text'],
    ['outcome6m', 'text'],
  ],
  family_status_changes: [
    ['family_id', 'uuid'],
    ['status', 'text'],
    ['status_date', 'date'],
    ['status_reason', 'text'],
  ],
  family_sessions: [
    ['family_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ['date', 'date'],
    ['type', 'text'],
    ['cycle', 'smallint'],
    ['outcome', 'text'],
    ['contact_minutes', 'integer'],
    ['travel_minutes', 'integer'],
    ['prep_minutes', 'integer'],
  ],
  supervision_sessions: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['date', 'date'],
    ['supervisor_id', 'uuid'],
    ['format', 'text'],
    ['mode', 'text'],
    ['duration_minutes', 'integer'],
    ['prep_minutes', 'integer'],
  ],
  supervision_attendees: [
    ['session_id', 'uuid'],
    ['practitioner_id', 'uuid'],
    ['family_id', 'uuid'],
    ['cycle', 'smallint'],
  ],
  training_events: [
    ['id', 'uuid'],
    ['code', 'text'],
    ['date', 'date'],
    ['type', 'text'],
    ['duration_minutes', 'integer'],
  ],
  training_trainers: [
    ['event_id', 'uuid'],
    ['position', 'smallint'],
    ['staff_id', 'uuid'],
  ],
  training_attendees: [
    ['event_id', 'uuid'],
    ['staff_id', 'uuid'],
    ['minutes_attended', 'integer'],
  ],
  milestones: [
    ['practitioner_id', 'uuid'],
    ['type', 'text'],
    ['date', 'date'],
    ['assessor_id', 'uuid'],
    ['outcome', 'text'],
  ],
  time_entries: [
    ['staff_id', 'uuid'],
    ['date', 'date'],
    ['activity', 'text'],
    ['minutes', 'integer'],
    ['la_id', 'uuid'],
    ['family_id', 'uuid'],
  ],
  resources: [
    ['description', 'text'],
    ['category', 'text'],
    ['la_id', 'uuid'],
    ['cost_type', 'text'],
    ['quantity', 'numeric'],
    ['unit_cost_pence', 'integer'],
    ['price_year', 'smallint'],
    ['useful_life_years', 'integer'],
    ['bearer', 'text'],
    ['date', 'date'],
  ],
};

/** Tables without a version column (rows only ever added or removed with their parent). */
const UNVERSIONED = new Set([
  'family_status_changes',
  'supervision_attendees',
  'training_trainers',
  'training_attendees',
]);

/** Tables filled from the same file as the table they refer to. */
const PARENTS: Partial<Record<string, string>> = {
  family_status_changes: 'families',
  training_trainers: 'training_events',
};

/**
 * Writes validated records of one package into one transaction, turning the
 * package's codes into row ids. It keeps only the code → id maps that later
 * files refer to; the validator has already checked every reference, so a
 * missing id here is a bug, not bad input.
 */
export class PackageWriter {
  readonly programmeId = randomUUID();
  private readonly tables: Tables = {};
  private readonly las = new Map<string, string>();
  private readonly staff = new Map<string, string>();
  private readonly families = new Map<string, string>();
  private readonly supervision = new Map<string, string>();
  private readonly training = new Map<string, string>();

  private readonly queue: StatementQueue;

  constructor(private readonly runner: QueryRunner) {
    this.queue = new StatementQueue(runner);
  }

  private table(name: string): TableBatch {
    let table = this.tables[name];
    if (!table) {
      const parentName = PARENTS[name];
      table = new TableBatch(this.queue, name, COLUMNS[name]!, this.programmeId, {
        versioned: !UNVERSIONED.has(name),
        parent: parentName ? this.table(parentName) : undefined,
      });
      this.tables[name] = table;
    }
    return table;
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
    await this.queue.drain();
    await this.runner.query(
      `INSERT INTO programmes (id, name, funder, provider, start_date, intake_start, intake_end, delivery_end,
         price_year, discount_rate, min_families_per_practitioner, min_sessions_per_family, cycles_per_family, rule_set, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1)`,
      [
        this.programmeId,
        p.name,
        p.funder,
        p.provider,
        p.startDate,
        p.intakeStart,
        p.intakeEnd,
        p.deliveryEnd,
        p.priceYear,
        p.discountRate,
        p.minFamiliesPerPractitioner,
        p.minSessionsPerFamily,
        p.cyclesPerFamily,
        p.ruleSet,
      ],
    );
    const ruleSet = copyRuleSet(RULE_SET_PRESETS[p.ruleSet]);
    await this.runner.query(
      'INSERT INTO rule_sets (programme_id, code, name, definition, version) VALUES ($1, $2, $3, $4, 1)',
      [this.programmeId, ruleSet.code, ruleSet.name, JSON.stringify(ruleSet)],
    );
  }

  /** Writes what is buffered: after each file, so the next file's foreign keys find their rows. */
  async flush(): Promise<void> {
    for (const table of Object.values(this.tables)) await table?.flush();
  }

  /** Waits until every statement sent has run (before the audit record and the commit). */
  async drain(): Promise<void> {
    await this.flush();
    await this.queue.drain();
  }
}
