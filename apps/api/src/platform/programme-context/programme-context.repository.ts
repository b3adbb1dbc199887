import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DATA_VERSION_QUERY } from '../cache/data-version';

/** What the delivery and accreditation modules need of a programme. */
export interface ProgrammeSettings {
  id: string;
  startDate: string;
  /** The code of the accreditation rule set in force. */
  ruleSet: string;
  intakeStart: string;
  intakeEnd: string;
  deliveryEnd: string;
  minFamiliesPerPractitioner: number;
  minSessionsPerFamily: number;
  cyclesPerFamily: number;
}

/** A programme's settings, its LAs and its data version, as one row. */
export type ProgrammeSettingsRow = ProgrammeSettings & {
  las: Array<{ id: string; code: string }>;
  dataVersion: string;
};

/** The programme context's one read: programmes, its LAs and delivery_versions. */
@Injectable()
export class ProgrammeContextRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The programme's data version, or undefined before it has one (see DATA_VERSION_QUERY). */
  async dataVersion(programmeId: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<Array<{ version: string }>>(DATA_VERSION_QUERY, [
      programmeId,
    ]);
    return row?.version;
  }

  /** One round trip: the settings, their LAs and the data version they were read at. */
  async settings(
    programmeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeSettingsRow | undefined> {
    const [row] = await manager.query<ProgrammeSettingsRow[]>(
      `SELECT p.id, p.start_date::text AS "startDate", p.rule_set AS "ruleSet", p.intake_start::text AS "intakeStart", p.intake_end::text AS "intakeEnd", p.delivery_end::text AS "deliveryEnd",
         p.min_families_per_practitioner AS "minFamiliesPerPractitioner",
         p.min_sessions_per_family AS "minSessionsPerFamily", p.cycles_per_family AS "cyclesPerFamily",
         coalesce((SELECT json_agg(json_build_object('id', la.id, 'code', la.code))
           FROM local_authorities la WHERE la.programme_id = p.id), '[]') AS las,
         coalesce((SELECT v.version::text FROM delivery_versions v WHERE v.programme_id = p.id), '0') AS "dataVersion"
       FROM programmes p WHERE p.id = $1`,
      [programmeId],
    );
    return row;
  }
}
