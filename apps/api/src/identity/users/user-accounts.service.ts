import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from './entities/user.entity';
import { UsersRepository } from './users.repository';

/**
 * What signing in needs of the accounts, exported to AuthModule so that the
 * users table's SQL stays in this module's repository.
 */
@Injectable()
export class UserAccountsService {
  constructor(private readonly users: UsersRepository) {}

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.users.findByEmail(email, manager);
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.users.findById(id, manager);
  }

  setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    return this.users.setPasswordHash(manager, id, passwordHash);
  }
}
