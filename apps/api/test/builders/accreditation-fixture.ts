import type { FamilySessionRecord, PractitionerRecord, StaffRecord } from '@attune/domain';
import type { DataSource } from 'typeorm';
import { insertProgramme } from './programme-builder';

/**
 * The accreditation tests' programme (used only by *.integration-spec.ts),
 * written by the one programme builder: two LAs; supervisors S-01
 * (supervising P-LA1-01, P-LA1-02, P-LA1-03) and S-02 (supervising
 * P-LA2-01); one family per practitioner (F-<code>), and `cycles[code]` held
 * shared reviews for that family, weekly, ending on `lastCycle`.
 */
export interface Fixture {
  programmeId: string;
  staffId: Record<string, string>;
  /** By practitioner code: the practitioner's one family. */
  familyId: Record<string, string>;
}

export const FIXTURE_PRACTITIONERS = ['P-LA1-01', 'P-LA1-02', 'P-LA1-03', 'P-LA2-01'] as const;

const DAY_MS = 86_400_000;

export async function insertFixture(
  dataSource: DataSource,
  options: { cycles?: Record<string, number>; lastCycle?: string; deliveryEnd?: string } = {},
): Promise<Fixture> {
  const laOf = (code: string) => code.slice(2, 5);
  const staff: StaffRecord[] = [
    { code: 'S-01', displayName: 'Name of S-01', costRole: 'vig_supervisor', laCode: null },
    { code: 'S-02', displayName: 'Name of S-02', costRole: 'vig_supervisor', laCode: null },
    ...FIXTURE_PRACTITIONERS.map((code) => ({
      code,
      displayName: `Name of ${code}`,
      costRole: 'social_worker' as const,
      laCode: laOf(code),
    })),
  ];
  const practitioners: PractitionerRecord[] = FIXTURE_PRACTITIONERS.map((code) => ({
    staffCode: code,
    substantiveRole: 'social_worker',
    fte: '1.0',
    vigHoursPerWeek: '7.5',
    startDate: '2021-07-01',
    supervisorCode: laOf(code) === 'LA1' ? 'S-01' : 'S-02',
    status: 'active',
    statusDate: null,
    statusReason: null,
  }));
  const last = new Date(`${options.lastCycle ?? '2022-03-01'}T00:00:00Z`).getTime();
  const familySessions: FamilySessionRecord[] = FIXTURE_PRACTITIONERS.flatMap((code) => {
    const count = options.cycles?.[code] ?? 0;
    return Array.from({ length: count }, (_, i) => ({
      familyReference: `F-${code}`,
      practitionerCode: code,
      date: new Date(last - 7 * DAY_MS * (count - 1 - i)).toISOString().slice(0, 10),
      type: 'shared_review' as const,
      // Distinct (family, cycle) pairs: beyond cycle 3 the fixture reuses the family with higher numbers.
      cycle: i + 1,
      outcome: 'held' as const,
      contactMinutes: 60,
      travelMinutes: 20,
      prepMinutes: 90,
    }));
  });
  const built = await insertProgramme(dataSource, {
    programme: {
      name: 'Test programme',
      funder: 'WWCSC',
      provider: 'Babies1st',
      startDate: '2021-06-01',
      intakeStart: '2021-08-01',
      intakeEnd: '2022-03-31',
      deliveryEnd: options.deliveryEnd ?? '2022-06-30',
      priceYear: 2021,
      discountRate: '0.035',
      minFamiliesPerPractitioner: 6,
      minSessionsPerFamily: 8,
      cyclesPerFamily: 3,
      ruleSet: 'aviguk_18_cycle',
    },
    staff,
    practitioners,
    families: FIXTURE_PRACTITIONERS.map((code) => ({
      reference: `F-${code}`,
      laCode: laOf(code),
      referralDate: '2021-08-02',
      childBirthMonth: '2021-05',
      planAtReferral: 'CiN',
      courtProceedings: false,
      trialArm: 'intervention',
      randomisationDate: '2021-08-09',
      practitionerCode: code,
      status: 'active',
      statusDate: '2021-08-16',
      statusReason: null,
      outcome6m: null,
    })),
    familySessions,
  });
  const familyId = Object.fromEntries(
    FIXTURE_PRACTITIONERS.map((code) => [code, built.familyId[`F-${code}`]!]),
  );
  return { programmeId: built.programmeId, staffId: built.staffId, familyId };
}
