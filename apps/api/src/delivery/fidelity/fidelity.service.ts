import { fidelityTotals, scopeFor, type FidelitySummary, type Principal } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { FidelityRepository } from './fidelity.repository';

@Injectable()
export class FidelityService {
  constructor(
    private readonly programmes: ProgrammeContextService,
    private readonly repository: FidelityRepository,
  ) {}

  /**
   * The domain's fidelity totals over the families the caller may see: a supervisor their
   * trainees', an LA manager their LA's, economists and admins all (codes and counts only).
   */
  async totals(principal: Principal, programmeId: string): Promise<FidelitySummary> {
    const { programme } = await this.programmes.load(principal, programmeId);
    const scope = scopeFor(principal, 'Fidelity');
    const families = await this.repository.families(programmeId, scope);
    const sessions = await this.repository.heldSessions(programmeId, scope);
    return fidelityTotals(families, sessions, programme);
  }
}
