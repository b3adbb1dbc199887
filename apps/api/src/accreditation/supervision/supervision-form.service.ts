import { Injectable } from '@nestjs/common';
import { can, type Principal } from '@attune/domain';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import type { SupervisionFormOptions } from '@attune/contract';
import { SupervisionRepository } from './supervision.repository';

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
