import type { Role } from '../identity/roles.js';

/** What a user may do (CASL-style actions). `manage` means every action. */
export const ACTIONS = [
  'manage',
  'read',
  'create',
  // Referring a family (and recording an ineligible referral): a narrower right than `create`,
  // which on Family also means randomising and allocating.
  'refer',
  'update',
  'delete',
  'import',
  'export',
  'sign_off',
  'reopen',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What a permission is about: one subject per domain concept, plus `all`. */
export const SUBJECTS = [
  'all',
  'Programme',
  'LocalAuthority',
  'Staff',
  'Practitioner',
  'Family',
  'FamilySession',
  'SupervisionSession',
  'TrainingEvent',
  'Milestone',
  'TimeEntry',
  'UnitCost',
  'PriceIndex',
  'Resource',
  'RuleSet',
  'PeriodLock',
  'CostSummary',
  'DataPackage',
  'Workbook',
  'Accreditation',
  'Capacity',
  /** The not-proceeded dashboard: counts by reason, nothing about a family. */
  'NotProceeded',
  /** Fidelity totals per practitioner, LA and programme (pseudonymised: codes and counts). */
  'Fidelity',
  'User',
  'AuditEvent',
  /** The signed-in user's own account: `/api/auth/me`, changing one's own password. */
  'Account',
] as const;
export type Subject = (typeof SUBJECTS)[number];

/** The signed-in user as every layer sees it. */
export interface Principal {
  id: string;
  email: string;
  role: Role;
  /** Set for la_manager (and for practitioners, their staff record's LA). */
  laCode: string | null;
  /** Set for practitioner and supervisor: their staff code. */
  staffCode: string | null;
}
