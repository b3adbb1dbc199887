import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
// The users table is registered here for the same reason as UsersRepository below.
// eslint-disable-next-line attune/module-boundaries
import { UserEntity } from '../users/entities/user.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { Clock } from '../../platform/clock/clock';
import { SessionEntity } from './entities/session.entity';
import { SignInAttemptEntity } from './entities/sign-in-attempt.entity';
// Sign-in reads accounts through the users module's repository, which AuthModule provides:
// UsersModule needs AuthModule's guard, so auth cannot import UsersModule (a cycle).
// eslint-disable-next-line attune/module-boundaries
import { UsersRepository } from '../users/users.repository';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { SignInAttemptsRepository } from './sign-in-attempts.repository';
import { SignInThrottle } from './sign-in-throttle.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, SignInAttemptEntity, UserEntity])],
  controllers: [AuthController],
  providers: [
    Clock,
    SessionsRepository,
    SessionsService,
    SignInAttemptsRepository,
    SignInThrottle,
    // The users table's repository lives in users/; it is provided here because sign-in reads
    // users and UsersModule imports this module (the other way round would be a cycle).
    UsersRepository,
    AuthService,
    // Every route of every module goes through it.
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [Clock, SessionsService, UsersRepository],
})
export class AuthModule {}
