import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { ROLES, Role } from '../identity/roles.js';
import { can, defineAbilityFor, pseudonymised, scopeFor } from './ability.js';
import { bindingProblems } from './bindings.js';
import { Action, ACTIONS, Principal, Subject, SUBJECTS } from './subjects.js';

const principals: Record<Role, Principal> = {
  admin: { id: 'u-admin', email: 'admin@x.test', role: 'admin', laCode: null, staffCode: null },
  supervisor: {
    id: 'u-sup',
    email: 'sup@x.test',
    role: 'supervisor',
    laCode: null,
    staffCode: 'S-01',
  },
  la_manager: {
    id: 'u-lam',
    email: 'lam@x.test',
    role: 'la_manager',
    laCode: 'LA1',
    staffCode: null,
  },
  practitioner: {
    id: 'u-pr',
    email: 'pr@x.test',
    role: 'practitioner',
    laCode: 'LA1',
    staffCode: 'P-LA1-01',
  },
  economist: { id: 'u-ec', email: 'ec@x.test', role: 'economist', laCode: null, staffCode: null },
};

/** A scope written short: all, la (own LA), own (own staff record), sup (supervisees), acct (own account), - (none). */
function short(role: Role, subjectType: Subject, action: 'read' | 'update' | 'create'): string {
  const scope = scopeFor(principals[role], subjectType, action);
  if (!scope) return '-';
  if (scope.all) return 'all';
  if (scope.laCode === 'LA1' && Object.keys(scope).length === 2) return 'la';
  if (scope.staffCode === principals[role].staffCode && Object.keys(scope).length === 2)
    return 'own';
  if (scope.supervisorCode === 'S-01' && Object.keys(scope).length === 2) return 'sup';
  if (scope.userId === principals[role].id && Object.keys(scope).length === 2) return 'acct';
  return JSON.stringify(scope);
}

// prettier-ignore
const READ: Record<Exclude<Subject, 'all'>, [admin: string, supervisor: string, la_manager: string, practitioner: string, economist: string]> = {
  Programme:          ['all', 'all', 'la',  'la',  'all'],
  LocalAuthority:     ['all', 'all', 'la',  'la',  'all'],
  RuleSet:            ['all', 'all', 'all', 'all', 'all'],
  Staff:              ['all', 'all', 'la',  'own', 'all'],
  Practitioner:       ['all', 'all', 'la',  'own', '-'],
  Family:             ['all', 'sup', 'la',  'own', '-'],
  FamilySession:      ['all', 'sup', 'la',  'own', '-'],
  SupervisionSession: ['all', 'all', '-',   'own', '-'],
  TrainingEvent:      ['all', 'all', '-',   'own', '-'],
  Milestone:          ['all', 'all', '-',   'own', '-'],
  TimeEntry:          ['all', 'own', 'la',  'own', '-'],
  UnitCost:           ['all', '-',   '-',   '-',   'all'],
  PriceIndex:         ['all', '-',   '-',   '-',   'all'],
  Resource:           ['all', '-',   '-',   '-',   'all'],
  PeriodLock:         ['all', '-',   'la',  'la',  '-'],
  CostSummary:        ['all', '-',   '-',   '-',   'all'],
  DataPackage:        ['all', '-',   '-',   '-',   'all'],
  Workbook:           ['all', '-',   '-',   '-',   'all'],
  Accreditation:      ['all', 'all', 'la',  'own', '-'],
  Capacity:           ['all', '-',   'la',  '-',   '-'],
  NotProceeded:       ['all', '-',   'la',  '-',   'all'],
  Fidelity:           ['all', 'sup', 'la',  '-',   'all'],
  User:               ['all', '-',   '-',   '-',   '-'],
  AuditEvent:         ['all', '-',   '-',   '-',   '-'],
  Account:            ['all', 'acct', 'acct', 'acct', 'acct'],
};

