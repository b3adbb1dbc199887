import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { supervisionAttendeesProblem } from './supervision-attendees.js';

describe('supervision attendees', () => {
  it('takes exactly one attendee for an individual session', () => {
    assert.equal(supervisionAttendeesProblem('individual', 1), null);
    assert.equal(
      supervisionAttendeesProblem('individual', 2),
      'an individual session has exactly one attendee (got 2)',
    );
    assert.equal(
      supervisionAttendeesProblem('individual', 0),
      'an individual session has exactly one attendee (got 0)',
    );
  });

  it('takes two or more for a group session, with no upper bound', () => {
    assert.equal(supervisionAttendeesProblem('group', 2), null);
    assert.equal(supervisionAttendeesProblem('group', 40), null);
    assert.equal(
      supervisionAttendeesProblem('group', 1),
      'a group session has two or more attendees (got 1); log one attendee as individual',
    );
  });

  it('while attendees are still being counted, refuses only too many', () => {
    assert.equal(supervisionAttendeesProblem('individual', 0, { complete: false }), null);
    assert.equal(supervisionAttendeesProblem('group', 1, { complete: false }), null);
    assert.match(
      supervisionAttendeesProblem('individual', 2, { complete: false }) ?? '',
      /exactly one attendee \(got 2\)/,
    );
  });
});
