import {
  BEARERS,
  checkEligibility,
  COST_ROLES,
  COST_TYPES,
  FAMILY_STATUSES,
  MILESTONE_OUTCOMES,
  MILESTONE_TYPES,
  NOT_PROCEEDED_REASONS,
  OUTCOMES_6M,
  PLANS,
  PRACTITIONER_STATUS_REASONS,
  PRACTITIONER_STATUSES,
  RESOURCE_CATEGORIES,
  RULE_SETS,
  SESSION_OUTCOMES,
  SESSION_TYPES,
  SUBSTANTIVE_ROLES,
  SUPERVISION_FORMATS,
  SUPERVISION_MODES,
  TIME_ENTRY_ACTIVITIES,
  TRAINING_TYPES,
  TRIAL_ARMS,
  UNIT_COST_BASES,
  WITHDRAWN_REASONS,
  type IsoDate,
  type ProgrammeData,
} from '@attune/domain';

/**
 * The data-package rules of DESIGN.md checked over generated records, so the
 * seed tests prove the demo and the scale programme would import. (The
 * importer has its own validation; this is the generators' self-check.)
 */

/** A person-minute record of the staff-time ledger: whose minutes, on which day. */
export interface PersonMinutes {
  staffCode: string;
  date: IsoDate;
  minutes: number;
}

