import { bindingProblems, isRole, passwordProblems, Role } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../auth/sessions.service';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './password-hasher';
import type { UserView } from '@attune/contract';

/** Input the caller can fix: each problem says what is wrong and where. */
export class UserInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'UserInputError';
  }
}

/** The change would conflict with what exists (an email in use, the last admin): 409. */
export class UserConflictError extends UserInputError {
  constructor(problem: string) {
    super([problem]);
    this.name = 'UserConflictError';
  }
}

/** 404; a UserInputError too, so the CLI prints it as a refusal. */
export class UserNotFoundError extends UserInputError {
  constructor(problem: string) {
    super([problem]);
    this.name = 'UserNotFoundError';
  }
}

export interface NewUser {
  email: string;
  password: string;
  role: string;
  laCode?: string | null;
  staffCode?: string | null;
}

export interface UserChange {
  role?: string;
  laCode?: string | null;
  staffCode?: string | null;
  disabled?: boolean;
}

export type { UserView };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NO_CONTEXT: AuditContext = { principal: null, requestId: null, address: null };

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    laCode: user.laCode,
    staffCode: user.staffCode,
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

function auditable(user: UserEntity) {
  const { passwordHash: _hash, ...rest } = user;
  return rest;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  /** Checks a new user's fields; throws UserInputError listing every problem. */
  static validate(input: NewUser): asserts input is NewUser & { role: Role } {
    const problems: string[] = [];
    if (input.email.length > 320 || !EMAIL.test(input.email)) {
      problems.push(`email "${input.email.slice(0, 80)}" is not an email address`);
    }
    if (!isRole(input.role)) {
      problems.push(
        `role "${input.role}" is not one of admin, supervisor, la_manager, practitioner, economist`,
      );
    } else {
      problems.push(...bindingProblems(input.role, input));
    }
    problems.push(
      ...passwordProblems(input.password, { email: input.email }).map((p) => `password ${p}`),
    );
    if (problems.length > 0) throw new UserInputError(problems);
  }

  async create(input: NewUser, context: AuditContext = NO_CONTEXT): Promise<UserEntity> {
    UsersService.validate(input);
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email })) {
        throw new UserConflictError(`a user with email ${email} already exists`);
      }
      const user = await manager.save(
        manager.create(UserEntity, {
          email,
          passwordHash,
          role: input.role,
          laCode: input.laCode || null,
          staffCode: input.staffCode || null,
        }),
      );
      await this.audit.record(
        {
          action: 'user.create',
          entityType: 'User',
          entityId: user.id,
          after: auditable(user),
          ...context,
        },
        manager,
      );
      return user;
    });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.manager.findOneBy(UserEntity, { email: email.trim().toLowerCase() });
  }

  async list(page: number, pageSize: number): Promise<{ items: UserView[]; total: number }> {
    const [users, total] = await this.dataSource.manager.findAndCount(UserEntity, {
      order: { email: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: users.map(toUserView), total };
  }

  /** Changes role, bindings or disabled; disabling ends the user's sessions at once. */
  async update(
    id: string,
    change: UserChange,
    context: AuditContext = NO_CONTEXT,
  ): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      const before = auditable({ ...user });
      const role = change.role ?? user.role;
      const next = {
        role,
        laCode: change.laCode !== undefined ? change.laCode || null : user.laCode,
        staffCode: change.staffCode !== undefined ? change.staffCode || null : user.staffCode,
        disabled: change.disabled ?? user.disabled,
      };
      if (!isRole(role)) {
        throw new UserInputError([
          `role "${role}" is not one of admin, supervisor, la_manager, practitioner, economist`,
        ]);
      }
      const problems = bindingProblems(role, next);
      if (problems.length > 0) throw new UserInputError(problems);
      if (user.role === 'admin' && !user.disabled && (role !== 'admin' || next.disabled)) {
        // Serialise admin changes so that two requests cannot each remove "another" last admin.
        await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('attune-admins', 0))");
        const admins = await manager.countBy(UserEntity, { role: 'admin', disabled: false });
        if (admins <= 1)
          throw new UserConflictError('this is the last enabled admin: make another admin first');
      }
      Object.assign(user, next, { role });
      const saved = await manager.save(user);
      if (next.disabled && !before.disabled) await this.sessions.revokeAllForUser(id, manager);
      await this.audit.record(
        {
          action: 'user.update',
          entityType: 'User',
          entityId: id,
          before,
          after: auditable(saved),
          ...context,
        },
        manager,
      );
      return saved;
    });
  }

  /** Sets a new password (an admin's reset, or the CLI's) and ends every session of the user. */
  async resetPassword(
    id: string,
    password: string,
    context: AuditContext = NO_CONTEXT,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      const problems = passwordProblems(password, { email: user.email }).map(
        (p) => `password ${p}`,
      );
      if (problems.length > 0) throw new UserInputError(problems);
      await manager.update(UserEntity, { id }, { passwordHash: await hashPassword(password) });
      await this.sessions.revokeAllForUser(id, manager);
      await this.audit.record(
        { action: 'user.password_reset', entityType: 'User', entityId: id, ...context },
        manager,
      );
    });
  }

  async idByEmail(email: string): Promise<string> {
    const user = await this.findByEmail(email);
    if (!user) throw new UserNotFoundError(`no user has the email ${email.trim().toLowerCase()}`);
    return user.id;
  }

  private async lockUser(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user) throw new UserNotFoundError(`no user has the id ${id}`);
    return user;
  }
}
