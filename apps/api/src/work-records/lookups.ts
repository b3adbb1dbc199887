import { BadRequestException, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProgrammeEntity } from '../programme-data/programmes/entities/programme.entity';

/** The programme, or 404. */
export async function findProgramme(
  manager: EntityManager,
  programmeId: string,
): Promise<ProgrammeEntity> {
  const programme = await manager.findOne(ProgrammeEntity, { where: { id: programmeId } });
  if (!programme) throw new NotFoundException(`Programme ${programmeId} does not exist.`);
  return programme;
}

/** A staff member of the programme as the write paths need them. */
export interface StaffRef {
  id: string;
  code: string;
  displayName: string;
  laCode: string | null;
  /** Set when the staff member is a practitioner. */
  practitioner: { supervisorCode: string | null; status: string } | null;
}

/** Staff of a programme by code (only those asked for). */
export async function staffByCode(
  manager: EntityManager,
  programmeId: string,
  codes: readonly string[],
): Promise<Map<string, StaffRef>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await manager.query<
    Array<{
      id: string;
      code: string;
      display_name: string;
      la_code: string | null;
      is_practitioner: boolean;
      supervisor_code: string | null;
      status: string | null;
    }>
  >(
    `SELECT s.id, s.code, s.display_name, la.code AS la_code,
            p.staff_id IS NOT NULL AS is_practitioner, sup.code AS supervisor_code, p.status
       FROM staff s
       LEFT JOIN local_authorities la ON la.id = s.la_id
       LEFT JOIN practitioners p ON p.staff_id = s.id
       LEFT JOIN staff sup ON sup.id = p.supervisor_id
      WHERE s.programme_id = $1 AND s.code = ANY($2)`,
    [programmeId, unique],
  );
  return new Map(
    rows.map((r) => [
      r.code,
      {
        id: r.id,
        code: r.code,
        displayName: r.display_name,
        laCode: r.la_code,
        practitioner: r.is_practitioner
          ? { supervisorCode: r.supervisor_code, status: r.status ?? 'active' }
          : null,
      },
    ]),
  );
}

/** Families of a programme by reference, with their allocated practitioner's code. */
export async function familiesByReference(
  manager: EntityManager,
  programmeId: string,
  references: readonly string[],
): Promise<Map<string, { id: string; practitionerCode: string | null }>> {
  const unique = [...new Set(references)];
  if (unique.length === 0) return new Map();
  const rows = await manager.query<
    Array<{ id: string; reference: string; practitioner_code: string | null }>
  >(
    `SELECT f.id, f.reference, s.code AS practitioner_code
       FROM families f LEFT JOIN staff s ON s.id = f.practitioner_id
      WHERE f.programme_id = $1 AND f.reference = ANY($2)`,
    [programmeId, unique],
  );
  return new Map(
    rows.map((r) => [r.reference, { id: r.id, practitionerCode: r.practitioner_code }]),
  );
}

/** 400 with every problem, each saying what and where, when there are any. */
export function refuseProblems(problems: string[]): void {
  if (problems.length > 0) throw new BadRequestException(problems);
}
