import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { PACKAGE_FILES } from '@attune/domain';
import { plainColumns, plainRecord, plainSelect, plainValues } from './stored-columns';

describe('stored columns: the package description the import and export share', () => {
  it("takes every families.csv column but the codes, under the table's names and types", () => {
    const columns = plainColumns('families.csv');
    const names = columns.map((c) => c.column);
    assert.ok(!names.includes('la_code') && !names.includes('practitioner_code'));
    assert.ok(names.includes('referral_date') && names.includes('court_proceedings'));
    const outcome = columns.find((c) => c.column === 'outcome_6m')!;
    assert.deepEqual([outcome.key, outcome.name, outcome.type], ['outcome6m', 'outcome6m', 'text']);
    assert.equal(columns.find((c) => c.column === 'referral_date')!.type, 'date');
    assert.equal(columns.find((c) => c.column === 'court_proceedings')!.type, 'boolean');
  });

  it('reads back what it selects: dates and decimals as text, numbers and booleans typed', () => {
    assert.match(plainSelect('price_index.csv'), /pi\."index"::text AS "index"/);
    assert.match(plainSelect('supervision_sessions.csv'), /ss\."code" AS "id"/);
    const record = plainRecord('practitioners.csv', {
      substantive_role: 'social_worker',
      fte: '0.8',
      vig_hours_per_week: '7.5',
      start_date: '2021-06-01',
      status: 'active',
      status_date: null,
      status_reason: null,
    });
    assert.deepEqual(record, {
      substantiveRole: 'social_worker',
      fte: '0.8',
      vigHoursPerWeek: '7.5',
      startDate: '2021-06-01',
      status: 'active',
      statusDate: null,
      statusReason: null,
    });
    assert.deepEqual(plainRecord('training_attendees.csv', { minutes_attended: 90 }), {
      minutesAttended: 90,
    });
  });

  it('gives the values of a record in the order of its columns, for every file', () => {
    for (const file of PACKAGE_FILES) {
      const columns = plainColumns(file);
      const record = Object.fromEntries(columns.map((c) => [c.key, `${c.column}!`]));
      assert.deepEqual(
        plainValues(file, record as never),
        columns.map((c) => `${c.column}!`),
        file,
      );
    }
  });
});
