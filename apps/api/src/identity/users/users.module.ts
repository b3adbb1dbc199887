import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../sessions/sessions.module';
import { UserEntity } from './entities/user.entity';
import { UserAccountsService } from './user-accounts.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  // Disabling a user or resetting a password ends their sessions.
  imports: [TypeOrmModule.forFeature([UserEntity]), SessionsModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, UserAccountsService],
  exports: [UsersService, UserAccountsService],
})
export class UsersModule {}
