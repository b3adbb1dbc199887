import { describe, it } from 'node:test';
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

  it('does not judge fields not given: a manager is not refused on whose time it is', () => {
    assert.equal(refusedBy(manager, 'create', 'TimeEntry', { staffCode: 'P-LA2-01' }), null);
    assert.equal(refusedBy(practitioner, 'create', 'TimeEntry', { laCode: 'LA2' }), null);
  });

  it('refuses on the first field given when the principal has no access to the subject', () => {
    assert.equal(refusedBy(supervisor, 'create', 'TimeEntry', { staffCode: 'S-01' }), 'staffCode');
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
