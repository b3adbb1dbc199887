import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
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
import { auditContext } from '../audit/audit-context';
import { Authorize } from '../auth/authorize.decorator';
import { CurrentUser, type AuthenticatedRequest } from '../auth/current-user.decorator';
import {
  TrainingEventDto,
  TrainingListQueryDto,
  UpdateTrainingEventDto,
} from './dto/training-event.dto';
import { TrainingService } from './training.service';
import { VersionDto } from '../platform/versioning/version.dto';

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
    return this.training.list(programmeId, user, query);
  }

  @Get(':id')
  @Authorize('read', 'TrainingEvent')
  @ApiOkResponse({ description: 'One event with trainers, attendees and version.' })
  get(
    @Param('programmeId', uuid) programmeId: string,
    @Param('id', uuid) id: string,
    @CurrentUser() user: Principal,
  ) {
    return this.training.get(programmeId, id, user);
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
    return this.training.create(programmeId, body, { ...auditContext(request), principal: user });
  }

  @Put(':id')
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
    return this.training.update(programmeId, id, body, {
      ...auditContext(request),
      principal: user,
    });
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
    await this.training.remove(programmeId, id, query.version, {
      ...auditContext(request),
      principal: user,
    });
  }
}
