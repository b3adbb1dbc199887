import type { Role } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from './entities/user.entity';

export interface NewUserRow {
  email: string;
  passwordHash: string;
  role: Role;
  laCode: string | null;
  staffCode: string | null;
}

/** users: every query and write of them (sign-in reads them through UserAccountsService). */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email });
  }

  findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { id });
  }

  /** The user, locked for update until the transaction ends. */
  findForUpdate(manager: EntityManager, id: string): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    return manager.existsBy(UserEntity, { email });
  }

  insert(manager: EntityManager, user: NewUserRow): Promise<UserEntity> {
    return manager.save(manager.create(UserEntity, user));
  }

  save(manager: EntityManager, user: UserEntity): Promise<UserEntity> {
    return manager.save(user);
  }

  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.update(UserEntity, { id }, { passwordHash });
  }

  /** Enabled admins, counted under a lock so that two requests cannot each remove "another" last admin. */
  async lockAndCountEnabledAdmins(manager: EntityManager): Promise<number> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('attune-admins', 0))");
    return manager.countBy(UserEntity, { role: 'admin', disabled: false });
  }

  page(page: number, pageSize: number): Promise<[UserEntity[], number]> {
    return this.dataSource.manager.findAndCount(UserEntity, {
      order: { email: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }
}
