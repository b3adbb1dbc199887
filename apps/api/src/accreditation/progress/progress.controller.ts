import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@attune/domain';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser } from '../../identity/auth/current-user.decorator';
import { DataVersionRead, ReadsDataVersion } from '../../platform/cache/request-version';
import { ProgressQueryDto } from './dto/progress-query.dto';
import { ProgressService } from './progress.service';

const JSON_UTF8 = 'application/json; charset=utf-8';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

/**
 * Who sees which rows (the permission model, `Accreditation` read): admins and
 * supervisors every practitioner; an LA manager their LA's; a practitioner
 * their own row. Economists have no read on Accreditation (403): their
 * per-practitioner figures come with the cost summary.
 */
@ApiTags('accreditation')
@Controller('programmes/:programmeId')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get('accreditation')
  @Authorize('read', 'Accreditation')
  @ApiOkResponse({
    description:
      '{items, total}: one row per practitioner: code, laCode, stage, cyclesCompleted, familiesWorkedWith, supervisionMinutes, supervisionSessions, requirementsMet, nextRequirement, projectedAccreditationDate, onTrack.',
  })
  @Header('Content-Type', JSON_UTF8)
  @ReadsDataVersion('programmeId')
  list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: ProgressQueryDto,
    @CurrentUser() user: Principal,
    @DataVersionRead('programmeId') version: string | null | undefined,
  ): Promise<Buffer> {
    // Already JSON bytes: the same answer is served, unchanged, until the data changes.
    return this.progress.answer(user, programmeId, query, 'list', version);
  }

  @Get('accreditation/details')
  @Authorize('read', 'Accreditation')
  @ApiOkResponse({
    description:
      'The portal view: each row also has status, requirements (progress bars), lastSupervisionDate, daysSinceSupervision, supervisorCode, cycleCompletions and (not for economists) displayName; plus asOf, deliveryEnd and the rule set.',
  })
  @Header('Content-Type', JSON_UTF8)
  @ReadsDataVersion('programmeId')
  details(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: ProgressQueryDto,
    @CurrentUser() user: Principal,
    @DataVersionRead('programmeId') version: string | null | undefined,
  ): Promise<Buffer> {
    return this.progress.answer(user, programmeId, query, 'details', version);
  }
}
