import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ProgrammeAccessService } from './programme-access.service';

/** What the delivery modules (families, sessions, time, locks, capacity) share. */
@Module({
  imports: [AuthModule],
  providers: [ProgrammeAccessService],
  exports: [ProgrammeAccessService],
})
export class DeliveryModule {}
