import { Module } from '@nestjs/common';
import { CostPreviewService } from './cost-preview.service';
import { CostSummaryController } from './cost-summary.controller';
import { CostSummaryRepository } from './cost-summary.repository';
import { CostSummaryService } from './cost-summary.service';

/** DESIGN.md's cost summary of a programme (GET /api/programmes/:id/cost-summary), and dry runs of price changes. */
@Module({
  controllers: [CostSummaryController],
  providers: [CostSummaryService, CostSummaryRepository, CostPreviewService],
  exports: [CostSummaryService, CostPreviewService],
})
export class CostSummaryModule {}
