import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { outcomeDueDate, outcomeProblem } from './outcome.js';

describe('the six-month outcome', () => {
  it('is due six calendar months after randomisation, at the end of a shorter month', () => {
    assert.equal(outcomeDueDate('2021-09-08'), '2022-03-08');
    assert.equal(outcomeDueDate('2021-08-31'), '2022-02-28');
  });

  it('can be recorded from its due date on, not the day before', () => {
    const family = { reference: 'F-LA1-A1', randomisationDate: '2021-09-08' };
    assert.equal(outcomeProblem(family, '2022-03-08'), null);
    assert.equal(outcomeProblem(family, '2022-06-30'), null);
    assert.equal(
      outcomeProblem(family, '2022-03-07'),
      'the six-month outcome can be recorded from 2022-03-08 (six months after randomisation on 2021-09-08)',
    );
  });

  it('does not exist for a family never randomised', () => {
    assert.equal(
      outcomeProblem({ reference: 'F-LA1-C1', randomisationDate: null }, '2022-03-31'),
      'F-LA1-C1 was never randomised, so it has no six-month outcome',
    );
  });
});
