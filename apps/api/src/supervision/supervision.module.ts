import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SupervisionController } from './supervision.controller';
import { SupervisionFormService } from './supervision-form.service';
import { SupervisionService } from './supervision.service';

@Module({
  imports: [AuthModule],
  controllers: [SupervisionController],
  providers: [SupervisionService, SupervisionFormService],
})
export class SupervisionModule {}
