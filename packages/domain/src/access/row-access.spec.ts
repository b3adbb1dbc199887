import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { can } from './ability.js';
import { refusedBy } from './row-access.js';
import type { Principal } from './subjects.js';

const admin: Principal = { id: 'a', email: 'a@x', role: 'admin', laCode: null, staffCode: null };
const manager: Principal = {
  id: 'm',
  email: 'm@x',
  role: 'la_manager',
  laCode: 'LA1',
  staffCode: null,
};
const practitioner: Principal = {
  id: 'p',
  email: 'p@x',
  role: 'practitioner',
  laCode: 'LA1',
  staffCode: 'P-LA1-01',
};
const supervisor: Principal = {
  id: 's',
  email: 's@x',
  role: 'supervisor',
  laCode: null,
  staffCode: 'S-01',
};

describe('refusedBy', () => {
  it('names the field that keeps a practitioner or a manager from a time entry', () => {
    assert.equal(
      refusedBy(practitioner, 'create', 'TimeEntry', { staffCode: 'P-LA1-02' }),
      'staffCode',
    );
    assert.equal(refusedBy(practitioner, 'create', 'TimeEntry', { staffCode: 'P-LA1-01' }), null);
    assert.equal(refusedBy(manager, 'create', 'TimeEntry', { laCode: 'LA2' }), 'laCode');
    assert.equal(refusedBy(manager, 'create', 'TimeEntry', { laCode: null }), 'laCode');
    assert.equal(refusedBy(admin, 'update', 'TimeEntry', { staffCode: 'X', laCode: 'LA9' }), null);
  });

  it('lets a supervisor (or trainer) record their own time only', () => {
    assert.equal(refusedBy(supervisor, 'create', 'TimeEntry', { staffCode: 'S-01' }), null);
    assert.equal(
      refusedBy(supervisor, 'create', 'TimeEntry', { staffCode: 'P-LA1-01' }),
      'staffCode',
    );
  });

  it('does not judge fields not given: a manager is not refused on whose time it is', () => {
    assert.equal(refusedBy(manager, 'create', 'TimeEntry', { staffCode: 'P-LA2-01' }), null);
    assert.equal(refusedBy(practitioner, 'create', 'TimeEntry', { laCode: 'LA2' }), null);
  });

  it('refuses on the first field given when the principal has no access to the subject', () => {
    assert.equal(refusedBy(supervisor, 'create', 'Family', { staffCode: 'S-01' }), 'staffCode');
    assert.equal(refusedBy(manager, 'create', 'FamilySession', { laCode: 'LA1' }), 'laCode');
  });

  it('agrees with can on whole rows', () => {
    const codes = ['P-LA1-01', 'P-LA1-02', null];
    const las = ['LA1', 'LA2', null];
    for (const principal of [admin, manager, practitioner, supervisor]) {
      for (const subject of ['TimeEntry', 'FamilySession', 'Family', 'PeriodLock'] as const) {
        for (const action of ['read', 'create', 'update', 'sign_off'] as const) {
          for (const staffCode of codes) {
            for (const laCode of las) {
              const row = { staffCode, laCode, supervisorCode: 'S-01' };
              assert.equal(
                refusedBy(principal, action, subject, row) === null,
                can(principal, action, subject, row),
                `${principal.role} ${action} ${subject} ${JSON.stringify(row)}`,
              );
            }
          }
        }
      }
    }
  });
});

describe('the delivery services’ row checks, as can answers them', () => {
  it('changes a family: its LA’s manager or its allocated practitioner, never a supervisor', () => {
    const family = { laCode: 'LA1', staffCode: 'P-LA1-01' };
    assert.equal(can(manager, 'update', 'Family', family), true);
    assert.equal(can(manager, 'update', 'Family', { ...family, laCode: 'LA2' }), false);
    assert.equal(can(practitioner, 'update', 'Family', family), true);
    assert.equal(
      can(practitioner, 'update', 'Family', { ...family, staffCode: 'P-LA1-02' }),
      false,
    );
    assert.equal(can(practitioner, 'create', 'Family', family), false, 'randomise and allocate');
    // Referring is narrower: a practitioner refers to their own LA, and still cannot randomise.
    assert.equal(can(practitioner, 'refer', 'Family', { laCode: 'LA1' }), true);
    assert.equal(can(practitioner, 'refer', 'Family', { laCode: 'LA2' }), false);
    assert.equal(can(supervisor, 'refer', 'Family', { laCode: 'LA1' }), false);
    assert.equal(can(manager, 'refer', 'Family', { laCode: 'LA1' }), true);
    assert.equal(can(supervisor, 'update', 'Family', { ...family, supervisorCode: 'S-01' }), false);
    assert.equal(can(admin, 'create', 'Family', { laCode: 'LA9', staffCode: null }), true);
  });

  it('logs a session: the practitioner of its family, or an admin; a manager only corrects their LA’s', () => {
    const session = { laCode: 'LA1', staffCode: 'P-LA1-01' };
    assert.equal(can(practitioner, 'create', 'FamilySession', session), true);
    assert.equal(
      can(practitioner, 'update', 'FamilySession', { ...session, staffCode: null }),
      false,
    );
    assert.equal(can(manager, 'create', 'FamilySession'), false);
    assert.equal(can(manager, 'update', 'FamilySession', session), true);
    assert.equal(can(manager, 'update', 'FamilySession', { ...session, laCode: 'LA2' }), false);
    assert.equal(
      can(admin, 'create', 'FamilySession', { ...session, staffCode: 'P-LA2-01' }),
      true,
    );
  });

  it('signs off a month of the manager’s own LA only', () => {
    assert.equal(can(manager, 'sign_off', 'PeriodLock', { laCode: 'LA1' }), true);
    assert.equal(can(manager, 'sign_off', 'PeriodLock', { laCode: 'LA2' }), false);
    assert.equal(can(practitioner, 'sign_off', 'PeriodLock', { laCode: 'LA1' }), false);
  });
});
