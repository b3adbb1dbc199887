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
  CreateFamilySessionDto,
  FamilySessionListQueryDto,
  UpdateFamilySessionDto,
} from './dto/family-session.dto';
import { FamilySessionsService } from './family-sessions.service';
import { VersionDto } from '../../platform/versioning/version.dto';

@ApiTags('family sessions')
@Controller('programmes/:programmeId/family-sessions')
export class FamilySessionsController {
  constructor(private readonly sessions: FamilySessionsService) {}

  @Get()
  @Authorize('read', 'FamilySession')
  @ApiOkResponse({
    description:
      '{items, total}, newest first; filter by laCode, familyReference, practitionerCode, from, to.',
  })
  list(
    @Param('programmeId') programmeId: string,
    @Query() query: FamilySessionListQueryDto,
    @CurrentUser() user: Principal,
  ) {
    const { laCode, familyReference, practitionerCode, from, to } = query;
    return this.sessions.list(
      user,
      programmeId,
      { laCode, familyReference, practitionerCode, from, to },
      query,
    );
  }

  @Post()
  @Authorize('create', 'FamilySession')
  @ApiCreatedResponse({
    description: 'The session; the first held one makes an allocated family active.',
  })
  @ApiConflictResponse({ description: 'The month is signed off (code period_locked).' })
  create(
    @Param('programmeId') programmeId: string,
    @Body() body: CreateFamilySessionDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.sessions.create(user, programmeId, body, auditContext(request));
  }

  @Patch(':id')
  @Authorize('update', 'FamilySession')
  @ApiOkResponse({ description: 'The session after the change.' })
  @ApiConflictResponse({
    description: 'Stale version (stale_version) or a signed-off month (period_locked).',
  })
  update(
    @Param('programmeId') programmeId: string,
    @Param('id') id: string,
    @Body() body: UpdateFamilySessionDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.sessions.update(user, programmeId, id, body, auditContext(request));
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('delete', 'FamilySession')
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiConflictResponse({ description: 'Stale version or a signed-off month.' })
  async remove(
    @Param('programmeId') programmeId: string,
    @Param('id') id: string,
    @Query() query: VersionDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    await this.sessions.remove(user, programmeId, id, query.version, auditContext(request));
  }
}
