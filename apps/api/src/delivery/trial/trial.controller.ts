import type { Principal } from '@attune/domain';
import { Body, Controller, Get, Header, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser } from '../../identity/auth/current-user.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { AsOfQueryDto } from '../../platform/paging/list-query.dto';
import { IneligibleReferralDto, TrialFlowQueryDto } from './dto/trial.dto';
import { TrialService } from './trial.service';

@ApiTags('trial')
@Controller('programmes/:programmeId')
export class TrialController {
  constructor(private readonly trial: TrialService) {}

  @Get('trial-flow')
  @Authorize('read', 'Capacity')
  @ApiOkResponse({
    description:
      'CONSORT-style counts {asOf, overall, byLocalAuthority: [{code, ...}]} as they stood on asOf (default the reporting date).',
  })
  flow(
    @Param('programmeId') programmeId: string,
    @Query() query: TrialFlowQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.trial.flow(user, programmeId, query);
  }

  @Get('trial-flow.csv')
  @Authorize('read', 'Capacity')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="trial-flow.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The same counts, one row per LA and an `overall` row.' })
  flowCsv(
    @Param('programmeId') programmeId: string,
    @Query() query: TrialFlowQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    return this.trial.flowCsv(user, programmeId, query, auditContext(request));
  }

  @Get('collections-due')
  @Authorize('read', 'Capacity')
  @ApiOkResponse({
    description:
      '{items, total}: four-month follow-ups and six-month outcomes due in the next 14 days or overdue, soonest first.',
  })
  due(
    @Param('programmeId') programmeId: string,
    @Query() query: AsOfQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.trial.dueList(user, programmeId, query);
  }

  @Get('collections-due/summary')
  @Authorize('read', 'Capacity')
  @ApiOkResponse({ description: '{asOf, dueSoon, overdue}: the counts for the home page.' })
  dueSummary(
    @Param('programmeId') programmeId: string,
    @Query() query: TrialFlowQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.trial.dueSummary(user, programmeId, query);
  }

  @Post('ineligible-referrals')
  @Authorize('refer', 'Family')
  @ApiCreatedResponse({
    description:
      '{reason, problem}: the refused referral counted by reason; nothing about the family is kept.',
  })
  @ApiBadRequestResponse({ description: 'The family is eligible (refer it), or bad input.' })
  recordIneligible(
    @Param('programmeId') programmeId: string,
    @Body() body: IneligibleReferralDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.trial.recordIneligible(user, programmeId, body, auditContext(request));
  }
}
