import { describe, it, expect } from '@jest/globals';
import { AVIGUK_THREE_STAGE } from '@attune/domain';
import { RuleSetsApiActions, RuleSetsPageActions } from './rule-sets.actions';
import { initialRuleSetsState, ruleSetsFeature } from './rule-sets.feature';
import { RuleSetView, problemsByField } from './rule-sets.models';

const reduce = ruleSetsFeature.reducer;
const copy: RuleSetView = {
  code: 'babies1st_2022',
  name: 'Babies1st 2022',
  preset: false,
  inForce: false,
  definition: { ...AVIGUK_THREE_STAGE, code: 'babies1st_2022' },
  version: 2,
};

describe('rule sets state', () => {
  it('after a 409, reload edits the rule set as it now stands', () => {
    let state = reduce(initialRuleSetsState, RuleSetsPageActions.editRequested({ ruleSet: copy }));
    state = reduce(
      state,
      RuleSetsPageActions.updateSubmitted({
        code: copy.code,
        version: 2,
        definition: copy.definition,
      }),
    );
    state = reduce(state, RuleSetsApiActions.saveConflicted({ error: 'changed' }));
    expect(state).toMatchObject({ conflicted: true, error: 'changed', editing: copy });
    const fresh = { ...copy, version: 3, name: 'Renamed' };
    state = reduce(state, RuleSetsApiActions.loaded({ items: [fresh] }));
    expect(state).toMatchObject({ conflicted: false, error: null, editing: fresh });
  });

  it('keeps the server’s problems for the editor', () => {
    let state = reduce(initialRuleSetsState, RuleSetsPageActions.editRequested({ ruleSet: copy }));
    state = reduce(
      state,
      RuleSetsApiActions.saveFailed({ error: 'x', problems: ['stage 2: requiredCycles must be'] }),
    );
    expect(state).toMatchObject({ saving: false, problems: ['stage 2: requiredCycles must be'] });
  });
});

describe('problemsByField', () => {
  it('files each server problem under the field it names, the rest under the form', () => {
    expect(
      problemsByField([
        'stage 2: requiredCycles must be a whole number, 0 or more (got "x")',
        'name: must not be empty',
        'stages: at least one stage must require completed cycles',
      ]),
    ).toEqual({
      'stage 2:requiredCycles': [
        'stage 2: requiredCycles must be a whole number, 0 or more (got "x")',
      ],
      name: ['name: must not be empty'],
      form: ['stages: at least one stage must require completed cycles'],
    });
  });
});
