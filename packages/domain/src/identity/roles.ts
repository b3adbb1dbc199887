/** The five roles of DESIGN.md. A user has exactly one. */
export const ROLES = ['admin', 'supervisor', 'la_manager', 'practitioner', 'economist'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
