import { can } from '@attune/domain';
import type { CurrentUser } from '../../../core/auth/auth.models';
import { FamilySessionView } from '../delivery.models';

/**
 * Whether the signed-in user may correct a session: the domain's rule, as the
 * server applies it (practitioners their own, LA managers their LA's, admins
 * any). The portal only hides what would be refused; the server decides.
 */
export function sessionCorrector(user: CurrentUser | null): (s: FamilySessionView) => boolean {
  if (!user) return () => false;
  const principal = {
    id: '',
    email: user.email,
    role: user.role,
    laCode: user.laCode,
    staffCode: user.staffCode ?? null,
  };
  return (s) =>
    can(principal, 'delete', 'FamilySession', { laCode: s.laCode, staffCode: s.practitionerCode });
}
