export type { CurrentUser, Credentials } from '@attune/contract';

/**
 * unknown: not yet asked the API; checking: asking; signed_in / signed_out: known.
 * Guards wait until the session is known before deciding.
 */
export type SessionStatus = 'unknown' | 'checking' | 'signed_in' | 'signed_out';
