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
  TrainingEventDto,
  TrainingListQueryDto,
  UpdateTrainingEventDto,
} from './dto/training-event.dto';
import { TrainingService } from './training.service';
import { VersionDto } from '../../platform/versioning/version.dto';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('training')
@Controller('programmes/:programmeId/training-events')
export class TrainingController {
  constructor(private readonly training: TrainingService) {}

  @Get()
  @Authorize('read', 'TrainingEvent')
  @ApiOkResponse({
    description: '{items, total}, newest first; practitioners see the events they attended.',
  })
  list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: TrainingListQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.training.list(user, programmeId, query);
  }

  @Get(':id')
  @Authorize('read', 'TrainingEvent')
  @ApiOkResponse({ description: 'One event with trainers, attendees and version.' })
  get(
    @Param('programmeId', uuid) programmeId: string,
    @Param('id', uuid) id: string,
    @CurrentUser() user: Principal,
  ) {
    return this.training.get(user, programmeId, id);
  }

  @Post()
  @Authorize('create', 'TrainingEvent')
  @ApiCreatedResponse({ description: 'The event as stored.' })
  create(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: TrainingEventDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.training.create(user, programmeId, body, auditContext(request));
  }

  @Patch(':id')
  @Authorize('update', 'TrainingEvent')
  @ApiOkResponse({ description: 'The event after the change.' })
  @ApiConflictResponse({ description: 'Someone changed it since you read `version`.' })
  update(
    @Param('programmeId', uuid) programmeId: string,
    @Param('id', uuid) id: string,
    @Body() body: UpdateTrainingEventDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.training.update(user, programmeId, id, body, auditContext(request));
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorize('delete', 'TrainingEvent')
  @ApiNoContentResponse({ description: 'Deleted.' })
  async remove(
    @Param('programmeId', uuid) programmeId: string,
    @Param('id', uuid) id: string,
    @Query() query: VersionDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    await this.training.remove(user, programmeId, id, query.version, auditContext(request));
  }
}
