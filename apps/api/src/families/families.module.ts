import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../platform/programme-context/programme-context.module';
import { FamiliesReadService } from './families-read.service';
import { FamiliesController } from './families.controller';
import { FamiliesService } from './families.service';
import { RandomiserService } from './randomiser.service';

@Module({
  imports: [ProgrammeContextModule],
  controllers: [FamiliesController],
  providers: [FamiliesService, FamiliesReadService, RandomiserService],
  exports: [FamiliesReadService],
})
export class FamiliesModule {}
