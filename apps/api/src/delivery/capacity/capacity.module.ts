import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { CapacityController } from './capacity.controller';
import { CapacityRepository } from './capacity.repository';
import { CapacityService } from './capacity.service';

@Module({
  imports: [ProgrammeContextModule],
  controllers: [CapacityController],
  providers: [CapacityService, CapacityRepository],
  exports: [CapacityService],
})
export class CapacityModule {}
