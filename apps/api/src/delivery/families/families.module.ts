import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { CapacityModule } from '../capacity/capacity.module';
import { FamiliesReadService } from './families-read.service';
import { FamiliesController } from './families.controller';
import { FamiliesRepository } from './families.repository';
import { FamiliesService } from './families.service';
import { FamilyAssignmentService } from './family-assignment.service';
import { FamilyLifecycleService } from './family-lifecycle.service';
import { RandomiserService } from './randomiser.service';

@Module({
  imports: [ProgrammeContextModule, CapacityModule],
  controllers: [FamiliesController],
  providers: [
    FamiliesService,
    FamilyAssignmentService,
    FamilyLifecycleService,
    FamiliesReadService,
    FamiliesRepository,
    RandomiserService,
  ],
  exports: [FamiliesReadService, FamilyLifecycleService],
})
export class FamiliesModule {}
