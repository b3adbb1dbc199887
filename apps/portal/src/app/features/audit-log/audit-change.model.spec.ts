import { describe, it, expect } from '@jest/globals';
import { ABSENT, changeRows } from './audit-change.model';

describe('changeRows', () => {
  it('lists each field of either side and marks what changed', () => {
    expect(
      changeRows(
        { email: 'a@x.test', role: 'economist', disabled: false },
        { email: 'a@x.test', role: 'economist', disabled: true },
      ),
    ).toEqual([
      { field: 'email', before: 'a@x.test', after: 'a@x.test', changed: false },
      { field: 'role', before: 'economist', after: 'economist', changed: false },
      { field: 'disabled', before: 'false', after: 'true', changed: true },
    ]);
  });

  it('shows a create (no before) and nested values as JSON', () => {
    expect(changeRows(null, { code: 'LA1', counts: { 'families.csv': 3 } })).toEqual([
      { field: 'code', before: ABSENT, after: 'LA1', changed: true },
      { field: 'counts', before: ABSENT, after: '{"families.csv":3}', changed: true },
    ]);
  });

  it('has no rows when nothing was recorded, and one row for a value that is not an object', () => {
    expect(changeRows(null, null)).toEqual([]);
    expect(changeRows([1], [1, 2])).toEqual([
      { field: 'value', before: '[1]', after: '[1,2]', changed: true },
    ]);
  });
});
