import {
  Body,
  Controller,
  Delete,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Principal } from '@attune/domain';
import type { FastifyReply } from 'fastify';
import {
  DryRunDeleteQueryDto,
  DryRunQueryDto,
  isDryRun,
} from '../../costing/cost-summary/dto/dry-run-query.dto';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser, type AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { ResourceDto, ResourceListQueryDto, UpdateResourceDto } from './dto/resource.dto';
import { ResourcesService } from './resources.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });
const DRY_RUN = 'With ?dryRun=true: 200 {dryRun, before, after} (cost summaries), nothing written.';

@ApiTags('prices')
@Controller('programmes/:programmeId/resources')
export class ResourcesController {
  constructor(private readonly resources: ResourcesService) {}

  @Get()
  @Authorize('read', 'Resource')
  @ApiOkResponse({ description: '{items, total}, by date.' })
  list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: ResourceListQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.resources.list(user, programmeId, query);
  }

  @Post()
  @Authorize('create', 'Resource')
  @ApiCreatedResponse({ description: `The resource as stored. ${DRY_RUN}` })
  @ApiUnprocessableEntityResponse({ description: 'The date is outside the window for resources.' })
  async create(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: ResourceDto,
    @Query() query: DryRunQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (isDryRun(query)) void reply.status(200);
    return this.resources.create(user, programmeId, body, isDryRun(query), auditContext(request));
  }

  @Patch(':resourceId')
  @Authorize('update', 'Resource')
  @ApiOkResponse({ description: `The resource after the change. ${DRY_RUN}` })
  @ApiConflictResponse({ description: '`stale_version`.' })
  update(
    @Param('programmeId', uuid) programmeId: string,
    @Param('resourceId') id: string,
    @Body() body: UpdateResourceDto,
    @Query() query: DryRunQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.resources.update(
      user,
      programmeId,
      numericId(id),
      body,
      isDryRun(query),
      auditContext(request),
    );
  }

  @Delete(':resourceId')
  @Authorize('delete', 'Resource')
  @ApiOkResponse({ description: `204 when deleted. ${DRY_RUN}` })
  async remove(
    @Param('programmeId', uuid) programmeId: string,
    @Param('resourceId') id: string,
    @Query() query: DryRunDeleteQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.resources.remove(
      user,
      programmeId,
      numericId(id),
      query.version,
      isDryRun(query),
      auditContext(request),
    );
    if (!result) void reply.status(204);
    return result;
  }
}

function numericId(id: string): string {
  if (!/^[1-9][0-9]{0,17}$/.test(id)) throw new NotFoundException(`Resource ${id} does not exist.`);
  return id;
}
