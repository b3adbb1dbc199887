import type { Role } from '@attune/domain';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Admin',
  supervisor: 'Supervisor',
  la_manager: 'LA manager',
  practitioner: 'Practitioner',
  economist: 'Economist',
};
