import { describe, it, expect, beforeEach, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Action, Store } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { Subject, of, throwError } from 'rxjs';
import { AVIGUK_THREE_STAGE } from '@attune/domain';
import { RuleSetsApiActions, RuleSetsPageActions } from './rule-sets.actions';
import { RuleSetsApi } from './rule-sets.api';
import { saveRuleSet } from './rule-sets.effects';
import { initialRuleSetsState } from './rule-sets.feature';

const programmeId = 'p1';

describe('rule sets effects', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ initialState: { ruleSets: { ...initialRuleSetsState, programmeId } } }),
      ],
    });
  });

  it('passes the server’s list of problems on with a refused edit', () => {
    const problems = ['stage 1: requiredCycles must be a whole number, 0 or more (got "x")'];
    const api = {
      update: jest.fn((..._args: unknown[]) =>
        throwError(() => new HttpErrorResponse({ status: 400, error: { message: problems } })),
      ),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    saveRuleSet(actions, api as unknown as RuleSetsApi, TestBed.inject(Store)).subscribe((a) =>
      out.push(a),
    );
    const definition = { ...AVIGUK_THREE_STAGE, code: 'mine' };
    actions.next(RuleSetsPageActions.updateSubmitted({ code: 'mine', version: 4, definition }));
    expect(api.update).toHaveBeenCalledWith('p1', 'mine', 4, definition);
    expect(out).toEqual([RuleSetsApiActions.saveFailed({ error: problems[0]!, problems })]);
  });

  it('copies a preset and sets a rule set in force, announcing each', () => {
    const api = {
      copy: jest.fn((..._args: unknown[]) => of({})),
      setInForce: jest.fn((..._args: unknown[]) => of({})),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    saveRuleSet(actions, api as unknown as RuleSetsApi, TestBed.inject(Store)).subscribe((a) =>
      out.push(a),
    );
    const input = { from: 'aviguk_18_cycle', code: 'mine', name: 'Mine' };
    actions.next(RuleSetsPageActions.copySubmitted({ input }));
    actions.next(RuleSetsPageActions.inForceRequested({ code: 'mine' }));
    expect(api.copy).toHaveBeenCalledWith('p1', input);
    expect(api.setInForce).toHaveBeenCalledWith('p1', 'mine');
    expect(out).toEqual([
      RuleSetsApiActions.saved({ message: 'Copied aviguk_18_cycle as mine.' }),
      RuleSetsApiActions.saved({ message: 'mine is now the rule set in force.' }),
    ]);
  });

  it('turns a 409 into a conflict the editor can reload', () => {
    const api = {
      update: jest.fn((..._args: unknown[]) =>
        throwError(() => new HttpErrorResponse({ status: 409 })),
      ),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    saveRuleSet(actions, api as unknown as RuleSetsApi, TestBed.inject(Store)).subscribe((a) =>
      out.push(a),
    );
    actions.next(
      RuleSetsPageActions.updateSubmitted({
        code: 'mine',
        version: 1,
        definition: AVIGUK_THREE_STAGE,
      }),
    );
    expect(out).toEqual([
      RuleSetsApiActions.saveConflicted({
        error:
          'Someone else changed this rule set since you opened it, so your change was not saved.',
      }),
    ]);
  });
});
