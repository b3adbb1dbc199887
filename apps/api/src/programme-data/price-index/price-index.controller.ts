import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseUUIDPipe,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
import { PageQueryDto } from '../../platform/paging/page-query.dto';
import { PriceIndexDto } from './dto/price-index.dto';
import { PriceIndexService } from './price-index.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });
const DRY_RUN = 'With ?dryRun=true: 200 {dryRun, before, after} (cost summaries), nothing written.';

@ApiTags('prices')
@Controller('programmes/:programmeId/price-index')
export class PriceIndexController {
  constructor(private readonly index: PriceIndexService) {}

  @Get()
  @Authorize('read', 'PriceIndex')
  @ApiOkResponse({ description: '{items, total} by year.' })
  list(
    @Param('programmeId', uuid) programmeId: string,
    @Query() query: PageQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.index.list(user, programmeId, query);
  }

  @Put(':year')
  @Authorize('update', 'PriceIndex')
  @ApiOkResponse({ description: `The year as stored. ${DRY_RUN}` })
  @ApiConflictResponse({ description: '`stale_version`.' })
  put(
    @Param('programmeId', uuid) programmeId: string,
    @Param('year') year: string,
    @Body() body: PriceIndexDto,
    @Query() query: DryRunQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.index.put(user, programmeId, year, body, isDryRun(query), auditContext(request));
  }

  @Delete(':year')
  @Authorize('delete', 'PriceIndex')
  @ApiOkResponse({ description: `204 when deleted. ${DRY_RUN}` })
  @ApiConflictResponse({ description: '`stale_version`, or `price_index_in_use`.' })
  async remove(
    @Param('programmeId', uuid) programmeId: string,
    @Param('year') year: string,
    @Query() query: DryRunDeleteQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.index.remove(
      user,
      programmeId,
      year,
      query.version,
      isDryRun(query),
      auditContext(request),
    );
    if (!result) void reply.status(204);
    return result;
  }
}
