import type { Principal } from '@attune/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
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
import { LaPageQueryDto } from '../../platform/paging/list-query.dto';
import { invalid } from '../../platform/http/errors';
import { ReopenQueryDto, ReviewQueryDto, SignOffDto } from './dto/period-lock.dto';
import { PeriodLocksService } from './period-locks.service';
import { PeriodReviewService } from './period-review.service';

@ApiTags('period sign-off')
@Controller('programmes/:programmeId/period-locks')
export class PeriodLocksController {
  constructor(
    private readonly locks: PeriodLocksService,
    private readonly reviews: PeriodReviewService,
  ) {}

  @Get()
  @Authorize('read', 'PeriodLock')
  @ApiOkResponse({
    description: '{items: [{laCode, month, lockedAt, lockedBy}], total}, newest month first.',
  })
  list(
    @Param('programmeId') programmeId: string,
    @Query() query: LaPageQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.locks.list(user, programmeId, query);
  }

  @Get('review')
  @Authorize('sign_off', 'PeriodLock')
  @ApiOkResponse({
    description:
      "What signing the LA's month off signs: each person's ledger minutes by activity, family sessions held and recorded, open families, who is missing sessions, totals, and the sign-off if there is one.",
  })
  review(
    @Param('programmeId') programmeId: string,
    @Query() query: ReviewQueryDto,
    @CurrentUser() user: Principal,
  ) {
    return this.reviews.review(user, programmeId, query.laCode, query.month);
  }

  @Post()
  @Authorize('sign_off', 'PeriodLock')
  @ApiCreatedResponse({
    description: "The month is signed off: that LA's sessions and time dated in it are read-only.",
  })
  @ApiConflictResponse({ description: 'Already signed off.' })
  signOff(
    @Param('programmeId') programmeId: string,
    @Body() body: SignOffDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ) {
    return this.locks.lock(user, programmeId, body.laCode, body.month, auditContext(request));
  }

  @Delete(':laCode/:month')
  @HttpCode(204)
  @Authorize('reopen', 'PeriodLock')
  @ApiNoContentResponse({
    description: 'Reopened: the month can be changed again. `?reason=` is required and audited.',
  })
  async reopen(
    @Param('programmeId') programmeId: string,
    @Param('laCode') laCode: string,
    @Param('month') month: string,
    @Query() query: ReopenQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<void> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      throw invalid({ field: 'month', problem: 'must be a month, YYYY-MM' });
    await this.locks.reopen(user, programmeId, laCode, month, query.reason, auditContext(request));
  }
}
