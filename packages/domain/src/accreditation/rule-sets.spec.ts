import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { RULE_SETS } from '../model/enums.js';
import {
  AVIGUK_18_CYCLE,
  AVIGUK_THREE_STAGE,
  RULE_SET_PRESETS,
  copyRuleSet,
  ruleSetProblems,
  ruleSetTotals,
  type RuleSet,
} from './rule-sets.js';

describe('accreditation rule set presets', () => {
  it('ships one preset per rule_set value of the data package, keyed by its code', () => {
    for (const code of RULE_SETS) assert.equal(RULE_SET_PRESETS[code].code, code);
  });

  it('AVIGuk three-stage: 2-day course; 6/2/7x1h + transition; 9/3/8h; 12/3/8h + accreditation', () => {
    const s = AVIGUK_THREE_STAGE.stages;
    assert.equal(AVIGUK_THREE_STAGE.initialCourseDays, 2);
    assert.deepEqual(
      s.map((x) => [
        x.requiredCycles,
        x.minNewFamilies,
        x.requiredSupervisionMinutes,
        x.closingMilestone,
      ]),
      [
        [6, 2, 420, 'stage_transition'],
        [9, 3, 480, 'stage_transition'],
        [12, 3, 480, 'accreditation'],
      ],
    );
    assert.equal(s[0]!.requiredSupervisionSessions, 7);
    assert.deepEqual(ruleSetTotals(AVIGUK_THREE_STAGE).cycles, 27);
  });

  it('AVIGuk 18-cycle: 6 families, 18 cycles, 15 h individual supervision, mid-point review by another supervisor', () => {
    assert.deepEqual(ruleSetTotals(AVIGUK_18_CYCLE), {
      cycles: 18,
      families: 6,
      supervisionMinutes: 900,
      supervisionSessions: 0,
    });
    assert.ok(AVIGUK_18_CYCLE.stages.every((s) => s.individualSupervisionOnly));
    assert.deepEqual(
      AVIGUK_18_CYCLE.stages.map((s) => [s.closingMilestone, s.assessorNotOwnSupervisor]),
      [
        ['midpoint_review', true],
        ['accreditation', false],
      ],
    );
  });

  it('both presets are valid', () => {
    assert.deepEqual(ruleSetProblems(AVIGUK_THREE_STAGE), []);
    assert.deepEqual(ruleSetProblems(AVIGUK_18_CYCLE), []);
  });

  it('a copy can be edited without changing the preset', () => {
    const copy = copyRuleSet(AVIGUK_THREE_STAGE);
    copy.stages[0]!.requiredCycles = 99;
    assert.equal(AVIGUK_THREE_STAGE.stages[0]!.requiredCycles, 6);
  });
});

describe('ruleSetProblems', () => {
  const edited = (change: (r: RuleSet) => void): string[] => {
    const copy = copyRuleSet(AVIGUK_THREE_STAGE);
    change(copy);
    return ruleSetProblems(copy);
  };

  it('names the stage and field of a bad count', () => {
    assert.deepEqual(
      edited((r) => (r.stages[1]!.requiredCycles = -1)),
      ['stage 2: requiredCycles must be a whole number, 0 or more (got -1)'],
    );
    assert.match(
      edited((r) => (r.stages[0]!.requiredSupervisionMinutes = 7.5))[0]!,
      /stage 1: requiredSupervisionMinutes/,
    );
  });

  it('requires the last stage, and only the last, to close with accreditation', () => {
    assert.match(
      edited((r) => (r.stages[2]!.closingMilestone = 'stage_transition'))[0]!,
      /stage 3: the last stage must close/,
    );
    assert.match(
      edited((r) => (r.stages[0]!.closingMilestone = 'accreditation'))[0]!,
      /stage 1: only the last stage/,
    );
  });

  it('refuses a bad code, empty name, unknown milestone, no stages and a route without cycles', () => {
    assert.match(edited((r) => (r.code = 'My Set'))[0]!, /code: must be lower_snake_case/);
    assert.match(edited((r) => (r.name = ' '))[0]!, /name: must not be empty/);
    assert.match(
      edited(
        (r) => ((r.stages[0] as unknown as Record<string, unknown>).closingMilestone = 'party'),
      )[0]!,
      /stage 1: closingMilestone must be one of stage_transition, midpoint_review, accreditation \(got "party"\)/,
    );
    assert.deepEqual(
      edited((r) => (r.stages = [])),
      ['stages: there must be at least one stage'],
    );
    assert.deepEqual(
      edited((r) => r.stages.forEach((s) => (s.requiredCycles = 0))),
      ['stages: at least one stage must require completed cycles'],
    );
  });

  it('checks values that came from JSON with the wrong type', () => {
    const problems = edited((r) => {
      (r as unknown as Record<string, unknown>).initialCourseDays = '2';
      (r as unknown as Record<string, unknown>).groupSupervisionCredit = 'half';
      (r.stages[0] as unknown as Record<string, unknown>).individualSupervisionOnly = 'yes';
    });
    assert.equal(problems.length, 3);
    assert.match(problems.join('\n'), /initialCourseDays/);
    assert.match(problems.join('\n'), /groupSupervisionCredit/);
    assert.match(problems.join('\n'), /stage 1: individualSupervisionOnly must be true or false/);
  });
});
