import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, type Principal } from '@attune/domain';
import { DataSource } from 'typeorm';
import { findProgramme } from '../work-records/lookups';
import type { SuperviseeOption, SupervisionFormOptions } from '@attune/contract';

export type { SuperviseeOption, SupervisionFormOptions };
/** What the log-supervision form offers: only the people the caller may log for. */
@Injectable()
export class SupervisionFormService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async options(programmeId: string, principal: Principal): Promise<SupervisionFormOptions> {
    const programme = await findProgramme(this.dataSource.manager, programmeId);
    const rows = await this.dataSource.query<
      Array<{
        code: string;
        display_name: string;
        la_code: string | null;
        supervisor_code: string | null;
        status: string;
        families: string[] | null;
      }>
    >(
      `SELECT s.code, s.display_name, la.code AS la_code, sup.code AS supervisor_code, p.status,
              (SELECT array_agg(f.reference ORDER BY f.reference) FROM families f
                WHERE f.practitioner_id = p.staff_id AND f.status IN ('allocated', 'active', 'completed')) AS families
         FROM practitioners p
         JOIN staff s ON s.id = p.staff_id
         LEFT JOIN local_authorities la ON la.id = s.la_id
         LEFT JOIN staff sup ON sup.id = p.supervisor_id
        WHERE p.programme_id = $1
        ORDER BY s.code`,
      [programmeId],
    );
    const practitioners = rows
      .filter((r) =>
        can(principal, 'create', 'SupervisionSession', { supervisorCode: r.supervisor_code }),
      )
      .map((r) => ({
        code: r.code,
        displayName: r.display_name,
        laCode: r.la_code,
        supervisorCode: r.supervisor_code,
        status: r.status,
        families: r.families ?? [],
      }));
    return {
      supervisorCode: principal.staffCode,
      cyclesPerFamily: programme.cyclesPerFamily,
      practitioners,
    };
  }
}
