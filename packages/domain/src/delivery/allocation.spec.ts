import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { allocationWarnings } from './allocation.js';

const programme = { minFamiliesPerPractitioner: 6 };
const load = { code: 'P-LA1-01', familiesOpen: 0, vigHoursPerWeek: 7.5, vigMinutesLast4Weeks: 0 };

describe('allocationWarnings', () => {
  it('says nothing below the caseload and the hours allotted', () => {
    assert.deepEqual(
      allocationWarnings({ ...load, familiesOpen: 5, vigMinutesLast4Weeks: 1799 }, programme),
      [],
    );
  });

  it('warns from exactly the caseload of six open families', () => {
    const [warning, ...rest] = allocationWarnings({ ...load, familiesOpen: 6 }, programme);
    assert.match(warning!, /already has 6 open families/);
    assert.deepEqual(rest, []);
  });

  it('warns once four weeks of allotted hours are used (7.5 h x 4 = 1800 minutes)', () => {
    const warnings = allocationWarnings({ ...load, vigMinutesLast4Weeks: 1800 }, programme);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /30\.0 h on VIG in the last 4 weeks/);
  });

  it('warns for a practitioner with no hours allotted', () => {
    assert.equal(allocationWarnings({ ...load, vigHoursPerWeek: 0 }, programme).length, 1);
  });
});
