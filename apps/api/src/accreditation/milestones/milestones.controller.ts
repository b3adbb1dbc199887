import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Patch,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '@attune/domain';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser, type AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { MilestoneDto, MilestoneListQueryDto, UpdateMilestoneDto } from './dto/milestone.dto';
import { MilestonesService } from './milestones.service';
import { VersionDto } from '../../platform/versioning/version.dto';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });
/** Milestone ids are identity numbers. */
const ID = 'id';

@ApiTags('milestones')
@Controller('programmes/:programmeId/milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get()
  @Authorize('read', 'Milestone')
  @ApiOkResponse({ description: '{items, total}, newest first.' })
  list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: MilestoneListQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.milestones.list(user, programmeId, query);
  }

  @Get(':id')
  @Authorize('read', 'Milestone')
  @ApiOkResponse({ description: 'One milestone with its version.' })
  get(
    @Param('programmeId', uuid) programmeId: string,
    @Param(ID) id: string,
    @CurrentUser() user: Principal,
  ) {
    return this.milestones.get(user, programmeId, numericId(id));
  }

  @Post()
  @Authorize('create', 'Milestone')
  @ApiCreatedResponse({ description: 'The milestone as stored.' })
  create(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: MilestoneDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.milestones.create(user, programmeId, body, auditContext(request));
  }

  @Patch(':id')
  @Authorize('update', 'Milestone')
  @ApiOkResponse({ description: 'The milestone after the change.' })
  @ApiConflictResponse({ description: 'Someone changed it since you read `version`.' })
  update(
    @Param('programmeId', uuid) programmeId: string,
    @Param(ID) id: string,
    @Body() body: UpdateMilestoneDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.milestones.update(user, programmeId, numericId(id), body, auditContext(request));
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('delete', 'Milestone')
  @ApiNoContentResponse({ description: 'Deleted.' })
  async remove(
    @Param('programmeId', uuid) programmeId: string,
    @Param(ID) id: string,
    @Query() query: VersionDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    await this.milestones.remove(
      user,
      programmeId,
      numericId(id),
      query.version,
      auditContext(request),
    );
  }
}

function numericId(id: string): string {
  if (!/^[1-9][0-9]{0,17}$/.test(id))
    throw new NotFoundException(`Milestone ${id} does not exist.`);
  return id;
}
