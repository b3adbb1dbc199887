import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/entities/user.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { Clock } from '../platform/clock/clock';
import { SessionEntity } from './entities/session.entity';
import { SignInAttemptEntity } from './entities/sign-in-attempt.entity';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, SignInAttemptEntity, UserEntity])],
  controllers: [AuthController],
  providers: [
    Clock,
    SessionsService,
    SignInThrottle,
    AuthService,
    // Every route of every module goes through it.
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [Clock, SessionsService],
})
export class AuthModule {}
