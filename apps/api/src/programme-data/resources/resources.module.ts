import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CostSummaryModule } from '../../costing/cost-summary/cost-summary.module';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { ResourceEntity } from './entities/resource.entity';
import { ResourcesController } from './resources.controller';
import { ResourcesRepository } from './resources.repository';
import { ResourcesService } from './resources.service';

/** The economist's resources (`/api/programmes/:programmeId/resources`). */
@Module({
  imports: [ProgrammeContextModule, CostSummaryModule, TypeOrmModule.forFeature([ResourceEntity])],
  controllers: [ResourcesController],
  providers: [ResourcesService, ResourcesRepository],
})
export class ResourcesModule {}
