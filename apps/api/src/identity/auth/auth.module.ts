import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SignInAttemptEntity } from './entities/sign-in-attempt.entity';
import { SignInAttemptsRepository } from './sign-in-attempts.repository';
import { SignInThrottle } from './sign-in-throttle.service';

@Module({
  imports: [TypeOrmModule.forFeature([SignInAttemptEntity]), SessionsModule, UsersModule],
  controllers: [AuthController],
  providers: [
    SignInAttemptsRepository,
    SignInThrottle,
    AuthService,
    // Every route of every module goes through it.
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsModule],
})
export class AuthModule {}
