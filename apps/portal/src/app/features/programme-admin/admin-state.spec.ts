import { describe, it, expect } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { saveFailure } from './admin-state';

describe('saveFailure', () => {
  it("keeps a 400's problems by field", () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: { message: ['fte: bad'], errors: [{ field: 'fte', problem: 'bad' }] },
    });
    expect(saveFailure(error, 'x').problems).toEqual([{ field: 'fte', problem: 'bad' }]);
  });

  it('puts a used code at the code field', () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: { code: 'duplicate_code', message: 'code: this programme already has an LA LA3' },
    });
    expect(saveFailure(error, 'x')).toEqual({
      error: 'code: this programme already has an LA LA3',
      problems: [{ field: 'code', problem: 'this programme already has an LA LA3' }],
    });
  });

  it('has no field problems for a stale version', () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: { code: 'stale_version', message: 'Reload it.' },
    });
    expect(saveFailure(error, 'x')).toEqual({ error: 'Reload it.', problems: [] });
  });
});
