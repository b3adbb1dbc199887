import type { Principal } from '@attune/domain';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
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
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser } from '../../identity/auth/current-user.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import {
  CreateTimeEntryDto,
  TimeEntryListQueryDto,
  UpdateTimeEntryDto,
} from './dto/time-entry.dto';
import { TimeEntriesService } from './time-entries.service';
import { VersionDto } from '../../platform/versioning/version.dto';

@ApiTags('time entries')
@Controller('programmes/:programmeId/time-entries')
export class TimeEntriesController {
  constructor(private readonly entries: TimeEntriesService) {}

  @Get()
  @Authorize('read', 'TimeEntry')
  @ApiOkResponse({
    description:
      '{items, total, totalMinutes}, newest first; filter by laCode, staffCode, from, to.',
  })
  list(
    @Param('programmeId') programmeId: string,
    @Query() query: TimeEntryListQueryDto,
    @CurrentUser() user: Principal,
  ) {
    const { laCode, staffCode, from, to } = query;
    return this.entries.list(user, programmeId, { laCode, staffCode, from, to }, query);
  }

  @Post()
  @Authorize('create', 'TimeEntry')
  @ApiCreatedResponse({ description: 'The entry.' })
  @ApiConflictResponse({ description: 'The month is signed off (period_locked).' })
  create(
    @Param('programmeId') programmeId: string,
    @Body() body: CreateTimeEntryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.entries.create(user, programmeId, body, auditContext(request));
  }

  @Patch(':id')
  @Authorize('update', 'TimeEntry')
  @ApiOkResponse({ description: 'The entry after the change.' })
  @ApiConflictResponse({ description: 'Stale version or a signed-off month.' })
  update(
    @Param('programmeId') programmeId: string,
    @Param('id') id: string,
    @Body() body: UpdateTimeEntryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.entries.update(user, programmeId, id, body, auditContext(request));
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('delete', 'TimeEntry')
  @ApiNoContentResponse({ description: 'Deleted.' })
  async remove(
    @Param('programmeId') programmeId: string,
    @Param('id') id: string,
    @Query() query: VersionDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    await this.entries.remove(user, programmeId, id, query.version, auditContext(request));
  }
}
