// The hand-worked programme of the cost summary spec: every figure of its
// summary is derived by hand in the comment below.
import type { ProgrammeData } from '../src/model/records.js';

/*
 * A small programme whose every figure is worked out by hand below.
 *
 * Price index 2020 = 100, 2021 = 104; the programme's price year is 2021, so a
 * 2020 price is multiplied by 104/100 = 1.04.
 *
 * Rates (pence an hour, then a minute):
 *   social_worker          4500 (2020) x 1.04 = 4680/h =  78/min
 *   family_support_worker  3000 (2021)        = 3000/h =  50/min
 *   vig_supervisor         6000 (2020) x 1.04 = 6240/h = 104/min
 *   vig_trainer            7200 (2021)        = 7200/h = 120/min
 *   admin_staff            2000 (2021)        = 2000/h = 33.333.../min
 *
 * Staff: P-A-01 social worker (LA A), P-A-02 family support worker (A),
 * ADM-A admin (A), P-B-01 social worker (B), SUP-01 supervisor and TRN-01
 * trainer (provider, no LA: the programme row). LA C has nothing.
 *
 * Ledger (pence):
 *   family sessions (practitioner's LA):
 *     F-A-001 P-A-01 held:      direct 60 x 78 = 4680, travel 30 x 78 = 2340, prep 10 x 78 = 780    (A)
 *     F-A-002 P-A-02 cancelled: travel 40 x 50 = 2000 (contact and prep 0: no lines)               (A)
 *     F-B-001 P-B-01 held:      direct 45 x 78 = 3510, travel 20 x 78 = 1560, prep 60 x 78 = 4680   (B)
 *   group supervision G1, 90 min + 30 prep, 3 attendees:
 *     SUP-01 provided (90 + 30) x 104 = 12480                                                     (programme)
 *     received in full by each: P-A-01 90 x 78 = 7020 (A), P-A-02 90 x 50 = 4500 (A), P-B-01 90 x 78 = 7020 (B)
 *   initial course T1, 360 min, trainer TRN-01: delivered 360 x 120 = 43200                         (programme)
 *     received: P-A-01 360 x 78 = 28080 (A), P-B-01 300 x 78 = 23400 (B)
 *   time entries: SUP-01 meetings 30 min naming LA B: 30 x 104 = 3120                               (B)
 *                 P-A-01 case recording 20 min, no LA: 20 x 78 = 1560                              (A)
 *                 ADM-A admin 7 min: 7 x 2000 / 60 = 233.333...                                     (A)
 *
 * Staff by LA: A = 4680 + 2340 + 780 + 2000 + 7020 + 4500 + 28080 + 1560 + 233.333... = 51193.333...
 *              B = 3510 + 1560 + 4680 + 7020 + 23400 + 3120 = 43290
 *              programme = 12480 + 43200 = 55680;  staff total = 150163.333... (£1501.63)
 *
 * Resources (2020 prices x 1.04):
 *   camera, programme, setup, 2 x 25000 x 1.04 = 52000, life 3 years
 *   course fee, A, setup, 1 x 10000 x 1.04 = 10400
 *   mileage, B, recurring, 12.5 miles x 45 (2021) = 562.5
 *   resources total 62962.5 (£629.625 → £629.63)
 * Total = 150163.333... + 62962.5 = 213125.833... (£2131.26)
 *
 * EAC of the camera at r = 0.035, n = 3: 1.035^3 = 1.108717875;
 *   52000 x 0.035 x 1.108717875 / 0.108717875 = 18560.577...; plus the plain
 *   10400 + 562.5 = 29523.077... (£295.23)
 * Set-up = training 43200 + 51480 + setup resources 52000 + 10400 = 157080;
 *   recurring = 213125.833... - 157080 = 56045.833... (£560.46)
 * Sensitivity: low = 0.8 x 150163.333... + 62962.5 = 183093.166... (£1830.93);
 *   high = 1.2 x 150163.333... + 62962.5 = 243158.5 exactly, which rounds half up to £2431.59
 *   (a rounded intermediate would give 243158.4999... and £2431.58).
 * Counts: allocated 3 intervention families with a practitioner (F-A-002 did
 *   not proceed but counts), started 2 (held sessions), completed 1, trained 2
 *   (P-A-01 and P-B-01 attended the initial course), accredited 0 (a deferred
 *   accreditation does not count) → null.
 *   Per family: 213125.833.../3 = 71041.944... (£710.42), /2 = 106562.916... (£1065.63), /1 £2131.26.
 */
