import type {
  CapacityInput,
  FamilyRecord,
  FamilySessionRecord,
  ProgrammeRecord,
  StaffRecord,
  PractitionerRecord,
  SupervisionAttendeeRecord,
  SupervisionSessionRecord,
  TimeEntryRecord,
} from '@attune/domain';
import type { DataSource } from 'typeorm';
import { insertProgramme, type BuiltProgramme } from './programme-builder';

/**
 * The delivery tests' programme (used only by *.integration-spec.ts), as of
 * DELIVERY_TODAY, written as domain records so a test can compare the API
 * with the domain's own computation on exactly the same data:
 * - LA1: P-LA1-01 with six active families (F-LA1-A6 overdue), P-LA1-02 with
 *   three (active B1 last seen exactly 14 days ago, B2 not proceeded, B3
 *   completed), P-LA1-03 with none; C1 referred, C2 control, C3 intervention.
 * - LA2: P-LA2-01 with one active family never seen (overdue).
 */
export const DELIVERY_TODAY = '2022-03-31';

const programme: ProgrammeRecord = {
  name: 'Delivery test programme',
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
};

const staff: StaffRecord[] = [
  { code: 'S-01', displayName: 'Sam Supervisor', costRole: 'vig_supervisor', laCode: null },
  ...['P-LA1-01', 'P-LA1-02', 'P-LA1-03', 'P-LA2-01'].map((code) => ({
    code,
    displayName: `Name of ${code}`,
    costRole: 'social_worker' as const,
    laCode: code.slice(2, 5),
  })),
];

const practitioners: PractitionerRecord[] = staff.slice(1).map((s) => ({
  staffCode: s.code,
  substantiveRole: 'social_worker',
  fte: '1.0',
  vigHoursPerWeek: s.code === 'P-LA1-03' ? '3' : '7.5',
  startDate: '2021-07-01',
  supervisorCode: 'S-01',
  status: 'active',
  statusDate: null,
  statusReason: null,
}));

function family(reference: string, overrides: Partial<FamilyRecord>): FamilyRecord {
  return {
    reference,
    laCode: reference.slice(2, 5),
    referralDate: '2021-09-01',
    childBirthMonth: '2021-06',
    planAtReferral: 'CiN',
    courtProceedings: false,
    trialArm: 'intervention',
    randomisationDate: '2021-09-08',
    practitionerCode: null,
    status: 'active',
    statusDate: '2021-09-20',
    statusReason: null,
    outcome6m: null,
    ...overrides,
  };
}

const families: FamilyRecord[] = [
  ...[1, 2, 3, 4, 5, 6].map((i) => family(`F-LA1-A${i}`, { practitionerCode: 'P-LA1-01' })),
  family('F-LA1-B1', { practitionerCode: 'P-LA1-02' }),
  family('F-LA1-B2', {
    practitionerCode: 'P-LA1-02',
    courtProceedings: true,
    status: 'not_proceeded',
    statusReason: 'court_proceedings',
  }),
  family('F-LA1-B3', {
    practitionerCode: 'P-LA1-02',
    status: 'completed',
    referralDate: '2021-08-10',
  }),
  family('F-LA1-C1', {
    trialArm: 'not_randomised',
    randomisationDate: null,
    status: 'referred',
    statusDate: '2022-03-01',
    referralDate: '2022-03-01',
    childBirthMonth: '2022-01',
  }),
  family('F-LA1-C2', {
    trialArm: 'control',
    status: 'randomised',
    statusDate: '2022-03-08',
    referralDate: '2022-03-01',
    randomisationDate: '2022-03-08',
    childBirthMonth: '2022-01',
  }),
  family('F-LA1-C3', {
    status: 'randomised',
    statusDate: '2022-03-08',
    referralDate: '2022-03-01',
    randomisationDate: '2022-03-08',
    childBirthMonth: '2022-01',
  }),
  family('F-LA2-D1', { practitionerCode: 'P-LA2-01', statusDate: '2022-03-01' }),
];

function session(
  familyReference: string,
  practitionerCode: string,
  date: string,
  outcome: FamilySessionRecord['outcome'] = 'held',
): FamilySessionRecord {
  return {
    familyReference,
    practitionerCode,
    date,
    type: 'other',
    cycle: null,
    outcome,
    contactMinutes: 60,
    travelMinutes: 15,
    prepMinutes: 30,
  };
}

const familySessions: FamilySessionRecord[] = [
  ...[1, 2, 3, 4, 5].flatMap((i) =>
    ['2022-03-07', '2022-03-14', '2022-03-21', '2022-03-28'].map((d) =>
      session(`F-LA1-A${i}`, 'P-LA1-01', d),
    ),
  ),
  session('F-LA1-A6', 'P-LA1-01', '2022-03-10'),
  session('F-LA1-A6', 'P-LA1-01', '2022-03-24', 'cancelled_by_family'),
  session('F-LA1-B1', 'P-LA1-02', '2022-02-10'),
  session('F-LA1-B1', 'P-LA1-02', '2022-03-17'),
  session('F-LA1-B1', 'P-LA1-02', '2022-03-24', 'did_not_attend'),
];

const supervisionSessions: SupervisionSessionRecord[] = [
  {
    id: 'SUP-1',
    date: '2022-03-15',
    supervisorCode: 'S-01',
    format: 'group',
    mode: 'remote',
    durationMinutes: 60,
    prepMinutes: 15,
  },
  {
    id: 'SUP-2',
    date: '2022-02-01',
    supervisorCode: 'S-01',
    format: 'individual',
    mode: 'remote',
    durationMinutes: 60,
    prepMinutes: 15,
  },
];
const supervisionAttendees: SupervisionAttendeeRecord[] = [
  { sessionId: 'SUP-1', practitionerCode: 'P-LA1-01', familyReference: null, cycle: null },
  { sessionId: 'SUP-1', practitionerCode: 'P-LA2-01', familyReference: null, cycle: null },
  { sessionId: 'SUP-2', practitionerCode: 'P-LA1-01', familyReference: null, cycle: null },
];
const timeEntries: TimeEntryRecord[] = [
  {
    staffCode: 'P-LA1-01',
    date: '2022-03-20',
    activity: 'case_recording',
    minutes: 30,
    laCode: null,
    familyReference: null,
  },
  {
    staffCode: 'P-LA1-02',
    date: '2022-02-15',
    activity: 'admin',
    minutes: 45,
    laCode: null,
    familyReference: null,
  },
  {
    staffCode: 'P-LA2-01',
    date: '2022-03-30',
    activity: 'meetings',
    minutes: 20,
    laCode: null,
    familyReference: null,
  },
];

/** The fixture's records, in the shape the domain's capacityRows takes. */
export const DELIVERY_RECORDS: CapacityInput = {
  programme,
  staff,
  practitioners,
  families,
  familySessions,
  supervisionSessions,
  supervisionAttendees,
  timeEntries,
  asOf: DELIVERY_TODAY,
};

export type DeliveryFixture = BuiltProgramme;

export async function insertDeliveryFixture(dataSource: DataSource): Promise<DeliveryFixture> {
  return insertProgramme(dataSource, {
    programme,
    staff,
    practitioners,
    families,
    familySessions,
    supervisionSessions,
    supervisionAttendees,
    timeEntries,
  });
}
