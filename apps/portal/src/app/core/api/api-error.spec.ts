import { describe, expect, it } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { describeApiError } from './api-error';

describe('describeApiError', () => {
  it('says who signed a locked month off and who can reopen it', () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: {
        message:
          '2022-02 is signed off for LA1: records dated in it cannot be changed until an admin reopens the month.',
        code: 'period_locked',
        lock: {
          laCode: 'LA1',
          month: '2022-02',
          lockedAt: '2022-03-01T09:30:00.000Z',
          lockedBy: 'm1@t.test',
          reason: 'Signed off by m1@t.test on 2022-03-01.',
          reopenableBy: 'admin',
        },
      },
    });
    expect(describeApiError(error)).toBe(
      'February 2022 is signed off for LA1: records dated in it cannot be changed until an admin reopens the month. Signed off by m1@t.test on 1 Mar 2022. Ask an admin to reopen February 2022 for LA1.',
    );
  });

  it("keeps any other 409's message as it is", () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: { message: 'Already signed off.', code: 'already_locked' },
    });
    expect(describeApiError(error)).toBe('Already signed off.');
  });
});
