import { isRole, passwordProblems, Role, roleNeedsLocalAuthority } from '@attune/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserEntity } from './entities/user.entity';
import { hashPassword } from './password-hasher';

export class UserInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'UserInputError';
  }
}

export interface NewUser {
  email: string;
  password: string;
  role: string;
  laCode?: string | null;
  staffCode?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** Checks a new user's fields; throws UserInputError listing every problem. */
  static validate(input: NewUser): asserts input is NewUser & { role: Role } {
    const problems: string[] = [];
    if (!EMAIL.test(input.email)) problems.push(`email "${input.email}" is not an email address`);
    if (!isRole(input.role)) {
      problems.push(`role "${input.role}" is not one of admin, supervisor, la_manager, practitioner, economist`);
    } else if (roleNeedsLocalAuthority(input.role) && !input.laCode) {
      problems.push(`role ${input.role} needs a local authority (--la CODE)`);
    }
    problems.push(...passwordProblems(input.password, { email: input.email }).map((p) => `password ${p}`));
    if (problems.length > 0) throw new UserInputError(problems);
  }

  async create(input: NewUser): Promise<UserEntity> {
    UsersService.validate(input);
    const email = input.email.trim().toLowerCase();
    if (await this.users.existsBy({ email })) {
      throw new UserInputError([`a user with email ${email} already exists`]);
    }
    return this.users.save(
      this.users.create({
        email,
        passwordHash: await hashPassword(input.password),
        role: input.role,
        laCode: input.laCode ?? null,
        staffCode: input.staffCode ?? null,
      }),
    );
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.trim().toLowerCase() });
  }
}
