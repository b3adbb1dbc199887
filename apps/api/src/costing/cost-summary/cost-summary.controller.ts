import { CostingError, type CostSummary } from '@attune/domain';
import {
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authorize } from '../../identity/auth/authorize.decorator';
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
  async costSummary(@Param('id', uuid) id: string): Promise<CostSummary> {
    try {
      return await this.costs.summary(id);
    } catch (error) {
      if (error instanceof NotFoundException) throw error;
      // Lines without a unit cost are gaps in the answer; what is left (a missing price index) cannot be costed at all.
      if (error instanceof CostingError)
        throw new UnprocessableEntityException(`The costs cannot be worked out: ${error.message}`);
      throw error;
    }
  }
}
