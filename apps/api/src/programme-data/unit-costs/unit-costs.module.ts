import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CostSummaryModule } from '../../costing/cost-summary/cost-summary.module';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { UnitCostEntity } from './entities/unit-cost.entity';
import { UnitCostsController } from './unit-costs.controller';
import { UnitCostsRepository } from './unit-costs.repository';
import { UnitCostsService } from './unit-costs.service';

/** The economist's unit costs (`/api/programmes/:programmeId/unit-costs`). */
@Module({
  imports: [ProgrammeContextModule, CostSummaryModule, TypeOrmModule.forFeature([UnitCostEntity])],
  controllers: [UnitCostsController],
  providers: [UnitCostsService, UnitCostsRepository],
})
export class UnitCostsModule {}
