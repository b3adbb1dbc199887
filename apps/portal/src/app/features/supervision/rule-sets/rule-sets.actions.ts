import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { RuleSet } from '@attune/domain';
import { CopyRuleSetInput, RuleSetView } from './rule-sets.models';

export const RuleSetsPageActions = createActionGroup({
  source: 'Rule Sets Page',
  events: {
    /** The programme is the one in the address. */
    Opened: props<{ programmeId: string }>(),
    'Copy Submitted': props<{ input: CopyRuleSetInput }>(),
    'Edit Requested': props<{ ruleSet: RuleSetView }>(),
    'Edit Cancelled': emptyProps(),
    'Update Submitted': props<{ code: string; version: number; definition: RuleSet }>(),
    'In Force Requested': props<{ code: string }>(),
    /** After a 409: fetch the rule sets as they now stand and edit the fresh copy. */
    'Reload Requested': emptyProps(),
  },
});

export const RuleSetsApiActions = createActionGroup({
  source: 'Rule Sets API',
  events: {
    Loaded: props<{ items: RuleSetView[] }>(),
    'Load Failed': props<{ error: string }>(),
    Saved: props<{ message: string }>(),
    /** `problems`: the server's list (400), shown beside the fields they name. */
    'Save Failed': props<{ error: string; problems: string[] }>(),
    'Save Conflicted': props<{ error: string }>(),
  },
});