// prettier-ignore
const UPDATE: Record<Exclude<Subject, 'all'>, [string, string, string, string, string]> = {
  Programme:          ['all', '-',   '-',   '-',   '-'],
  LocalAuthority:     ['all', '-',   '-',   '-',   '-'],
  RuleSet:            ['all', '-',   '-',   '-',   '-'],
  Staff:              ['all', '-',   '-',   '-',   '-'],
  Practitioner:       ['all', '-',   '-',   '-',   '-'],
  Family:             ['all', '-',   'la',  'own', '-'],
  FamilySession:      ['all', '-',   'la',  'own', '-'],
  SupervisionSession: ['all', 'sup', '-',   '-',   '-'],
  TrainingEvent:      ['all', 'sup', '-',   '-',   '-'],
  Milestone:          ['all', 'sup', '-',   '-',   '-'],
  TimeEntry:          ['all', 'own', 'la',  'own', '-'],
  UnitCost:           ['-',   '-',   '-',   '-',   'all'],
  PriceIndex:         ['-',   '-',   '-',   '-',   'all'],
  Resource:           ['-',   '-',   '-',   '-',   'all'],
  PeriodLock:         ['all', '-',   '-',   '-',   '-'],
  CostSummary:        ['all', '-',   '-',   '-',   '-'],
  DataPackage:        ['all', '-',   '-',   '-',   '-'],
  Workbook:           ['all', '-',   '-',   '-',   '-'],
  Accreditation:      ['all', '-',   '-',   '-',   '-'],
  Capacity:           ['all', '-',   '-',   '-',   '-'],
  NotProceeded:       ['all', '-',   '-',   '-',   '-'],
  Fidelity:           ['all', '-',   '-',   '-',   '-'],
  User:               ['all', '-',   '-',   '-',   '-'],
  AuditEvent:         ['all', '-',   '-',   '-',   '-'],
  Account:            ['all', 'acct', 'acct', 'acct', 'acct'],
};

describe('the permission matrix (DESIGN.md roles table)', () => {
  for (const [name, table, action] of [
    ['read', READ, 'read'],
    ['update', UPDATE, 'update'],
  ] as const) {
    it(`gives each role the expected ${name} scope on every subject`, () => {
      const actual = Object.fromEntries(
        Object.keys(table).map((s) => [s, ROLES.map((r) => short(r, s as Subject, action))]),
      );
      assert.deepEqual(actual, table);
    });
  }

  it('lists every subject in the tables, so a new subject needs a decision', () => {
    assert.deepEqual(Object.keys(READ).sort(), SUBJECTS.filter((s) => s !== 'all').sort());
    assert.deepEqual(Object.keys(UPDATE).sort(), Object.keys(READ).sort());
  });

  it('has one scope (or none) for every role, action and subject: scopeFor never has to guess', () => {
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        for (const subjectType of SUBJECTS)
          assert.doesNotThrow(() => scopeFor(principals[role], subjectType, action));
      }
    }
  });
});

