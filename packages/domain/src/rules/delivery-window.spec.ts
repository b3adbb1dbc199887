import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { deliveryWindow, deliveryWindowProblem } from './delivery-window.js';

const programme = { startDate: '2021-04-01', deliveryEnd: '2022-03-31' };

describe('the delivery window', () => {
  it('runs from the start date to the delivery end once that has passed', () => {
    assert.deepEqual(deliveryWindow(programme, '2023-01-01'), {
      from: '2021-04-01',
      to: '2022-03-31',
    });
  });

  it('ends today while delivery goes on', () => {
    assert.deepEqual(deliveryWindow(programme, '2021-10-15').to, '2021-10-15');
  });

  it('accepts both ends and refuses a day either side, naming the field and the window', () => {
    const w = deliveryWindow(programme, '2023-01-01');
    assert.equal(deliveryWindowProblem('date', '2021-04-01', w), null);
    assert.equal(deliveryWindowProblem('date', '2022-03-31', w), null);
    assert.equal(
      deliveryWindowProblem('date', '2021-03-31', w),
      "date 2021-03-31 is outside the programme's window, 2021-04-01 to 2022-03-31",
    );
    assert.match(deliveryWindowProblem('date', '2022-04-01', w) ?? '', /outside/);
    assert.match(deliveryWindowProblem('date', '0001-01-01', w) ?? '', /0001-01-01 is outside/);
  });

  it('refuses tomorrow during delivery', () => {
    const w = deliveryWindow(programme, '2021-10-15');
    assert.equal(deliveryWindowProblem('date', '2021-10-15', w), null);
    assert.match(deliveryWindowProblem('date', '2021-10-16', w) ?? '', /2021-04-01 to 2021-10-15/);
  });
});
