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
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
import { UnitCostDto, UnitCostListQueryDto, UpdateUnitCostDto } from './dto/unit-cost.dto';
import { UnitCostsService } from './unit-costs.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });
const DRY_RUN = 'With ?dryRun=true: 200 {dryRun, before, after} (cost summaries), nothing written.';

@ApiTags('prices')
@Controller('programmes/:programmeId/unit-costs')
export class UnitCostsController {
  constructor(private readonly unitCosts: UnitCostsService) {}

  @Get()
  @Authorize('read', 'UnitCost')
  @ApiOkResponse({ description: '{items, total}, by cost role and period.' })
  list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: UnitCostListQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.unitCosts.list(user, programmeId, query);
  }

  @Post()
  @Authorize('create', 'UnitCost')
  @ApiCreatedResponse({ description: `The unit cost as stored. ${DRY_RUN}` })
  @ApiConflictResponse({ description: '`unit_cost_overlap`: `overlapping` names the other one.' })
  async create(
    @Param('programmeId', uuid) programmeId: string,
    @Body() body: UnitCostDto,
    @Query() query: DryRunQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (isDryRun(query)) void reply.status(200);
    return this.unitCosts.create(user, programmeId, body, isDryRun(query), auditContext(request));
  }

  @Patch(':unitCostId')
  @Authorize('update', 'UnitCost')
  @ApiOkResponse({ description: `The unit cost after the change. ${DRY_RUN}` })
  @ApiConflictResponse({ description: '`stale_version`, or `unit_cost_overlap`.' })
  update(
    @Param('programmeId', uuid) programmeId: string,
    @Param('unitCostId') id: string,
    @Body() body: UpdateUnitCostDto,
    @Query() query: DryRunQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.unitCosts.update(
      user,
      programmeId,
      numericId(id),
      body,
      isDryRun(query),
      auditContext(request),
    );
  }

  @Delete(':unitCostId')
  @Authorize('delete', 'UnitCost')
  @ApiOkResponse({ description: `204 when deleted. ${DRY_RUN}` })
  async remove(
    @Param('programmeId', uuid) programmeId: string,
    @Param('unitCostId') id: string,
    @Query() query: DryRunDeleteQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.unitCosts.remove(
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
  if (!/^[1-9][0-9]{0,17}$/.test(id))
    throw new NotFoundException(`Unit cost ${id} does not exist.`);
  return id;
}
