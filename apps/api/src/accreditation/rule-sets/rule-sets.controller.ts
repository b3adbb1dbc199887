import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@attune/domain';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser, type AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
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
  list(@Param('programmeId', uuid) programmeId: string, @CurrentUser() user: Principal) {
    return this.ruleSets.list(user, programmeId);
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
    return this.ruleSets.copy(user, programmeId, body, auditContext(request));
  }

  @Patch('rule-sets/:code')
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
    return this.ruleSets.update(user, programmeId, code, body, auditContext(request));
  }

  @Patch('rule-set-in-force')
  @Authorize('update', 'RuleSet')
  @ApiOkResponse({ description: 'The rule set now in force for the programme’s accreditation.' })
  setInForce(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: RuleSetInForceDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.ruleSets.setInForce(user, programmeId, body.code, auditContext(request));
  }
}
