import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
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
import {
  SupervisionListQueryDto,
  SupervisionSessionDto,
  UpdateSupervisionSessionDto,
} from './dto/supervision-session.dto';
import { SupervisionFormService } from './supervision-form.service';
import { SupervisionService } from './supervision.service';
import { VersionDto } from '../../platform/versioning/version.dto';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('supervision')
@Controller('programmes/:programmeId')
export class SupervisionController {
  constructor(
    private readonly sessions: SupervisionService,
    private readonly form: SupervisionFormService,
  ) {}

  @Get('supervision-sessions')
  @Authorize('read', 'SupervisionSession')
  @ApiOkResponse({
    description: '{items, total}, newest first; practitioners see the sessions they attended.',
  })
  list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: SupervisionListQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.sessions.list(user, programmeId, query);
  }

  @Get('supervision-form')
  @Authorize('create', 'SupervisionSession')
  @ApiOkResponse({
    description: 'The practitioners (and their families) the caller may log supervision for.',
  })
  options(@Param('programmeId', uuid) programmeId: string, @CurrentUser() user: Principal) {
    return this.form.options(user, programmeId);
  }

  @Get('supervision-sessions/:id')
  @Authorize('read', 'SupervisionSession')
  @ApiOkResponse({ description: 'One session with its attendees and version.' })
  get(
    @Param('programmeId', uuid) programmeId: string,
    @Param('id', uuid) id: string,
    @CurrentUser() user: Principal,
  ) {
    return this.sessions.get(user, programmeId, id);
  }

  @Post('supervision-sessions')
  @Authorize('create', 'SupervisionSession')
  @ApiCreatedResponse({ description: 'The session as stored (version 1).' })
  create(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: SupervisionSessionDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.sessions.create(user, programmeId, body, auditContext(request));
  }

  @Patch('supervision-sessions/:id')
  @Authorize('update', 'SupervisionSession')
  @ApiOkResponse({ description: 'The session after the change, with its new version.' })
  @ApiConflictResponse({
    description: 'Someone changed it since you read `version`: reload and retry.',
  })
  update(
    @Param('programmeId', uuid) programmeId: string,
    @Param('id', uuid) id: string,
    @Body() body: UpdateSupervisionSessionDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.sessions.update(user, programmeId, id, body, auditContext(request));
  }

  @Delete('supervision-sessions/:id')
  @HttpCode(204)
  @Authorize('delete', 'SupervisionSession')
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiConflictResponse({ description: 'Someone changed it since you read `version`.' })
  async remove(
    @Param('programmeId', uuid) programmeId: string,
    @Param('id', uuid) id: string,
    @Query() query: VersionDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    await this.sessions.remove(user, programmeId, id, query.version, auditContext(request));
  }
}
