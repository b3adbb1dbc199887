import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { MilestoneEntity } from './entities/milestone.entity';
import { MilestonesController } from './milestones.controller';
import { MilestonesRepository } from './milestones.repository';
import { MilestonesService } from './milestones.service';

@Module({
  imports: [ProgrammeContextModule, TypeOrmModule.forFeature([MilestoneEntity])],
  controllers: [MilestonesController],
  providers: [MilestonesService, MilestonesRepository],
})
export class MilestonesModule {}
