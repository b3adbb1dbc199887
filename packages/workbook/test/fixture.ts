import type {
  FamilyRecord,
  FamilySessionRecord,
  ProgrammeData,
  ResourceRecord,
  StaffRecord,
  TimeEntryRecord,
  UnitCostRecord,
} from '@attune/domain';

// Builders for a small, hand-made programme: each takes the fields that matter
// to a test and fills the rest with plain defaults.

export function staff(
  code: string,
  costRole: StaffRecord['costRole'],
  laCode: string | null,
): StaffRecord {
  return { code, displayName: `Name of ${code} (secret)`, costRole, laCode };
}

export function family(
  reference: string,
  laCode: string,
  over: Partial<FamilyRecord> = {},
): FamilyRecord {
  return {
    reference,
    laCode,
    referralDate: '2021-08-02',
    childBirthMonth: '2021-03',
    planAtReferral: 'CP',
    courtProceedings: false,
    trialArm: 'intervention',
    randomisationDate: '2021-08-09',
    practitionerCode: null,
    status: 'allocated',
    statusDate: null,
    statusReason: null,
    outcome6m: null,
    ...over,
  };
}

export function session(
  familyReference: string,
  practitionerCode: string,
  date: string,
  minutes: [contact: number, travel: number, prep: number],
  over: Partial<FamilySessionRecord> = {},
): FamilySessionRecord {
  return {
    familyReference,
    practitionerCode,
    date,
    type: 'initial_meeting',
    cycle: null,
    outcome: 'held',
    contactMinutes: minutes[0],
    travelMinutes: minutes[1],
    prepMinutes: minutes[2],
    ...over,
  };
}

export function unitCost(
  costRole: UnitCostRecord['costRole'],
  hourlyCostPence: number,
  priceYear: number,
  effectiveFrom: string | null = null,
  effectiveTo: string | null = null,
): UnitCostRecord {
  return {
    costRole,
    hourlyCostPence,
    priceYear,
    basis: 'working_hour',
    source: 'PSSRU 2021 table 11',
    effectiveFrom,
    effectiveTo,
  };
}

export function resource(description: string, over: Partial<ResourceRecord> = {}): ResourceRecord {
  return {
    description,
    category: 'equipment',
    laCode: null,
    costType: 'recurring',
    quantity: '1',
    unitCostPence: 10000,
    priceYear: 2021,
    usefulLifeYears: 1,
    bearer: 'provider',
    date: '2021-09-01',
    ...over,
  };
}

export function timeEntry(
  staffCode: string,
  date: string,
  minutes: number,
  over: Partial<TimeEntryRecord> = {},
): TimeEntryRecord {
  return {
    staffCode,
    date,
    activity: 'case_recording',
    minutes,
    laCode: null,
    familyReference: null,
    ...over,
  };
}

/**
 * Two LAs, three practitioners, a supervisor and a trainer with no LA; the
 * social-worker unit cost changes on 2022-01-01 and is in 2020 prices before
 * it; resources durable and not, set-up and recurring, LA and programme-wide.
 * Minutes and pence are chosen so that lines cost fractions of a penny.
 */
