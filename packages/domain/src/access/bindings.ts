import type { Role } from '../identity/roles.js';

/** What each role's account is bound to (DESIGN.md roles table). */
export const ROLE_BINDINGS: Record<
  Role,
  { laCode: 'required' | 'optional' | 'none'; staffCode: 'required' | 'optional' | 'none' }
> = {
  admin: { laCode: 'none', staffCode: 'none' },
  // A supervisor works for the provider, across LAs.
  supervisor: { laCode: 'none', staffCode: 'required' },
  // A manager may have a staff record of their own (their time is costed too).
  la_manager: { laCode: 'required', staffCode: 'optional' },
  // A practitioner is their staff record, in their LA.
  practitioner: { laCode: 'required', staffCode: 'required' },
  economist: { laCode: 'none', staffCode: 'none' },
};

export const LA_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/;
export const STAFF_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

/** Why a role cannot have these bindings; an empty list means it can. */
export function bindingProblems(
  role: Role,
  bindings: { laCode?: string | null; staffCode?: string | null },
): string[] {
  const problems: string[] = [];
  const rules = ROLE_BINDINGS[role];
  const check = (field: 'laCode' | 'staffCode', what: string, pattern: RegExp) => {
    const value = bindings[field] ?? null;
    const rule = rules[field];
    if (value === null || value === '') {
      if (rule === 'required') problems.push(`role ${role} needs ${field} (${what})`);
    } else if (rule === 'none') {
      problems.push(`role ${role} is not bound to ${what}: leave ${field} empty`);
    } else if (!pattern.test(value)) {
      problems.push(
        `${field} "${value}" is not a code (letters, digits, - and _; at most ${field === 'laCode' ? 20 : 40})`,
      );
    }
  };
  check('laCode', 'a local authority', LA_CODE_PATTERN);
  check('staffCode', 'a staff record', STAFF_CODE_PATTERN);
  return problems;
}
