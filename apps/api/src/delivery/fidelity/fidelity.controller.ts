import type { FidelitySummary, Principal } from '@attune/domain';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser } from '../../identity/auth/current-user.decorator';
import { FidelityService } from './fidelity.service';

@ApiTags('fidelity')
@Controller('programmes/:programmeId')
export class FidelityController {
  constructor(private readonly fidelity: FidelityService) {}

  @Get('fidelity')
  @Authorize('read', 'Fidelity')
  @ApiOkResponse({
    description:
      "{programme, byLocalAuthority: [{code, ...}], byPractitioner: [{code, laCode, ...}]}, each {families, minimumSessions, allCycles, modelOrder}: allocated families, those with at least the minimum of held sessions, with every cycle completed, and with held sessions in the model's order; over the families the caller may see (supervisors their trainees', LA managers their LA's).",
  })
  totals(
    @Param('programmeId') programmeId: string,
    @CurrentUser() user: Principal,
  ): Promise<FidelitySummary> {
    return this.fidelity.totals(user, programmeId);
  }
}
