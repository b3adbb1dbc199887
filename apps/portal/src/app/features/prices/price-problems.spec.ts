import { describe, it, expect } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { priceFailure, priceProblems } from './price-problems';

const refused = (status: number, error: unknown) => new HttpErrorResponse({ status, error });

describe('the problems of a refused price change', () => {
  it('puts an overlap at the period, naming the other unit cost and its period', () => {
    const error = refused(409, {
      statusCode: 409,
      code: 'unit_cost_overlap',
      message: 'The social_worker unit cost 7 already covers 2021-04-01 to open.',
      overlapping: { id: '7', effectiveFrom: '2021-04-01', effectiveTo: null },
    });
    expect(priceProblems(error)).toEqual([
      {
        field: 'period',
        problem:
          'This period overlaps unit cost 7 (2021-04-01 to open) of the same cost role: change one of the two periods.',
      },
    ]);
  });

  it("keeps a 400's and a 422's problems at their fields, and nothing of other answers", () => {
    const errors = [{ field: 'priceYear', problem: 'the price index has no 2019' }];
    expect(priceProblems(refused(400, { message: 'x', errors }))).toEqual(errors);
    const date = [{ field: 'date', problem: '2001-01-01 is outside the window for resources' }];
    expect(priceProblems(refused(422, { message: 'x', errors: date }))).toEqual(date);
    expect(
      priceFailure(
        refused(409, { code: 'price_index_in_use', message: '2019 is used by unit cost 3.' }),
        'fallback',
      ),
    ).toEqual({ error: '2019 is used by unit cost 3.', problems: [] });
  });
});
