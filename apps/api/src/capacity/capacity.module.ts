import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { CapacityCache } from './capacity-cache';
import { CapacityController } from './capacity.controller';
import { CapacityService } from './capacity.service';

@Module({
  imports: [DeliveryModule],
  controllers: [CapacityController],
  providers: [CapacityService, CapacityCache],
  exports: [CapacityService],
})
export class CapacityModule {}
