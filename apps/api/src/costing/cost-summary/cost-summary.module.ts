import { Module } from '@nestjs/common';
import { CostSummaryController } from './cost-summary.controller';
import { CostSummaryRepository } from './cost-summary.repository';
import { CostSummaryService } from './cost-summary.service';

/** DESIGN.md's cost summary of a programme (GET /api/programmes/:id/cost-summary). */
@Module({
  controllers: [CostSummaryController],
  providers: [CostSummaryService, CostSummaryRepository],
  exports: [CostSummaryService],
})
export class CostSummaryModule {}
