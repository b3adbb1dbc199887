import { ledgerLinesOfFamilySession, ledgerLinesOfTimeEntry } from '../costing/ledger.js';
import { IMPORT_ORDER, type PackageFile, type PackageRecords } from './files.js';
import type { PackageProblem } from './problems.js';
import { supervisionAttendeesProblem } from '../accreditation/supervision-attendees.js';
import { parseRow, type ColumnProblem } from './rows.js';
import { ValidatorState } from './validator-state.js';

/**
 * Validates a data package file by file, row by row, keeping only what later
 * files refer to (codes, the staff's cost roles and LAs, the families'
 * referral dates, sessions' dates): a large package is checked as it streams.
 * Files must be given in IMPORT_ORDER. Every problem lands in `problems`.
 */
export class PackageValidator extends ValidatorState {
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
        if (!this.families.has(f.reference)) {
          this.families.set(f.reference, f.referralDate);
          this.familyStatuses.set(f.reference, f.status);
        }
        break;
      }
      case 'family_status_history.csv': {
        const h = record as PackageRecords['family_status_history.csv'];
        this.familyRef(out, 'family_reference', h.familyReference);
        if (out.length === 0) this.lastHistory.set(h.familyReference, { status: h.status, line });
        break;
      }
      case 'ineligible_referrals.csv': {
        const r = record as PackageRecords['ineligible_referrals.csv'];
        this.laRef(out, 'la_code', r.laCode);
        break;
      }
      case 'rule_sets.csv': {
        const r = record as PackageRecords['rule_sets.csv'];
        this.unique(out, 'code', this.ruleSets, r.code, 'rule set');
        this.ruleSets.add(r.code);
        break;
      }
      case 'family_sessions.csv': {
        const s = record as PackageRecords['family_sessions.csv'];
        this.familyRef(out, 'family_reference', s.familyReference);
        this.practitionerRef(out, 'practitioner_code', s.practitionerCode);
        this.inWindow(out, 'date', s.date);
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
        this.inWindow(out, 'date', s.date);
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
        this.inWindow(out, 'date', e.date);
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
        this.inWindow(out, 'date', m.date);
        this.practitionerRef(out, 'practitioner_code', m.practitionerCode);
        this.staffRef(out, 'assessor_code', m.assessorCode);
        if (m.assessorCode === m.practitionerCode)
          out.push({ column: 'assessor_code', problem: 'a practitioner cannot assess themselves' });
        break;
      }
      case 'time_entries.csv': {
        const t = record as PackageRecords['time_entries.csv'];
        this.inWindow(out, 'date', t.date);
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
