import { Injectable } from '@nestjs/common';
import { can, type Principal } from '@attune/domain';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { SupervisionRepository, type SuperviseeRecord } from './supervision.repository';

/** A practitioner the caller may log supervision for, with the families whose films they may bring. */
export type SuperviseeOption = SuperviseeRecord;

export interface SupervisionFormOptions {
  /** The caller's own staff code: the default supervisor. */
  supervisorCode: string | null;
  cyclesPerFamily: number;
  practitioners: SuperviseeOption[];
}

/** What the log-supervision form offers: only the people the caller may log for. */
@Injectable()
export class SupervisionFormService {
  constructor(
    private readonly programmes: ProgrammeContextService,
    private readonly sessions: SupervisionRepository,
  ) {}

  async options(principal: Principal, programmeId: string): Promise<SupervisionFormOptions> {
    const { programme } = await this.programmes.load(principal, programmeId);
    const practitioners = (await this.sessions.supervisees(programmeId)).filter((p) =>
      can(principal, 'create', 'SupervisionSession', { supervisorCode: p.supervisorCode }),
    );
    return {
      supervisorCode: principal.staffCode,
      cyclesPerFamily: programme.cyclesPerFamily,
      practitioners,
    };
  }
}