describe('row-level checks', () => {
  it('lets an LA manager read and change families of their LA only', () => {
    const lam = principals.la_manager;
    assert.equal(can(lam, 'read', 'Family', { laCode: 'LA1' }), true);
    assert.equal(can(lam, 'read', 'Family', { laCode: 'LA2' }), false);
    assert.equal(can(lam, 'update', 'Family', { laCode: 'LA2' }), false);
    assert.equal(can(lam, 'sign_off', 'PeriodLock', { laCode: 'LA1' }), true);
    assert.equal(can(lam, 'sign_off', 'PeriodLock', { laCode: 'LA2' }), false);
    assert.equal(
      can(lam, 'reopen', 'PeriodLock', { laCode: 'LA1' }),
      false,
      'only an admin reopens a month',
    );
  });

  it('lets an LA manager correct and delete sessions of their LA, but not log them', () => {
    const lam = principals.la_manager;
    const la1 = { staffCode: 'P-LA1-01', laCode: 'LA1' };
    assert.equal(can(lam, 'update', 'FamilySession', la1), true);
    assert.equal(can(lam, 'delete', 'FamilySession', la1), true);
    assert.equal(
      can(lam, 'delete', 'FamilySession', { staffCode: 'P-LA2-01', laCode: 'LA2' }),
      false,
    );
    assert.equal(can(lam, 'create', 'FamilySession', la1), false);
  });

  it('lets a practitioner log sessions for their own families only', () => {
    const pr = principals.practitioner;
    assert.equal(
      can(pr, 'create', 'FamilySession', { staffCode: 'P-LA1-01', laCode: 'LA1' }),
      true,
    );
    assert.equal(
      can(pr, 'create', 'FamilySession', { staffCode: 'P-LA1-02', laCode: 'LA1' }),
      false,
    );
    assert.equal(can(pr, 'read', 'Practitioner', { staffCode: 'P-LA1-02', laCode: 'LA1' }), false);
  });

  it('lets a supervisor read any progress but record milestones only for their supervisees', () => {
    const sup = principals.supervisor;
    assert.equal(
      can(sup, 'read', 'Milestone', { staffCode: 'P-LA2-01', supervisorCode: 'S-02' }),
      true,
    );
    assert.equal(
      can(sup, 'create', 'Milestone', { staffCode: 'P-LA1-01', supervisorCode: 'S-01' }),
      true,
    );
    assert.equal(
      can(sup, 'create', 'Milestone', { staffCode: 'P-LA2-01', supervisorCode: 'S-02' }),
      false,
    );
  });

  it('never matches rows by a missing binding: an unbound LA manager or practitioner sees nothing', () => {
    const unboundManager: Principal = { ...principals.la_manager, laCode: null };
    const unboundPractitioner: Principal = {
      ...principals.practitioner,
      laCode: null,
      staffCode: null,
    };
    assert.equal(can(unboundManager, 'read', 'Family', { laCode: null }), false);
    assert.equal(scopeFor(unboundManager, 'Family'), null);
    assert.equal(scopeFor(unboundPractitioner, 'FamilySession'), null);
    assert.equal(can(unboundPractitioner, 'read', 'Family', { staffCode: null }), false);
  });

  it('lets every role read its own account and nobody else’s but an admin', () => {
    for (const role of ROLES) {
      const p = principals[role];
      assert.equal(can(p, 'update', 'Account', { userId: p.id }), true, role);
      assert.equal(can(p, 'update', 'Account', { userId: 'someone-else' }), role === 'admin', role);
    }
  });

  it('gives the admin every action on every subject but writing the prices', () => {
    const ability = defineAbilityFor(principals.admin);
    const prices: readonly Subject[] = ['UnitCost', 'PriceIndex', 'Resource'];
    const writes: readonly Action[] = ['create', 'update', 'delete'];
    for (const action of ACTIONS)
      for (const s of SUBJECTS) {
        const priceWrite = prices.includes(s) && writes.includes(action);
        assert.equal(ability.can(action, s), !priceWrite, `${action} ${s}`);
      }
  });
});

describe('pseudonymised', () => {
  it('is true for economists only', () => {
    assert.deepEqual(
      ROLES.filter((r) => pseudonymised(principals[r])),
      ['economist'],
    );
  });

  it('goes with no access to names, notes or families for economists', () => {
    const ec = principals.economist;
    // Staff they read by code only (the services drop display names for them).
    for (const s of [
      'Practitioner',
      'Family',
      'FamilySession',
      'TimeEntry',
      'SupervisionSession',
    ] as const) {
      assert.equal(scopeFor(ec, s), null, s);
    }
    assert.equal(can(ec, 'export', 'Workbook'), true);
    assert.equal(can(ec, 'import', 'DataPackage'), false);
  });
});

describe('bindingProblems', () => {
  it('requires an LA of a manager and an LA and staff record of a practitioner', () => {
    assert.deepEqual(bindingProblems('la_manager', { laCode: 'LA1' }), []);
    assert.match(bindingProblems('la_manager', {}).join(), /la_manager needs laCode/);
    assert.match(bindingProblems('practitioner', { laCode: 'LA1' }).join(), /needs staffCode/);
    assert.deepEqual(bindingProblems('practitioner', { laCode: 'LA1', staffCode: 'P-LA1-01' }), []);
  });

  it('refuses bindings a role does not have, and malformed codes', () => {
    assert.match(
      bindingProblems('admin', { laCode: 'LA1' }).join(),
      /not bound to a local authority/,
    );
    assert.match(bindingProblems('supervisor', { staffCode: 'S 01' }).join(), /is not a code/);
  });
});
