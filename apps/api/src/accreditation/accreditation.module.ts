import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccreditationController } from './accreditation.controller';
import { AccreditationService } from './accreditation.service';

@Module({
  imports: [AuthModule],
  controllers: [AccreditationController],
  providers: [AccreditationService],
  exports: [AccreditationService],
})
export class AccreditationModule {}
