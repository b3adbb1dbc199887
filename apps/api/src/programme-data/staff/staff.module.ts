import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { StaffController } from './staff.controller';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';

/** A programme's staff: listed by role (economists by code only), added and edited by admins. */
@Module({
  imports: [ProgrammeContextModule],
  controllers: [StaffController],
  providers: [StaffService, StaffRepository],
})
export class StaffModule {}