export function handWorkedProgramme(): ProgrammeData {
  const family = {
    referralDate: '2021-08-02',
    childBirthMonth: '2021-05',
    planAtReferral: 'CP' as const,
    courtProceedings: false,
    randomisationDate: '2021-08-09',
    statusDate: null,
    statusReason: null,
    outcome6m: null,
  };
  const session = { type: 'initial_meeting' as const, cycle: null };
  const practitioner = {
    substantiveRole: 'social_worker' as const,
    fte: '1.0',
    vigHoursPerWeek: '7.5',
    startDate: '2021-07-01',
    supervisorCode: 'SUP-01',
    status: 'active' as const,
    statusDate: null,
    statusReason: null,
  };
  const unitCost = {
    basis: 'working_hour' as const,
    source: 'PSSRU',
    effectiveFrom: null,
    effectiveTo: null,
  };
  return {
    programme: {
      name: 'Hand-worked',
      funder: 'F',
      provider: 'P',
      startDate: '2021-07-01',
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
    localAuthorities: [
      { code: 'C', name: 'Cee' },
      { code: 'A', name: 'Ay' },
      { code: 'B', name: 'Bee' },
    ],
    staff: [
      { code: 'P-A-01', displayName: 'x', costRole: 'social_worker', laCode: 'A' },
      { code: 'P-A-02', displayName: 'x', costRole: 'family_support_worker', laCode: 'A' },
      { code: 'ADM-A', displayName: 'x', costRole: 'admin_staff', laCode: 'A' },
      { code: 'P-B-01', displayName: 'x', costRole: 'social_worker', laCode: 'B' },
      { code: 'SUP-01', displayName: 'x', costRole: 'vig_supervisor', laCode: null },
      { code: 'TRN-01', displayName: 'x', costRole: 'vig_trainer', laCode: null },
    ],
    practitioners: [
      { ...practitioner, staffCode: 'P-A-01' },
      { ...practitioner, staffCode: 'P-A-02', substantiveRole: 'family_support_worker' },
      { ...practitioner, staffCode: 'P-B-01' },
    ],
    families: [
      {
        ...family,
        reference: 'F-A-001',
        laCode: 'A',
        trialArm: 'intervention',
        practitionerCode: 'P-A-01',
        status: 'completed',
      },
      {
        ...family,
        reference: 'F-A-002',
        laCode: 'A',
        trialArm: 'intervention',
        practitionerCode: 'P-A-02',
        status: 'not_proceeded',
      },
      {
        ...family,
        reference: 'F-B-001',
        laCode: 'B',
        trialArm: 'intervention',
        practitionerCode: 'P-B-01',
        status: 'active',
      },
      {
        ...family,
        reference: 'F-B-002',
        laCode: 'B',
        trialArm: 'control',
        practitionerCode: null,
        status: 'randomised',
      },
    ],
    familySessions: [
      {
        ...session,
        familyReference: 'F-A-001',
        practitionerCode: 'P-A-01',
        date: '2021-09-01',
        outcome: 'held',
        contactMinutes: 60,
        travelMinutes: 30,
        prepMinutes: 10,
      },
      {
        ...session,
        familyReference: 'F-A-002',
        practitionerCode: 'P-A-02',
        date: '2021-09-02',
        outcome: 'cancelled_by_family',
        contactMinutes: 0,
        travelMinutes: 40,
        prepMinutes: 0,
      },
      {
        familyReference: 'F-B-001',
        practitionerCode: 'P-B-01',
        date: '2021-09-03',
        type: 'filming',
        cycle: 1,
        outcome: 'held',
        contactMinutes: 45,
        travelMinutes: 20,
        prepMinutes: 60,
      },
    ],
    supervisionSessions: [
      {
        id: 'G1',
        date: '2021-10-01',
        supervisorCode: 'SUP-01',
        format: 'group',
        mode: 'in_person',
        durationMinutes: 90,
        prepMinutes: 30,
      },
    ],
    supervisionAttendees: [
      { sessionId: 'G1', practitionerCode: 'P-A-01', familyReference: 'F-A-001', cycle: 1 },
      { sessionId: 'G1', practitionerCode: 'P-A-02', familyReference: null, cycle: null },
      { sessionId: 'G1', practitionerCode: 'P-B-01', familyReference: null, cycle: null },
    ],
    trainingEvents: [
      {
        id: 'T1',
        date: '2021-07-05',
        type: 'initial_course',
        durationMinutes: 360,
        trainerCodes: ['TRN-01'],
      },
    ],
    trainingAttendees: [
      { eventId: 'T1', staffCode: 'P-A-01', minutesAttended: 360 },
      { eventId: 'T1', staffCode: 'P-B-01', minutesAttended: 300 },
    ],
    milestones: [
      {
        practitionerCode: 'P-A-01',
        type: 'accreditation',
        date: '2022-06-01',
        assessorCode: 'SUP-01',
        outcome: 'deferred',
      },
    ],
    timeEntries: [
      {
        staffCode: 'SUP-01',
        date: '2021-11-01',
        activity: 'meetings',
        minutes: 30,
        laCode: 'B',
        familyReference: null,
      },
      {
        staffCode: 'P-A-01',
        date: '2021-11-02',
        activity: 'case_recording',
        minutes: 20,
        laCode: null,
        familyReference: 'F-A-001',
      },
      {
        staffCode: 'ADM-A',
        date: '2021-11-03',
        activity: 'admin',
        minutes: 7,
        laCode: null,
        familyReference: null,
      },
    ],
    unitCosts: [
      { ...unitCost, costRole: 'social_worker', hourlyCostPence: 4500, priceYear: 2020 },
      {
        ...unitCost,
        costRole: 'family_support_worker',
        hourlyCostPence: 3000,
        priceYear: 2021,
        basis: 'client_hour',
      },
      { ...unitCost, costRole: 'vig_supervisor', hourlyCostPence: 6000, priceYear: 2020 },
      { ...unitCost, costRole: 'vig_trainer', hourlyCostPence: 7200, priceYear: 2021 },
      { ...unitCost, costRole: 'admin_staff', hourlyCostPence: 2000, priceYear: 2021 },
    ],
    priceIndex: [
      { year: 2020, index: '100' },
      { year: 2021, index: '104' },
    ],
    resources: [
      {
        description: 'Camera',
        category: 'equipment',
        laCode: null,
        costType: 'setup',
        quantity: '2',
        unitCostPence: 25000,
        priceYear: 2020,
        usefulLifeYears: 3,
        bearer: 'provider',
        date: '2021-07-01',
      },
      {
        description: 'Course fee',
        category: 'training_fee',
        laCode: 'A',
        costType: 'setup',
        quantity: '1',
        unitCostPence: 10000,
        priceYear: 2020,
        usefulLifeYears: 1,
        bearer: 'la',
        date: '2021-07-01',
      },
      {
        description: 'Mileage',
        category: 'travel_expenses',
        laCode: 'B',
        costType: 'recurring',
        quantity: '12.5',
        unitCostPence: 45,
        priceYear: 2021,
        usefulLifeYears: 1,
        bearer: 'la',
        date: '2021-09-03',
      },
    ],
  };
}

/*
 * The hand-worked programme (test/hand-worked-programme.ts) changed so that two families never start:
 *   F-A-002 (LA A) did not proceed, reason moved_away: its cancelled visit's travel, 40 min x 50p = 2000.
 *   F-B-001 (LA B) is allocated to P-B-01 and its only session is cancelled (no held session):
 *     the session: contact 45 + travel 20 + prep 60 = 125 min x 78p = 9750;
 *     P-B-01's supervision attendance names F-B-001: 90 min x 78p = 7020;
 *     an admin time entry of ADM-A names F-B-001: 7 min x 2000/60 = 233.333...
 *     B: 222 min, 17003.333... pence (£170.03).
 *   Total: 2 families, 262 min, 19003.333... pence (£190.03).
 * F-A-001 had a held session and F-B-002 is a control family: neither counts.
 */
export function twoNotStarted(): ProgrammeData {
  const data = handWorkedProgramme();
  data.families[1]!.statusReason = 'moved_away';
  data.familySessions[2]!.outcome = 'cancelled_by_practitioner';
  data.supervisionAttendees[2]!.familyReference = 'F-B-001';
  data.timeEntries[2]!.familyReference = 'F-B-001';
  return data;
}
