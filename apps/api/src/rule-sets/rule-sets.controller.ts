import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@attune/domain';
import { auditContext } from '../audit/audit-context';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentUser, type AuthenticatedRequest } from '../auth/current-user.decorator';
import { CopyRuleSetDto, RuleSetInForceDto, UpdateRuleSetDto } from './dto/rule-set.dto';
import { RuleSetsService } from './rule-sets.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('rule-sets')
@Controller('programmes/:programmeId')
export class RuleSetsController {
  constructor(private readonly ruleSets: RuleSetsService) {}

  @Get('rule-sets')
  @Authorize('read', 'RuleSet')
  @ApiOkResponse({
    description: '{items, total}: the programme’s rule sets and the presets, which is in force.',
  })
  list(@Param('programmeId', uuid) programmeId: string) {
    return this.ruleSets.list(programmeId);
  }

  @Post('rule-sets')
  @Authorize('create', 'RuleSet')
  @ApiCreatedResponse({
    description: 'A copy of a preset (or of another rule set) under a new code, to edit.',
  })
  copy(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: CopyRuleSetDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.ruleSets.copy(programmeId, body, { ...auditContext(request), principal: user });
  }

  @Put('rule-sets/:code')
  @Authorize('update', 'RuleSet')
  @ApiOkResponse({
    description: 'The rule set after the change; 400 lists every problem (ruleSetProblems).',
  })
  @ApiConflictResponse({ description: 'Someone changed it since you read `version`.' })
  update(
    @Param('programmeId', uuid) programmeId: string,
    @Param('code') code: string,
    @Body() body: UpdateRuleSetDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.ruleSets.update(programmeId, code, body, {
      ...auditContext(request),
      principal: user,
    });
  }

  @Put('rule-set-in-force')
  @Authorize('update', 'RuleSet')
  @ApiOkResponse({ description: 'The rule set now in force for the programme’s accreditation.' })
  setInForce(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: RuleSetInForceDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.ruleSets.setInForce(programmeId, body.code, {
      ...auditContext(request),
      principal: user,
    });
  }
}
