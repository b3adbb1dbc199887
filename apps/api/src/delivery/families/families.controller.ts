import type { Principal } from '@attune/domain';
import { Body, Controller, Get, Header, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
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
import {
  AllocateDto,
  FamilyListQueryDto,
  RandomiseDto,
  RecordRandomisationDto,
  ReferFamilyDto,
  StatusChangeDto,
  UpdateFamilyDto,
} from './dto/family.dto';
import { FamiliesReadService, FamilyFilter } from './families-read.service';
import { FamiliesService } from './families.service';
import { FamilyAssignmentService } from './family-assignment.service';

function filterOf(query: FamilyListQueryDto): FamilyFilter {
  const { laCode, status, overdue, practitionerCode, asOf } = query;
  return { laCode, status, overdue, practitionerCode, asOf };
}

@ApiTags('families')
@Controller('programmes/:programmeId/families')
export class FamiliesController {
  constructor(
    private readonly families: FamiliesService,
    private readonly assignment: FamilyAssignmentService,
    private readonly reader: FamiliesReadService,
  ) {}

  @Get()
  @Authorize('read', 'Family')
  @ApiOkResponse({
    description:
      '{items, total}: families you may see, newest referral first; filter by laCode, status, overdue, practitionerCode.',
  })
  list(
    @Param('programmeId') programmeId: string,
    @Query() query: FamilyListQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.reader.list(user, programmeId, filterOf(query), query);
  }

  @Get('export')
  @Authorize('read', 'Family')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="families.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The same list, every matching family, as CSV (pseudonymous references only).',
  })
  exportCsv(
    @Param('programmeId') programmeId: string,
    @Query() query: FamilyListQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    return this.reader.exportCsv(user, programmeId, filterOf(query), auditContext(request));
  }

  @Get(':reference')
  @Authorize('read', 'Family')
  @ApiOkResponse({
    description:
      'The family with its status history, fidelity checklist and the statuses it may move to.',
  })
  detail(
    @Param('programmeId') programmeId: string,
    @Param('reference') reference: string,
    @Query() query: AsOfQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.reader.detail(user, programmeId, reference, query.asOf);
  }

  @Post()
  @Authorize('refer', 'Family')
  @ApiCreatedResponse({
    description:
      '{family, warnings}: the reference is generated; a warning when court proceedings are under way.',
  })
  @ApiBadRequestResponse({
    description:
      'Not eligible (with the reason) or bad input: {message, errors: [{field, problem}]}.',
  })
  refer(
    @Param('programmeId') programmeId: string,
    @Body() body: ReferFamilyDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.families.refer(user, programmeId, body, auditContext(request));
  }

  @Post(':reference/randomise')
  @Authorize('update', 'Family')
  @ApiCreatedResponse({
    description: "The family, randomised by Attune's concealed randomiser (audited).",
  })
  @ApiConflictResponse({ description: 'Already randomised: a randomisation cannot be redone.' })
  randomise(
    @Param('programmeId') programmeId: string,
    @Param('reference') reference: string,
    @Body() body: RandomiseDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.assignment.randomise(
      user,
      programmeId,
      reference,
      { date: body.date },
      auditContext(request),
    );
  }

  @Post(':reference/randomisation')
  @Authorize('update', 'Family')
  @ApiCreatedResponse({
    description: 'The family, with the arm and date of a randomisation made elsewhere.',
  })
  @ApiConflictResponse({ description: 'Already randomised.' })
  recordRandomisation(
    @Param('programmeId') programmeId: string,
    @Param('reference') reference: string,
    @Body() body: RecordRandomisationDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.assignment.randomise(
      user,
      programmeId,
      reference,
      { recorded: body },
      auditContext(request),
    );
  }

  @Post(':reference/allocation')
  @Authorize('update', 'Family')
  @ApiCreatedResponse({
    description: '{family, warnings}: a warning when the practitioner is at or over capacity.',
  })
  @ApiConflictResponse({
    description: 'Stale version, or the family cannot be allocated in its status or arm.',
  })
  allocate(
    @Param('programmeId') programmeId: string,
    @Param('reference') reference: string,
    @Body() body: AllocateDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.assignment.allocate(user, programmeId, reference, body, auditContext(request));
  }

  @Post(':reference/status')
  @Authorize('update', 'Family')
  @ApiCreatedResponse({ description: 'The family after the change (recorded in its history).' })
  @ApiConflictResponse({ description: 'Stale version, or a change the status rules do not allow.' })
  changeStatus(
    @Param('programmeId') programmeId: string,
    @Param('reference') reference: string,
    @Body() body: StatusChangeDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.families.changeStatus(user, programmeId, reference, body, auditContext(request));
  }

  @Patch(':reference')
  @Authorize('update', 'Family')
  @ApiOkResponse({ description: 'Consent, court proceedings or the six-month outcome changed.' })
  @ApiConflictResponse({ description: 'Stale version: someone else changed it first.' })
  update(
    @Param('programmeId') programmeId: string,
    @Param('reference') reference: string,
    @Body() body: UpdateFamilyDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.families.update(user, programmeId, reference, body, auditContext(request));
  }
}
