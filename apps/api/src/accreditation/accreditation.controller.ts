import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@attune/domain';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { AccreditationQueryDto } from './accreditation-query.dto';
import { AccreditationService, toContractRow } from './accreditation.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

/**
 * Who sees which rows (the permission model, `Accreditation` read): admins and
 * supervisors every practitioner; an LA manager their LA's; a practitioner
 * their own row. Economists have no read on Accreditation (403): their
 * per-practitioner figures come with the cost summary.
 */
@ApiTags('accreditation')
@Controller('programmes/:programmeId')
export class AccreditationController {
  constructor(private readonly accreditation: AccreditationService) {}

  @Get('accreditation')
  @Authorize('read', 'Accreditation')
  @ApiOkResponse({
    description:
      '{items, total}: one row per practitioner: code, laCode, stage, cyclesCompleted, familiesWorkedWith, supervisionMinutes, supervisionSessions, requirementsMet, nextRequirement, projectedAccreditationDate, onTrack.',
  })
  async list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: AccreditationQueryDto,
    @CurrentUser() user: Principal,
  ) {
    const { items, total } = await this.accreditation.details(programmeId, user, query);
    return { items: items.map(toContractRow), total };
  }

  @Get('accreditation/details')
  @Authorize('read', 'Accreditation')
  @ApiOkResponse({
    description:
      'The portal view: each row also has status, requirements (progress bars), lastSupervisionDate, daysSinceSupervision, supervisorCode, cycleCompletions and (not for economists) displayName; plus asOf, deliveryEnd and the rule set.',
  })
  details(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: AccreditationQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.accreditation.details(programmeId, user, query);
  }
}
