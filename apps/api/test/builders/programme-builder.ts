import type {
  FamilyRecord,
  FamilySessionRecord,
  PractitionerRecord,
  ProgrammeRecord,
  StaffRecord,
  SupervisionAttendeeRecord,
  SupervisionSessionRecord,
  TimeEntryRecord,
} from '@attune/domain';
import type { DataSource } from 'typeorm';
import { FamilyEntity } from '../../src/delivery/families/entities/family.entity';
import { FamilySessionEntity } from '../../src/delivery/family-sessions/entities/family-session.entity';
import { LocalAuthorityEntity } from '../../src/programme-data/reference/entities/local-authority.entity';
import { PractitionerEntity } from '../../src/programme-data/reference/entities/practitioner.entity';
import { ProgrammeEntity } from '../../src/programme-data/programmes/entities/programme.entity';
import { StaffMemberEntity } from '../../src/programme-data/reference/entities/staff-member.entity';
import { SupervisionAttendeeEntity } from '../../src/accreditation/supervision/entities/supervision-attendee.entity';
import { SupervisionSessionEntity } from '../../src/accreditation/supervision/entities/supervision-session.entity';
import { TimeEntryEntity } from '../../src/delivery/time-entries/entities/time-entry.entity';

/**
 * The one programme builder of the API's integration tests: a programme
 * written as the domain's records (the data package's rows), so that a test
 * can compare the API with the domain's own computation on the same data.
 * Each test's programme (delivery-programme.ts, accreditation-fixture.ts) is
 * only data given to it.
 */
export interface ProgrammeRecords {
  programme: ProgrammeRecord;
  /** LA codes (default LA1 and LA2), each named "Council <code>". */
  localAuthorities?: readonly string[];
  staff: readonly StaffRecord[];
  practitioners: readonly PractitionerRecord[];
  families: readonly FamilyRecord[];
  familySessions: readonly FamilySessionRecord[];
  supervisionSessions?: readonly SupervisionSessionRecord[];
  supervisionAttendees?: readonly SupervisionAttendeeRecord[];
  timeEntries?: readonly TimeEntryRecord[];
}

/** The ids of what was written, by code (families by reference). */
export interface BuiltProgramme {
  programmeId: string;
  laId: Record<string, string>;
  staffId: Record<string, string>;
  familyId: Record<string, string>;
}

export async function insertProgramme(
  dataSource: DataSource,
  records: ProgrammeRecords,
): Promise<BuiltProgramme> {
  const { programme, staff, practitioners, families, familySessions } = records;
  const { supervisionSessions = [], supervisionAttendees = [], timeEntries = [] } = records;
  return dataSource.transaction(async (m) => {
    const { id: programmeId } = await m.save(
      m.create(ProgrammeEntity, { ...programme, reportDue: null, targetPractitionerCount: 21 }),
    );
    const laId: Record<string, string> = {};
    for (const code of records.localAuthorities ?? ['LA1', 'LA2']) {
      laId[code] = (
        await m.save(m.create(LocalAuthorityEntity, { programmeId, code, name: `Council ${code}` }))
      ).id;
    }
    const staffId: Record<string, string> = {};
    for (const s of staff) {
      const row = await m.save(
        m.create(StaffMemberEntity, {
          programmeId,
          code: s.code,
          displayName: s.displayName,
          costRole: s.costRole,
          laId: s.laCode ? laId[s.laCode]! : null,
          notes: null,
        }),
      );
      staffId[s.code] = row.id;
    }
    for (const p of practitioners) {
      await m.insert(PractitionerEntity, {
        ...p,
        staffId: staffId[p.staffCode]!,
        programmeId,
        supervisorId: staffId[p.supervisorCode!]!,
      });
    }
    const familyId: Record<string, string> = {};
    for (const f of families) {
      const { laCode, practitionerCode, ...rest } = f;
      const row = await m.save(
        m.create(FamilyEntity, {
          ...rest,
          programmeId,
          laId: laId[laCode]!,
          practitionerId: practitionerCode ? staffId[practitionerCode]! : null,
          consentFilming: true,
          consentClipsUse: true,
        }),
      );
      familyId[f.reference] = row.id;
    }
    for (const s of familySessions) {
      const { familyReference, practitionerCode, ...rest } = s;
      await m.insert(FamilySessionEntity, {
        ...rest,
        programmeId,
        familyId: familyId[familyReference]!,
        practitionerId: staffId[practitionerCode]!,
      });
    }
    const supervisionId: Record<string, string> = {};
    for (const s of supervisionSessions) {
      const { id, supervisorCode, ...rest } = s;
      const row = await m.save(
        m.create(SupervisionSessionEntity, {
          ...rest,
          code: id,
          programmeId,
          supervisorId: staffId[supervisorCode]!,
          notes: null,
        }),
      );
      supervisionId[id] = row.id;
    }
    for (const a of supervisionAttendees) {
      await m.insert(SupervisionAttendeeEntity, {
        programmeId,
        sessionId: supervisionId[a.sessionId]!,
        practitionerId: staffId[a.practitionerCode]!,
        familyId: a.familyReference ? familyId[a.familyReference]! : null,
        cycle: a.cycle,
        principles: null,
      });
    }
    for (const t of timeEntries) {
      await m.insert(TimeEntryEntity, {
        programmeId,
        staffId: staffId[t.staffCode]!,
        date: t.date,
        activity: t.activity,
        minutes: t.minutes,
        laId: t.laCode ? laId[t.laCode]! : null,
        familyId: t.familyReference ? familyId[t.familyReference]! : null,
        note: null,
      });
    }
    return { programmeId, laId, staffId, familyId };
  });
}
