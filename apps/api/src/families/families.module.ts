import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { FamiliesReadService } from './families-read.service';
import { FamiliesController } from './families.controller';
import { FamiliesService } from './families.service';
import { RandomiserService } from './randomiser.service';

@Module({
  imports: [DeliveryModule],
  controllers: [FamiliesController],
  providers: [FamiliesService, FamiliesReadService, RandomiserService],
  exports: [FamiliesReadService],
})
export class FamiliesModule {}
