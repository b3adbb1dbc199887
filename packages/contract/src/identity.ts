// Who is signed in, the users an admin manages, and the audit log.
import type { Role } from '@attune/domain';
import type { Page } from './platform.js';

/** POST /api/auth/login */
export interface Credentials {
  email: string;
  password: string;
}

/** GET /api/auth/me (and the answer to a sign-in). */
export interface CurrentUser {
  email: string;
  role: Role;
  laCode: string | null;
  /** The staff record the account records time as (its "My time"); null when it has none. */
  staffCode?: string | null;
}

/** A user as the API shows it: never the password hash. */
export interface UserView {
  id: string;
  email: string;
  role: Role;
  laCode: string | null;
  staffCode: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export type UserPage = Page<UserView>;

/** POST /api/users (the password is checked against the domain's password policy). */
export interface NewUserInput {
  email: string;
  password: string;
  role: Role;
  laCode?: string | null;
  staffCode?: string | null;
}

/** PATCH /api/users/:id: only the fields given change. */
export interface UserChangeInput {
  role?: Role;
  laCode?: string | null;
  staffCode?: string | null;
  disabled?: boolean;
}

/** One row of GET /api/audit-events. */
export interface AuditEventView {
  id: string;
  /** ISO 8601, UTC. */
  at: string;
  userId: string | null;
  userEmail: string | null;
  userRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  address: string | null;
}

export type AuditPage = Page<AuditEventView>;
