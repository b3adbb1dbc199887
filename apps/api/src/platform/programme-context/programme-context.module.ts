import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { ProgrammeContextService } from './programme-context.service';

/** What the delivery modules (families, sessions, time, locks, capacity) share. */
@Module({
  imports: [AuthModule],
  providers: [ProgrammeContextService],
  exports: [ProgrammeContextService],
})
export class ProgrammeContextModule {}
