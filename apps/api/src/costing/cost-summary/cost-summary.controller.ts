import { CostingError, type OneWaySensitivity } from '@attune/domain';
import {
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Req,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { DataVersionRead, ReadsDataVersion } from '../../platform/cache/request-version';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { CostSummaryService } from './cost-summary.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('programmes')
@Controller('programmes')
export class CostSummaryController {
  constructor(private readonly costs: CostSummaryService) {}

  @Get(':id/cost-summary')
  @Authorize('read', 'CostSummary')
  @ApiOkResponse({
    description:
      "DESIGN.md's cost summary: money as strings in pounds with two decimals; `complete: false` and `gaps` when some lines have no unit cost (the figures then total the costed lines).",
  })
  @Header('Content-Type', 'application/json; charset=utf-8')
  @ReadsDataVersion('id')
  async costSummary(
    @Param('id', uuid) id: string,
    @DataVersionRead('id') version: string | null | undefined,
  ): Promise<Buffer> {
    // Already JSON bytes: the same answer is served, unchanged, until the data changes.
    return costed(() => this.costs.summaryJson(id, 'replica', version));
  }

  @Get(':id/cost-summary.csv')
  @Authorize('read', 'CostSummary')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="cost-summary.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The cost summary as CSV, one row per figure: `section,key,minutes,cost,count` (README, "The cost summary as CSV").',
  })
  async costSummaryCsv(
    @Param('id', uuid) id: string,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    return costed(() => this.costs.summaryCsv(id, auditContext(request)));
  }

  @Get(':id/sensitivity')
  @Authorize('read', 'CostSummary')
  @ApiOkResponse({
    description:
      'One-way sensitivity: `{base, complete, items: [{assumption, parameter, lowValue, highValue, low, high, range}]}`, the total (staff time + equivalent annual resources) with each assumption at its low and high value, all else at base, widest range first; money in pounds.',
  })
  async sensitivity(@Param('id', uuid) id: string): Promise<OneWaySensitivity> {
    return costed(() => this.costs.sensitivity(id, 'replica'));
  }
}

/** Lines without a unit cost are gaps in the answer; what is left (a missing price index) cannot be costed at all. */
async function costed<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundException) throw error;
    if (error instanceof CostingError)
      throw new UnprocessableEntityException(`The costs cannot be worked out: ${error.message}`);
    throw error;
  }
}
