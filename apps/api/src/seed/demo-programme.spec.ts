import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { checkEligibility, type FamilySessionRecord } from '@attune/domain';
import { buildDemoProgramme, DEMO_BEHIND, DEMO_WITHDRAWN } from './demo-programme';
import { ledgerPersonMinutes, packageProblems } from './invariants';

const data = buildDemoProgramme();
const allocated = (code: string) =>
  data.families.filter((f) => f.trialArm === 'intervention' && f.practitionerCode === code);
const heldSessions = (code: string) =>
  data.familySessions.filter((s) => s.practitionerCode === code && s.outcome === 'held');

/** Median days between a practitioner's consecutive held sessions with the same family. */
function medianGap(code: string): number {
  const byFamily = new Map<string, FamilySessionRecord[]>();
  for (const s of heldSessions(code))
    byFamily.set(s.familyReference, [...(byFamily.get(s.familyReference) ?? []), s]);
  const gaps: number[] = [];
  for (const list of byFamily.values()) {
    for (let i = 1; i < list.length; i++)
      gaps.push((Date.parse(list[i]!.date) - Date.parse(list[i - 1]!.date)) / 86_400_000);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

describe('buildDemoProgramme', () => {
  it('satisfies every data-package rule (enumerations, references, unique codes, cycles, reasons, unit cost coverage)', () => {
    assert.deepEqual(packageProblems(data), []);
  });

  it('is deterministic', () => {
    assert.deepEqual(buildDemoProgramme(), data);
  });

  it("carries the seeds' programme values", () => {
    assert.deepEqual(
      { ...data.programme, name: undefined },
      {
        name: undefined,
        funder: "What Works for Children's Social Care",
        provider: 'Babies1st',
        startDate: '2021-06-01',
        intakeStart: '2021-08-01',
        intakeEnd: '2022-03-31',
        deliveryEnd: '2022-06-30',
        priceYear: 2021,
        discountRate: '0.035',
        minFamiliesPerPractitioner: 6,
        minSessionsPerFamily: 8,
        cyclesPerFamily: 3,
        ruleSet: 'aviguk_18_cycle',
      },
    );
  });

  it('has 21 practitioners coded P-<LA>-NN in four LAs, supervised and trained by provider staff', () => {
    assert.deepEqual(
      data.localAuthorities.map((l) => l.code),
      ['LA1', 'LA2', 'LA3', 'LA4'],
    );
    assert.equal(data.practitioners.length, 21);
    const staff = new Map(data.staff.map((s) => [s.code, s]));
    for (const p of data.practitioners) {
      const la = staff.get(p.staffCode)?.laCode;
      assert.match(p.staffCode, new RegExp(`^P-${la}-\\d{2}$`));
      assert.match(p.supervisorCode ?? '', /^S-\d{2}$/);
    }
    for (const la of data.localAuthorities) {
      assert.ok(
        data.practitioners.filter((p) => p.staffCode.startsWith(`P-${la.code}-`)).length >= 5,
      );
      assert.ok(data.staff.some((s) => s.laCode === la.code && s.costRole === 'team_manager'));
      assert.ok(data.staff.some((s) => s.laCode === la.code && s.costRole === 'admin_staff'));
    }
    assert.ok(
      data.staff
        .filter((s) => s.costRole === 'vig_trainer')
        .every((s) => /^T-\d{2}$/.test(s.code) && s.laCode === null),
    );
  });

  it('allocates at least six families to every practitioner except the deliberately behind and the withdrawn', () => {
    for (const p of data.practitioners) {
      const count = allocated(p.staffCode).length;
      if (p.staffCode in DEMO_BEHIND || p.staffCode === DEMO_WITHDRAWN)
        assert.ok(count < 6, `${p.staffCode} has ${count}`);
      else assert.ok(count >= 6, `${p.staffCode} has only ${count} families`);
    }
  });

  it('makes the behind practitioners visibly slower and the withdrawn one stop at withdrawal', () => {
    const steadyGap = medianGap('P-LA1-01');
    for (const code of Object.keys(DEMO_BEHIND))
      assert.ok(medianGap(code) > steadyGap, `${code} is not slower`);
    const withdrawn = data.practitioners.find((p) => p.staffCode === DEMO_WITHDRAWN);
    assert.equal(withdrawn?.status, 'withdrawn');
    assert.ok(withdrawn?.statusDate && withdrawn.statusReason);
    assert.ok(
      data.familySessions
        .filter((s) => s.practitionerCode === DEMO_WITHDRAWN)
        .every((s) => s.date <= withdrawn.statusDate!),
    );
    assert.equal(data.practitioners.filter((p) => p.status !== 'active').length, 1);
  });

  it('refers only eligible families, inside the intake, randomised 1:1 within each LA', () => {
    for (const f of data.families) {
      assert.deepEqual(checkEligibility(f), { eligible: true }, f.reference);
      assert.ok(f.referralDate >= '2021-08-01' && f.referralDate <= '2022-03-31', f.reference);
      if (f.randomisationDate)
        assert.ok(f.randomisationDate >= '2021-07-01' && f.randomisationDate >= f.referralDate);
    }
    for (const la of data.localAuthorities) {
      const arm = (name: string) =>
        data.families.filter((f) => f.laCode === la.code && f.trialArm === name).length;
      assert.equal(arm('intervention'), arm('control'), la.code);
      assert.ok(arm('not_randomised') > 0);
    }
  });

  it('gives sessions only to intervention families, by their allocated practitioner, within delivery', () => {
    const families = new Map(data.families.map((f) => [f.reference, f]));
    const practitioners = new Set(data.practitioners.map((p) => p.staffCode));
    for (const s of data.familySessions) {
      const family = families.get(s.familyReference);
      assert.ok(family, `unknown family ${s.familyReference}`);
      assert.ok(practitioners.has(s.practitionerCode));
      assert.equal(family.trialArm, 'intervention');
      assert.equal(s.practitionerCode, family.practitionerCode);
      assert.ok(s.date <= data.programme.deliveryEnd);
    }
    assert.ok(
      data.families
        .filter((f) => f.trialArm === 'control')
        .every((f) => f.practitionerCode === null),
    );
    const outcomes = new Set(data.familySessions.map((s) => s.outcome));
    assert.deepEqual([...outcomes].sort(), [
      'cancelled_by_family',
      'cancelled_by_practitioner',
      'did_not_attend',
      'held',
    ]);
  });

  it("holds each cycle's filming before its shared review, and completed families have the full course", () => {
    const held = data.familySessions.filter((s) => s.outcome === 'held');
    for (const review of held.filter((s) => s.type === 'shared_review')) {
      const filming = held.find(
        (s) =>
          s.familyReference === review.familyReference &&
          s.type === 'filming' &&
          s.cycle === review.cycle,
      );
      assert.ok(
        filming && filming.date < review.date,
        `${review.familyReference} cycle ${review.cycle}`,
      );
    }
    for (const f of data.families.filter((x) => x.status === 'completed')) {
      const own = held.filter((s) => s.familyReference === f.reference);
      assert.ok(own.length >= data.programme.minSessionsPerFamily, f.reference);
      assert.equal(own.filter((s) => s.type === 'shared_review').length, 3);
      assert.ok(own.every((s) => s.date <= f.statusDate!));
    }
  });

  it("shows seed 003's pattern: about a third of CP referrals allocated do not proceed, with its reasons", () => {
    const cp = data.families.filter(
      (f) => f.trialArm === 'intervention' && f.planAtReferral === 'CP',
    );
    const notProceeded = cp.filter((f) => f.status === 'not_proceeded');
    const share = notProceeded.length / cp.length;
    assert.ok(share > 0.25 && share < 0.5, `share ${share}`);
    const reasons = new Set(notProceeded.map((f) => f.statusReason));
    for (const r of ['not_ready_or_declined', 'child_removed_or_placed', 'court_proceedings'])
      assert.ok(reasons.has(r as never), r);
    assert.ok(
      notProceeded.every(
        (f) =>
          !data.familySessions.some(
            (s) => s.familyReference === f.reference && s.outcome === 'held',
          ),
      ),
    );
    assert.ok(data.families.some((f) => f.courtProceedings));
    assert.ok(data.families.some((f) => f.status === 'withdrawn' && f.statusReason !== null));
  });

  it("covers every person-minute record with exactly one unit cost of the person's role", () => {
    const roles = new Map(data.staff.map((s) => [s.code, s.costRole]));
    let lines = 0;
    for (const line of ledgerPersonMinutes(data)) {
      lines++;
      const role = roles.get(line.staffCode);
      const covering = data.unitCosts.filter(
        (u) =>
          u.costRole === role &&
          (u.effectiveFrom ?? '') <= line.date &&
          line.date <= (u.effectiveTo ?? '9999'),
      );
      assert.equal(covering.length, 1, `${line.staffCode} ${line.date}`);
    }
    assert.ok(lines > 5000);
    assert.equal(data.unitCosts.filter((u) => u.costRole === 'social_worker').length, 2);
    assert.deepEqual(new Set(data.unitCosts.map((u) => u.costRole)).size, 8);
  });

  it('records supervision, training and milestones the accreditation dashboard can use', () => {
    const individual = data.supervisionSessions.filter((s) => s.format === 'individual');
    const group = new Set(
      data.supervisionSessions.filter((s) => s.format === 'group').map((s) => s.id),
    );
    assert.ok(individual.length > 0 && group.size > 0);
    assert.ok(data.supervisionAttendees.filter((a) => group.has(a.sessionId)).length > group.size);
    assert.ok(
      data.supervisionAttendees.some((a) => a.familyReference !== null && a.cycle !== null),
    );
    const course = data.trainingEvents.filter((e) => e.type === 'initial_course');
    assert.ok(course.length >= 2 && course.every((e) => e.trainerCodes.length > 0));
    for (const p of data.practitioners) {
      assert.ok(
        data.trainingAttendees.some(
          (a) => a.staffCode === p.staffCode && course.some((e) => e.id === a.eventId),
        ),
      );
    }
    const accreditation = data.milestones.filter((m) => m.type === 'accreditation');
    assert.ok(accreditation.some((m) => m.outcome === 'passed'));
    assert.ok(accreditation.some((m) => m.outcome === 'deferred'));
    const supervisorOf = new Map(data.practitioners.map((p) => [p.staffCode, p.supervisorCode]));
    for (const m of data.milestones.filter((x) => x.type === 'midpoint_review')) {
      assert.notEqual(m.assessorCode, supervisorOf.get(m.practitionerCode));
    }
    assert.ok(new Set(data.timeEntries.map((t) => t.activity)).size >= 4);
  });

  it('prices resources per LA and programme-wide, with durable cameras and decimal mileage', () => {
    const cameras = data.resources.filter(
      (r) => r.category === 'equipment' && r.usefulLifeYears === 3,
    );
    assert.ok(cameras.length >= 4);
    assert.ok(
      data.resources.some((r) => r.laCode === null) &&
        data.resources.some((r) => r.laCode !== null),
    );
    assert.ok(
      data.resources.some((r) => r.category === 'travel_expenses' && /\.\d/.test(r.quantity)),
    );
    const years = new Set(data.priceIndex.map((x) => x.year));
    for (const r of data.resources) assert.ok(years.has(r.priceYear));
  });

  it('identifies families by reference only: no names, no full dates of birth, nothing in free text', () => {
    const keys = [
      'reference',
      'laCode',
      'referralDate',
      'childBirthMonth',
      'planAtReferral',
      'courtProceedings',
      'trialArm',
      'randomisationDate',
      'practitionerCode',
      'status',
      'statusDate',
      'statusReason',
      'outcome6m',
    ].sort();
    for (const f of data.families) {
      assert.deepEqual(Object.keys(f).sort(), keys);
      assert.match(f.reference, /^F-LA\d-\d{4}$/);
      assert.match(f.childBirthMonth, /^\d{4}-\d{2}$/);
    }
    const freeText = [
      data.programme.name,
      ...data.localAuthorities.map((l) => l.name),
      ...data.staff.map((s) => s.displayName),
      ...data.resources.map((r) => r.description),
      ...data.unitCosts.map((u) => u.source),
    ];
    for (const text of freeText) {
      assert.doesNotMatch(
        text,
        /F-LA|\b(mother|father|mum|dad|baby|infant|parent|son|daughter)\b/i,
        text,
      );
    }
    // Staff display names are fictional people, none shared with another staff member.
    assert.equal(new Set(data.staff.map((s) => s.displayName)).size, data.staff.length);
  });
});
