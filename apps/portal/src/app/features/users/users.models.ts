import type { Role } from '@attune/domain';

/** One row of GET /api/users. */
export interface UserSummary {
  id: string;
  email: string;
  role: Role;
  laCode: string | null;
  disabled: boolean;
}

export interface UserPage {
  items: UserSummary[];
  total: number;
}

/** POST /api/users */
export interface NewUser {
  email: string;
  password: string;
  role: Role;
  laCode?: string;
  staffCode?: string;
}
