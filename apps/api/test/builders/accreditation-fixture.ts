import type { DataSource } from 'typeorm';
import { FamilyEntity } from '../../src/delivery/families/entities/family.entity';
import { FamilySessionEntity } from '../../src/delivery/family-sessions/entities/family-session.entity';
import { LocalAuthorityEntity } from '../../src/programme-data/reference/entities/local-authority.entity';
import { PractitionerEntity } from '../../src/programme-data/reference/entities/practitioner.entity';
import { ProgrammeEntity } from '../../src/programme-data/programmes/entities/programme.entity';
import { StaffMemberEntity } from '../../src/programme-data/reference/entities/staff-member.entity';

/**
 * A small programme for integration tests (used only by *.integration-spec.ts):
 * two LAs; supervisors S-01 (supervising P-LA1-01, P-LA1-02, P-LA1-03) and
 * S-02 (supervising P-LA2-01); one family per practitioner (F-<code>), and
 * `cycles[code]` held shared reviews for that family, weekly, ending on `lastCycle`.
 */
export interface Fixture {
  programmeId: string;
  staffId: Record<string, string>;
  familyId: Record<string, string>;
}

export const FIXTURE_PRACTITIONERS = ['P-LA1-01', 'P-LA1-02', 'P-LA1-03', 'P-LA2-01'] as const;

export async function insertFixture(
  dataSource: DataSource,
  options: { cycles?: Record<string, number>; lastCycle?: string; deliveryEnd?: string } = {},
): Promise<Fixture> {
  return dataSource.transaction(async (m) => {
    const programme = await m.save(
      m.create(ProgrammeEntity, {
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
      }),
    );
    const programmeId = programme.id;
    const la: Record<string, string> = {};
    for (const code of ['LA1', 'LA2']) {
      const row = await m.save(
        m.create(LocalAuthorityEntity, { programmeId, code, name: `Council ${code}` }),
      );
      la[code] = row.id;
    }
    const staffId: Record<string, string> = {};
    const person = async (code: string, laId: string | null, costRole: string) => {
      const row = await m.save(
        m.create(StaffMemberEntity, {
          programmeId,
          code,
          displayName: `Name of ${code}`,
          costRole: costRole as StaffMemberEntity['costRole'],
          laId,
          notes: null,
        }),
      );
      staffId[code] = row.id;
    };
    await person('S-01', null, 'vig_supervisor');
    await person('S-02', null, 'vig_supervisor');
    const familyId: Record<string, string> = {};
    for (const code of FIXTURE_PRACTITIONERS) {
      const laCode = code.slice(2, 5);
      await person(code, la[laCode]!, 'social_worker');
      await m.insert(PractitionerEntity, {
        staffId: staffId[code]!,
        programmeId,
        substantiveRole: 'social_worker',
        fte: '1.0',
        vigHoursPerWeek: '7.5',
        startDate: '2021-07-01',
        supervisorId: staffId[laCode === 'LA1' ? 'S-01' : 'S-02']!,
        status: 'active',
        statusDate: null,
        statusReason: null,
      });
      const family = await m.save(
        m.create(FamilyEntity, {
          programmeId,
          reference: `F-${code}`,
          laId: la[laCode]!,
          referralDate: '2021-08-02',
          childBirthMonth: '2021-05',
          planAtReferral: 'CiN',
          courtProceedings: false,
          trialArm: 'intervention',
          randomisationDate: '2021-08-09',
          practitionerId: staffId[code]!,
          consentFilming: true,
          consentClipsUse: true,
          status: 'active',
          statusDate: '2021-08-16',
          statusReason: null,
          outcome6m: null,
        }),
      );
      familyId[code] = family.id;
      const count = options.cycles?.[code] ?? 0;
      const last = new Date(`${options.lastCycle ?? '2022-03-01'}T00:00:00Z`).getTime();
      for (let i = 0; i < count; i++) {
        const date = new Date(last - 7 * 86_400_000 * (count - 1 - i)).toISOString().slice(0, 10);
        await m.insert(FamilySessionEntity, {
          programmeId,
          familyId: family.id,
          practitionerId: staffId[code]!,
          date,
          type: 'shared_review',
          // Distinct (family, cycle) pairs: beyond cycle 3 the fixture reuses the family with higher numbers.
          cycle: i + 1,
          outcome: 'held',
          contactMinutes: 60,
          travelMinutes: 20,
          prepMinutes: 90,
        });
      }
    }
    return { programmeId, staffId, familyId };
  });
}
