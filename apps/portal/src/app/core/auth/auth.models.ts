import type { Role } from '@attune/domain';

/** GET /api/auth/me */
export interface CurrentUser {
  email: string;
  role: Role;
  laCode: string | null;
}

export interface Credentials {
  email: string;
  password: string;
}

/**
 * unknown: not yet asked the API; checking: asking; signed_in / signed_out: known.
 * Guards wait until the session is known before deciding.
 */
export type SessionStatus = 'unknown' | 'checking' | 'signed_in' | 'signed_out';