export function smallProgramme(): ProgrammeData {
  return {
    programme: {
      name: 'VIG test programme',
      funder: 'WWCSC',
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
    localAuthorities: [
      { code: 'LA1', name: 'Northtown' },
      { code: 'LA2', name: 'Southborough' },
    ],
    staff: [
      staff('P-LA1-01', 'social_worker', 'LA1'),
      staff('P-LA1-02', 'family_support_worker', 'LA1'),
      staff('P-LA2-01', 'social_worker', 'LA2'),
      staff('S-01', 'vig_supervisor', null),
      staff('T-01', 'vig_trainer', null),
    ],
    practitioners: ['P-LA1-01', 'P-LA1-02', 'P-LA2-01'].map((staffCode) => ({
      staffCode,
      substantiveRole: 'social_worker' as const,
      fte: '0.8',
      vigHoursPerWeek: '7.5',
      startDate: '2021-07-01',
      supervisorCode: 'S-01',
      status: 'active' as const,
      statusDate: null,
      statusReason: null,
    })),
    families: [
      family('F-LA1-001', 'LA1', { practitionerCode: 'P-LA1-01', status: 'completed' }),
      family('F-LA1-002', 'LA1', { practitionerCode: 'P-LA1-02', status: 'active' }),
      family('F-LA1-003', 'LA1', {
        practitionerCode: 'P-LA1-01',
        status: 'not_proceeded',
        statusReason: 'court_proceedings',
      }),
      family('F-LA1-004', 'LA1', { trialArm: 'control', status: 'randomised' }),
      family('F-LA2-001', 'LA2', { practitionerCode: 'P-LA2-01', status: 'completed' }),
    ],
    familySessions: [
      session('F-LA1-001', 'P-LA1-01', '2021-09-06', [61, 23, 47]),
      session('F-LA1-001', 'P-LA1-01', '2021-09-13', [59, 23, 91], { type: 'filming', cycle: 1 }),
      session('F-LA1-001', 'P-LA1-01', '2022-01-10', [73, 23, 17], {
        type: 'shared_review',
        cycle: 1,
      }),
      session('F-LA1-002', 'P-LA1-02', '2021-10-04', [45, 30, 13]),
      session('F-LA1-003', 'P-LA1-01', '2021-10-11', [0, 37, 5], {
        outcome: 'cancelled_by_family',
      }),
      session('F-LA2-001', 'P-LA2-01', '2022-02-07', [67, 41, 29]),
    ],
    supervisionSessions: [
      {
        id: 'SUP-1',
        date: '2021-10-20',
        supervisorCode: 'S-01',
        format: 'group',
        mode: 'remote',
        durationMinutes: 95,
        prepMinutes: 25,
      },
    ],
    supervisionAttendees: [
      { sessionId: 'SUP-1', practitionerCode: 'P-LA1-01', familyReference: 'F-LA1-001', cycle: 1 },
      { sessionId: 'SUP-1', practitionerCode: 'P-LA2-01', familyReference: null, cycle: null },
    ],
    trainingEvents: [
      {
        id: 'TR-1',
        date: '2021-07-05',
        type: 'initial_course',
        durationMinutes: 800,
        trainerCodes: ['T-01'],
      },
    ],
    trainingAttendees: [
      { eventId: 'TR-1', staffCode: 'P-LA1-01', minutesAttended: 800 },
      { eventId: 'TR-1', staffCode: 'P-LA2-01', minutesAttended: 733 },
    ],
    milestones: [
      {
        practitionerCode: 'P-LA1-01',
        type: 'accreditation',
        date: '2022-05-30',
        assessorCode: 'S-01',
        outcome: 'passed',
      },
    ],
    timeEntries: [
      timeEntry('P-LA1-01', '2021-11-02', 43),
      timeEntry('S-01', '2021-11-03', 31, { activity: 'admin', laCode: 'LA2' }),
      timeEntry('P-LA1-02', '2022-03-01', 17, { activity: 'meetings' }),
    ],
    unitCosts: [
      unitCost('social_worker', 4567, 2020, null, '2021-12-31'),
      unitCost('social_worker', 4789, 2021, '2022-01-01', null),
      unitCost('family_support_worker', 3133, 2021),
      unitCost('vig_supervisor', 5501, 2021),
      unitCost('vig_trainer', 6037, 2022),
    ],
    priceIndex: [
      { year: 2020, index: '100.0' },
      { year: 2021, index: '103.7' },
      { year: 2022, index: '109.2' },
    ],
    resources: [
      resource('Video camera', {
        laCode: 'LA1',
        costType: 'setup',
        unitCostPence: 45999,
        usefulLifeYears: 5,
        priceYear: 2020,
      }),
      resource('Editing software licence', {
        category: 'software',
        quantity: '3',
        unitCostPence: 12033,
      }),
      resource('Mileage', {
        category: 'travel_expenses',
        laCode: 'LA2',
        quantity: '123.456',
        unitCostPence: 45,
        bearer: 'la',
      }),
      resource('Training fee', {
        category: 'training_fee',
        costType: 'setup',
        unitCostPence: 250050,
        priceYear: 2022,
      }),
    ],
  };
}
