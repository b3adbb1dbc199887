import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { SupervisionAttendeeEntity } from './entities/supervision-attendee.entity';
import { SupervisionSessionEntity } from './entities/supervision-session.entity';
import { SupervisionController } from './supervision.controller';
import { SupervisionFormService } from './supervision-form.service';
import { SupervisionRepository } from './supervision.repository';
import { SupervisionService } from './supervision.service';

@Module({
  imports: [
    ProgrammeContextModule,
    TypeOrmModule.forFeature([SupervisionSessionEntity, SupervisionAttendeeEntity]),
  ],
  controllers: [SupervisionController],
  providers: [SupervisionService, SupervisionFormService, SupervisionRepository],
})
export class SupervisionModule {}
