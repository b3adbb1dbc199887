import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FamilyEntity } from './entities/family.entity';
import { FamilyStatusChangeEntity } from './entities/family-status-change.entity';
import { RandomisationBlockEntity } from './entities/randomisation-block.entity';
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
  imports: [
    TypeOrmModule.forFeature([FamilyEntity, FamilyStatusChangeEntity, RandomisationBlockEntity]),
    ProgrammeContextModule,
    CapacityModule,
  ],
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
