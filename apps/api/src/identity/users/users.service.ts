import type { UserView } from '@attune/contract';
import { bindingProblems, isRole, passwordProblems, Role } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  conflict,
  invalidSentences,
  notFound,
  type FieldProblem,
} from '../../platform/http/errors';
import { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { SessionsService } from '../sessions/sessions.service';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './password-hasher';
import { UsersRepository } from './users.repository';

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
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Checks a new user's fields; 400 listing every problem. Each problem is a
   * whole sentence that names its field, as the CLI prints it too.
   */
  static validate(input: NewUser): asserts input is NewUser & { role: Role } {
    const problems: FieldProblem[] = [];
    if (input.email.length > 320 || !EMAIL.test(input.email)) {
      problems.push({
        field: 'email',
        problem: `email "${input.email.slice(0, 80)}" is not an email address`,
      });
    }
    if (!isRole(input.role)) problems.push(roleProblem(input.role));
    else problems.push(...bindingFieldProblems(input.role, input));
    problems.push(
      ...passwordProblems(input.password, { email: input.email }).map((p) => ({
        field: 'password',
        problem: `password ${p}`,
      })),
    );
    if (problems.length > 0) throw invalidSentences(...problems);
  }

  async create(input: NewUser, context: AuditContext = NO_CONTEXT): Promise<UserEntity> {
    UsersService.validate(input);
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      if (await this.users.emailTaken(manager, email)) {
        throw conflict('email_taken', `a user with email ${email} already exists`);
      }
      const user = await this.users.insert(manager, {
        email,
        passwordHash,
        role: input.role,
        laCode: input.laCode || null,
        staffCode: input.staffCode || null,
      });
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
    return this.users.findByEmail(email.trim().toLowerCase());
  }

  async list(page: number, pageSize: number): Promise<{ items: UserView[]; total: number }> {
    const [users, total] = await this.users.page(page, pageSize);
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
      if (!isRole(role)) throw invalidSentences(roleProblem(role));
      const problems = bindingFieldProblems(role, next);
      if (problems.length > 0) throw invalidSentences(...problems);
      if (user.role === 'admin' && !user.disabled && (role !== 'admin' || next.disabled)) {
        const admins = await this.users.lockAndCountEnabledAdmins(manager);
        if (admins <= 1)
          throw conflict('last_admin', 'this is the last enabled admin: make another admin first');
      }
      Object.assign(user, next, { role });
      const saved = await this.users.save(manager, user);
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
      const problems = passwordProblems(password, { email: user.email }).map((p) => ({
        field: 'password',
        problem: `password ${p}`,
      }));
      if (problems.length > 0) throw invalidSentences(...problems);
      await this.users.setPasswordHash(manager, id, await hashPassword(password));
      await this.sessions.revokeAllForUser(id, manager);
      await this.audit.record(
        { action: 'user.password_reset', entityType: 'User', entityId: id, ...context },
        manager,
      );
    });
  }

  async idByEmail(email: string): Promise<string> {
    const user = await this.findByEmail(email);
    if (!user) throw notFound(`no user has the email ${email.trim().toLowerCase()}`);
    return user.id;
  }

  private async lockUser(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await this.users.findForUpdate(manager, id);
    if (!user) throw notFound(`no user has the id ${id}`);
    return user;
  }
}

function roleProblem(role: string): FieldProblem {
  return {
    field: 'role',
    problem: `role "${role}" is not one of admin, supervisor, la_manager, practitioner, economist`,
  };
}

/** The domain's binding problems, each at the field it names (laCode or staffCode). */
function bindingFieldProblems(
  role: Role,
  bindings: { laCode?: string | null; staffCode?: string | null },
): FieldProblem[] {
  return bindingProblems(role, bindings).map((problem) => ({
    field: /\bstaffCode\b/.test(problem) ? 'staffCode' : 'laCode',
    problem,
  }));
}
