import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { isCalendarDate, isCalendarMonth } from './calendar';
import { parseTrustProxy, TRUST_PROXY_HELP } from './client-address';
import { inputProblems, jsonDepthExceeds, MAX_JSON_DEPTH, stringProblem } from './input-guard';

describe('input guard', () => {
  it('measures JSON depth without parsing, ignoring brackets inside strings', () => {
    assert.equal(
      jsonDepthExceeds('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH), MAX_JSON_DEPTH),
      false,
    );
    assert.equal(jsonDepthExceeds('['.repeat(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH), true);
    assert.equal(jsonDepthExceeds(`{"a":"${'['.repeat(100)}\\"["}`, 2), false);
  });

  it('refuses NUL and lone surrogates, keeps real emoji and accents', () => {
    assert.match(stringProblem('a\u0000b')!, /NUL/);
    assert.match(stringProblem('\ud800')!, /surrogate/);
    assert.match(stringProblem('x\udc00')!, /surrogate/);
    assert.equal(stringProblem('Zoë 👶'), null);
  });

  it('names the field of each problem, nested ones with their path', () => {
    const problems = inputProblems(
      { email: 'a\u0000', attendees: [{ minutes: 2 ** 31 }], ok: 'fine', n: 2 ** 31 - 1 },
      'body',
    );
    assert.deepEqual(
      problems.map((p) => p.field),
      ['email', 'attendees.0.minutes'],
    );
    assert.match(problems[1]!.problem, /between -2147483648 and 2147483647/);
  });

  it('walks deep values without recursion and stops at the depth limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const problems = inputProblems(deep, 'body');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.problem, /deeper than/);
  });
});

describe('calendar dates', () => {
  it('accepts real dates in range and refuses impossible or out-of-range ones', () => {
    for (const ok of ['2021-10-05', '2024-02-29', '1900-01-01', '2200-12-31'])
      assert.equal(isCalendarDate(ok), true, ok);
    for (const bad of [
      '2022-02-30',
      '2023-02-29',
      '2022-13-01',
      '0000-01-01',
      '1899-12-31',
      '2201-01-01',
      '2022-04-31',
      '2021-1-1',
      '2021-10-05T00:00',
    ])
      assert.equal(isCalendarDate(bad), false, bad);
  });

  it('accepts real months in range only', () => {
    assert.equal(isCalendarMonth('2021-10'), true);
    for (const bad of ['0000-01', '2021-00', '2021-13', '2021-1', '2201-01'])
      assert.equal(isCalendarMonth(bad), false, bad);
  });
});

describe('ATTUNE_TRUST_PROXY', () => {
  it('is off unless set, and takes a hop count or addresses and CIDR ranges', () => {
    assert.equal(parseTrustProxy(undefined), false);
    assert.equal(parseTrustProxy('false'), false);
    assert.equal(parseTrustProxy('2'), 2);
    assert.deepEqual(parseTrustProxy('10.0.0.1, 192.168.0.0/16,::1'), [
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
    ]);
  });

  it('refuses anything else with the rule', () => {
    for (const bad of ['true', '11', 'proxy.local', '10.0.0.0/33', '10.0.0.1/', '1.2.3'])
      assert.equal(parseTrustProxy(bad), TRUST_PROXY_HELP, bad);
  });
});
