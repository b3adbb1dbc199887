import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from '../../platform/clock/clock';
import { SessionEntity } from './entities/session.entity';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

/** Signed-in sessions: opened by sign-in, checked by the guard, ended by the users module too. */
@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity])],
  providers: [Clock, SessionsRepository, SessionsService],
  exports: [Clock, SessionsService],
})
export class SessionsModule {}
