import { describe, it, expect } from '@jest/globals';
import { ROLES } from '@attune/domain';
import { NAV_ENTRIES, ROLE_INTRO, canOpen, navFor } from './nav.model';

const labels = (role: Parameters<typeof navFor>[0]) => navFor(role).map((entry) => entry.label);

describe('nav model', () => {
  it('gives the admin every page', () => {
    expect(labels('admin')).toEqual([
      'Home',
      'Users',
      'Supervision',
      'Accreditation',
      'Rule sets',
      'Programme settings',
      'Local authorities',
      'Staff and practitioners',
      'Capacity',
      'Families',
      'Trial',
      'Fidelity',
      'Sign-off',
      'Import time',
      'My time',
      'Team time',
      'Audit log',
      'Programmes',
      'Costs',
      'Unit costs',
      'Price index',
      'Resources',
      'Ledger',
      'Sensitivity',
      'Export workbook',
      'System health',
    ]);
  });

  it('gives every other role its own pages only', () => {
    expect(labels('supervisor')).toEqual([
      'Home',
      'Supervision',
      'Accreditation',
      'Fidelity',
      'My time',
      'System health',
    ]);
    expect(labels('la_manager')).toEqual([
      'Home',
      'Accreditation',
      'Capacity',
      'Families',
      'Trial',
      'Fidelity',
      'Sign-off',
      'Import time',
      'My time',
      'Team time',
      'System health',
    ]);
    expect(labels('practitioner')).toEqual([
      'Home',
      'My families',
      'My time',
      'My progress',
      'System health',
    ]);
  });

  it('gives the economist the costs and the prices, and not the audit log or programme import', () => {
    expect(labels('economist')).toEqual([
      'Home',
      'Fidelity',
      'Costs',
      'Unit costs',
      'Price index',
      'Resources',
      'Ledger',
      'Sensitivity',
      'Export workbook',
      'System health',
    ]);
    expect(canOpen('economist', 'audit-log')).toBe(false);
    expect(canOpen('economist', 'programmes')).toBe(false);
  });

  it('gives a signed-out visitor only the health page', () => {
    expect(labels(null)).toEqual(['System health']);
  });

  it('lets only the roles an entry names open its page', () => {
    expect(canOpen('admin', 'users')).toBe(true);
    expect(canOpen('la_manager', 'users')).toBe(false);
    expect(canOpen(null, 'home')).toBe(false);
    expect(canOpen(null, 'health')).toBe(true);
    expect(canOpen('admin', 'no-such-page')).toBe(false);
  });

  it('has unique ids and paths, and an introduction for every role', () => {
    expect(new Set(NAV_ENTRIES.map((e) => e.id)).size).toBe(NAV_ENTRIES.length);
    expect(new Set(NAV_ENTRIES.map((e) => e.path)).size).toBe(NAV_ENTRIES.length);
    for (const role of ROLES) expect(ROLE_INTRO[role].summary.length).toBeGreaterThan(0);
  });

  it('describes each page (the home page\'s "What you can do here") in whole sentences', () => {
    const users = NAV_ENTRIES.find((e) => e.id === 'users')!;
    expect(users.description).toBe(
      'Create user accounts, give each one a role, and disable accounts.',
    );
    for (const { description } of NAV_ENTRIES) {
      expect(description).toMatch(/^[A-Z].*\.$/);
      expect(description).not.toMatch(/\b(\w+) \1\b/i); // no word twice in a row
    }
  });
});
