import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { resourceDateProblem, resourceWindow } from './resource-window.js';

const programme = { startDate: '2021-06-01', deliveryEnd: '2022-06-30' };

describe('resourceWindow', () => {
  it('opens a year before the start and closes at today while delivery runs', () => {
    assert.deepEqual(resourceWindow(programme, '2022-03-31'), {
      from: '2020-06-01',
      to: '2022-03-31',
    });
  });

  it('closes at the delivery end once it has passed', () => {
    assert.deepEqual(resourceWindow(programme, '2023-01-01').to, '2022-06-30');
  });

  it('takes 28 February for a start on 29 February', () => {
    assert.equal(
      resourceWindow({ ...programme, startDate: '2024-02-29' }, '2025-01-01').from,
      '2023-02-28',
    );
  });
});

describe('resourceDateProblem', () => {
  it('accepts both ends of the window', () => {
    assert.equal(resourceDateProblem('2020-06-01', programme, '2022-03-31'), null);
    assert.equal(resourceDateProblem('2022-03-31', programme, '2022-03-31'), null);
  });

  it('refuses a day before the window, naming it', () => {
    assert.equal(
      resourceDateProblem('2020-05-31', programme, '2022-03-31'),
      "2020-05-31 is outside the window for resources: from 2020-06-01 (a year before the programme's start 2021-06-01) to today 2022-03-31",
    );
  });

  it('refuses a day after today, and after the delivery end once it has passed', () => {
    assert.match(
      resourceDateProblem('2022-04-01', programme, '2022-03-31')!,
      /to today 2022-03-31$/,
    );
    assert.match(
      resourceDateProblem('2022-07-01', programme, '2023-01-01')!,
      /to the delivery end 2022-06-30$/,
    );
  });
});
