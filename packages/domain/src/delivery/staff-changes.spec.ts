import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { staffChangeProblems } from './staff-changes.js';

const none = { supervisees: 0, isPractitioner: false, openFamilies: 0 };

describe('staffChangeProblems', () => {
  it('keeps a supervisor of practitioners a VIG supervisor', () => {
    const supervisor = { costRole: 'vig_supervisor', laCode: null };
    assert.deepEqual(staffChangeProblems(supervisor, { costRole: 'vig_trainer' }, none), []);
    assert.deepEqual(
      staffChangeProblems(supervisor, { costRole: 'vig_trainer' }, { ...none, supervisees: 2 }),
      [
        {
          field: 'costRole',
          problem: 'supervises 2 practitioner(s): give them another supervisor first',
        },
      ],
    );
    assert.deepEqual(
      staffChangeProblems(supervisor, { costRole: 'vig_supervisor' }, { ...none, supervisees: 2 }),
      [],
    );
  });

  it('keeps a practitioner in an LA, and in theirs while families of theirs are open', () => {
    const practitioner = { costRole: 'social_worker', laCode: 'LA1' };
    const ties = { ...none, isPractitioner: true };
    assert.deepEqual(staffChangeProblems(practitioner, { laCode: null }, ties), [
      { field: 'laCode', problem: 'a practitioner works in a local authority' },
    ]);
    assert.deepEqual(staffChangeProblems(practitioner, { laCode: 'LA2' }, ties), []);
    assert.deepEqual(
      staffChangeProblems(practitioner, { laCode: 'LA2' }, { ...ties, openFamilies: 1 }),
      [
        {
          field: 'laCode',
          problem: 'has 1 open family in LA1: give them another practitioner first',
        },
      ],
    );
    assert.deepEqual(
      staffChangeProblems({ costRole: 'other', laCode: 'LA1' }, { laCode: null }, none),
      [],
    );
  });
});
