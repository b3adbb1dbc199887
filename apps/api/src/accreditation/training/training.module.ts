import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { TrainingAttendeeEntity } from './entities/training-attendee.entity';
import { TrainingEventEntity } from './entities/training-event.entity';
import { TrainingTrainerEntity } from './entities/training-trainer.entity';
import { TrainingController } from './training.controller';
import { TrainingRepository } from './training.repository';
import { TrainingService } from './training.service';

@Module({
  imports: [
    ProgrammeContextModule,
    TypeOrmModule.forFeature([TrainingEventEntity, TrainingTrainerEntity, TrainingAttendeeEntity]),
  ],
  controllers: [TrainingController],
  providers: [TrainingService, TrainingRepository],
})
export class TrainingModule {}
