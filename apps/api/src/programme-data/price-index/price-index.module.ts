import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CostSummaryModule } from '../../costing/cost-summary/cost-summary.module';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { PriceIndexEntity } from './entities/price-index.entity';
import { PriceIndexController } from './price-index.controller';
import { PriceIndexRepository } from './price-index.repository';
import { PriceIndexService } from './price-index.service';

/** The economist's price index (`/api/programmes/:programmeId/price-index`). */
@Module({
  imports: [
    ProgrammeContextModule,
    CostSummaryModule,
    TypeOrmModule.forFeature([PriceIndexEntity]),
  ],
  controllers: [PriceIndexController],
  providers: [PriceIndexService, PriceIndexRepository],
})
export class PriceIndexModule {}