/** Every ledger line the records yield (one per minutes field above zero), as DESIGN.md's ledger rules derive them. */
export function* ledgerPersonMinutes(data: ProgrammeData): Generator<PersonMinutes> {
  for (const s of data.familySessions) {
    for (const minutes of [s.contactMinutes, s.travelMinutes, s.prepMinutes]) {
      if (minutes > 0) yield { staffCode: s.practitionerCode, date: s.date, minutes };
    }
  }
  const sessions = new Map(data.supervisionSessions.map((s) => [s.id, s]));
  for (const s of data.supervisionSessions) {
    if (s.durationMinutes + s.prepMinutes > 0)
      yield {
        staffCode: s.supervisorCode,
        date: s.date,
        minutes: s.durationMinutes + s.prepMinutes,
      };
  }
  for (const a of data.supervisionAttendees) {
    const s = sessions.get(a.sessionId);
    if (s && s.durationMinutes > 0)
      yield { staffCode: a.practitionerCode, date: s.date, minutes: s.durationMinutes };
  }
  const events = new Map(data.trainingEvents.map((e) => [e.id, e]));
  for (const e of data.trainingEvents) {
    for (const trainer of e.trainerCodes)
      if (e.durationMinutes > 0)
        yield { staffCode: trainer, date: e.date, minutes: e.durationMinutes };
  }
  for (const a of data.trainingAttendees) {
    const e = events.get(a.eventId);
    if (e && a.minutesAttended > 0)
      yield { staffCode: a.staffCode, date: e.date, minutes: a.minutesAttended };
  }
  for (const t of data.timeEntries)
    if (t.minutes > 0) yield { staffCode: t.staffCode, date: t.date, minutes: t.minutes };
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DECIMAL_3 = /^\d+(\.\d{1,3})?$/;

export function packageProblems(data: ProgrammeData): string[] {
  const problems: string[] = [];
  const fail = (where: string, problem: string): void => {
    if (problems.length < 50) problems.push(`${where}: ${problem}`);
  };
  const oneOf = (where: string, value: unknown, allowed: readonly unknown[]): void => {
    if (!allowed.includes(value))
      fail(where, `${String(value)} is not one of ${allowed.join(', ')}`);
  };
  const date = (where: string, value: string | null, required = true): void => {
    if (value === null ? required : !ISO_DATE.test(value)) fail(where, `bad date ${String(value)}`);
  };
  const minutes = (where: string, value: number): void => {
    if (!Number.isInteger(value) || value < 0)
      fail(where, `minutes must be a non-negative integer (got ${value})`);
  };
  const unique = (where: string, keys: string[]): Set<string> => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) fail(where, `duplicate ${key}`);
      seen.add(key);
    }
    return seen;
  };
  const p = data.programme;
  oneOf('programme.rule_set', p.ruleSet, RULE_SETS);
  for (const d of [p.startDate, p.intakeStart, p.intakeEnd, p.deliveryEnd]) date('programme', d);

  const las = unique(
    'local_authorities.code',
    data.localAuthorities.map((l) => l.code),
  );
  const staff = new Map(data.staff.map((s) => [s.code, s]));
  unique(
    'staff.code',
    data.staff.map((s) => s.code),
  );
  for (const s of data.staff) {
    oneOf(`staff ${s.code} cost_role`, s.costRole, COST_ROLES);
    if (s.laCode !== null && !las.has(s.laCode)) fail(`staff ${s.code}`, `unknown LA ${s.laCode}`);
  }
  const practitioners = unique(
    'practitioners.staff_code',
    data.practitioners.map((x) => x.staffCode),
  );
  for (const x of data.practitioners) {
    const where = `practitioner ${x.staffCode}`;
    if (!staff.has(x.staffCode)) fail(where, 'not in staff');
    if (x.supervisorCode !== null && !staff.has(x.supervisorCode))
      fail(where, `unknown supervisor ${x.supervisorCode}`);
    oneOf(where, x.substantiveRole, SUBSTANTIVE_ROLES);
    oneOf(where, x.status, PRACTITIONER_STATUSES);
    const fte = Number(x.fte);
    if (!DECIMAL_3.test(x.fte) || fte < 0.1 || fte > 1) fail(where, `fte ${x.fte}`);
    if (!DECIMAL_3.test(x.vigHoursPerWeek)) fail(where, `vig hours ${x.vigHoursPerWeek}`);
    date(where, x.startDate);
    if (
      x.status === 'active'
        ? x.statusReason !== null
        : x.statusReason === null || x.statusDate === null
    )
      fail(where, 'status reason');
    if (x.statusReason !== null) oneOf(where, x.statusReason, PRACTITIONER_STATUS_REASONS);
  }

  const families = new Map(data.families.map((f) => [f.reference, f]));
  unique(
    'families.reference',
    data.families.map((f) => f.reference),
  );
  for (const f of data.families) {
    const where = `family ${f.reference}`;
    if (!las.has(f.laCode)) fail(where, `unknown LA ${f.laCode}`);
    oneOf(where, f.planAtReferral, PLANS);
    oneOf(where, f.trialArm, TRIAL_ARMS);
    oneOf(where, f.status, FAMILY_STATUSES);
    if (f.outcome6m !== null) oneOf(where, f.outcome6m, OUTCOMES_6M);
    date(where, f.referralDate);
    date(where, f.randomisationDate, f.trialArm !== 'not_randomised');
    date(where, f.statusDate, false);
    if (f.practitionerCode !== null && !practitioners.has(f.practitionerCode))
      fail(where, `unknown practitioner ${f.practitionerCode}`);
    if (f.trialArm !== 'intervention' && f.practitionerCode !== null)
      fail(where, 'only intervention families are allocated');
    const eligibility = checkEligibility(f);
    if (!eligibility.eligible) fail(where, eligibility.reason);
    if (f.status === 'not_proceeded')
      oneOf(`${where} reason`, f.statusReason, NOT_PROCEEDED_REASONS);
    else if (f.status === 'withdrawn') oneOf(`${where} reason`, f.statusReason, WITHDRAWN_REASONS);
    else if (f.statusReason !== null)
      fail(where, `reason ${f.statusReason} with status ${f.status}`);
  }

  data.familySessions.forEach((s, i) => {
    const where = `family_sessions line ${i + 2}`;
    const family = families.get(s.familyReference);
    if (!family) fail(where, `unknown family ${s.familyReference}`);
    if (!practitioners.has(s.practitionerCode))
      fail(where, `unknown practitioner ${s.practitionerCode}`);
    if (family && family.practitionerCode !== s.practitionerCode)
      fail(where, "not the family's allocated practitioner");
    oneOf(where, s.type, SESSION_TYPES);
    oneOf(where, s.outcome, SESSION_OUTCOMES);
    date(where, s.date);
    const cycled = s.type === 'filming' || s.type === 'shared_review';
    if (cycled ? s.cycle === null || s.cycle < 1 || s.cycle > p.cyclesPerFamily : s.cycle !== null)
      fail(where, `cycle ${String(s.cycle)} for ${s.type}`);
    for (const m of [s.contactMinutes, s.travelMinutes, s.prepMinutes]) minutes(where, m);
  });

  const supervision = unique(
    'supervision_sessions.id',
    data.supervisionSessions.map((s) => s.id),
  );
  for (const s of data.supervisionSessions) {
    if (!staff.has(s.supervisorCode))
      fail(`supervision ${s.id}`, `unknown supervisor ${s.supervisorCode}`);
    oneOf(`supervision ${s.id}`, s.format, SUPERVISION_FORMATS);
    oneOf(`supervision ${s.id}`, s.mode, SUPERVISION_MODES);
    date(`supervision ${s.id}`, s.date);
    minutes(`supervision ${s.id}`, s.durationMinutes);
    minutes(`supervision ${s.id}`, s.prepMinutes);
  }
  for (const a of data.supervisionAttendees) {
    const where = `supervision attendee ${a.sessionId}/${a.practitionerCode}`;
    if (!supervision.has(a.sessionId)) fail(where, 'unknown session');
    if (!practitioners.has(a.practitionerCode)) fail(where, 'unknown practitioner');
    if (a.familyReference !== null && !families.has(a.familyReference))
      fail(where, `unknown family ${a.familyReference}`);
    if (
      a.cycle !== null &&
      (a.familyReference === null || a.cycle < 1 || a.cycle > p.cyclesPerFamily)
    )
      fail(where, `cycle ${a.cycle}`);
  }

  const events = unique(
    'training_events.id',
    data.trainingEvents.map((e) => e.id),
  );
  for (const e of data.trainingEvents) {
    oneOf(`training ${e.id}`, e.type, TRAINING_TYPES);
    date(`training ${e.id}`, e.date);
    for (const t of e.trainerCodes)
      if (!staff.has(t)) fail(`training ${e.id}`, `unknown trainer ${t}`);
  }
  for (const a of data.trainingAttendees) {
    if (!events.has(a.eventId)) fail(`training attendee ${a.eventId}`, 'unknown event');
    if (!staff.has(a.staffCode))
      fail(`training attendee ${a.eventId}`, `unknown staff ${a.staffCode}`);
    minutes(`training attendee ${a.eventId}`, a.minutesAttended);
  }
  for (const m of data.milestones) {
    const where = `milestone ${m.practitionerCode} ${m.type}`;
    if (!practitioners.has(m.practitionerCode)) fail(where, 'unknown practitioner');
    if (m.assessorCode !== null && !staff.has(m.assessorCode))
      fail(where, `unknown assessor ${m.assessorCode}`);
    oneOf(where, m.type, MILESTONE_TYPES);
    oneOf(where, m.outcome, MILESTONE_OUTCOMES);
    date(where, m.date);
  }
  data.timeEntries.forEach((t, i) => {
    const where = `time_entries line ${i + 2}`;
    if (!staff.has(t.staffCode)) fail(where, `unknown staff ${t.staffCode}`);
    if (t.laCode !== null && !las.has(t.laCode)) fail(where, `unknown LA ${t.laCode}`);
    if (t.familyReference !== null && !families.has(t.familyReference))
      fail(where, `unknown family ${t.familyReference}`);
    oneOf(where, t.activity, TIME_ENTRY_ACTIVITIES);
    date(where, t.date);
    minutes(where, t.minutes);
  });

  const indexYears = unique(
    'price_index.year',
    data.priceIndex.map((x) => String(x.year)),
  );
  const needIndex = (where: string, year: number): void => {
    if (!indexYears.has(String(year))) fail(where, `no price index for ${year}`);
  };
  needIndex('programme', p.priceYear);
  for (const u of data.unitCosts) {
    oneOf('unit_costs.cost_role', u.costRole, COST_ROLES);
    oneOf('unit_costs.basis', u.basis, UNIT_COST_BASES);
    if (!Number.isInteger(u.hourlyCostPence) || u.hourlyCostPence <= 0)
      fail(`unit cost ${u.costRole}`, 'pence');
    needIndex(`unit cost ${u.costRole}`, u.priceYear);
  }
  for (const r of data.resources) {
    const where = `resource ${r.description}`;
    oneOf(where, r.category, RESOURCE_CATEGORIES);
    oneOf(where, r.costType, COST_TYPES);
    oneOf(where, r.bearer, BEARERS);
    if (r.laCode !== null && !las.has(r.laCode)) fail(where, `unknown LA ${r.laCode}`);
    if (!DECIMAL_3.test(r.quantity)) fail(where, `quantity ${r.quantity}`);
    if (!Number.isInteger(r.unitCostPence)) fail(where, 'pence');
    needIndex(where, r.priceYear);
    date(where, r.date);
  }

  // Exactly one unit cost of the person's role covers each ledger line's date.
  const covering = (role: string, on: IsoDate) =>
    data.unitCosts.filter(
      (u) =>
        u.costRole === role &&
        (u.effectiveFrom ?? '') <= on &&
        on <= (u.effectiveTo ?? '9999-12-31'),
    );
  const checked = new Set<string>();
  for (const line of ledgerPersonMinutes(data)) {
    const role = staff.get(line.staffCode)?.costRole;
    if (!role) continue;
    const key = `${role}|${line.date}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const count = covering(role, line.date).length;
    if (count !== 1)
      fail(`ledger ${line.staffCode} ${line.date}`, `${count} unit costs cover ${role}`);
  }
  return problems;
}
