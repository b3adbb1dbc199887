import { createFeature, createReducer, on } from '@ngrx/store';
import { RuleSetsApiActions, RuleSetsPageActions } from './rule-sets.actions';
import { RuleSetView } from './rule-sets.models';

export interface RuleSetsState {
  programmeId: string | null;
  items: RuleSetView[];
  loading: boolean;
  loadError: string | null;
  saving: boolean;
  error: string | null;
  problems: string[];
  /** Set after a 409 on the rule set being edited. */
  conflicted: boolean;
  message: string | null;
  editing: RuleSetView | null;
}

export const initialRuleSetsState: RuleSetsState = {
  programmeId: null,
  items: [],
  loading: false,
  loadError: null,
  saving: false,
  error: null,
  problems: [],
  conflicted: false,
  message: null,
  editing: null,
};

const clean = { error: null, problems: [], conflicted: false, message: null };

export const ruleSetsFeature = createFeature({
  name: 'ruleSets',
  reducer: createReducer(
    initialRuleSetsState,
    on(RuleSetsPageActions.opened, (_state, { programmeId }) => ({
      ...initialRuleSetsState,
      programmeId,
      loading: true,
    })),
    on(RuleSetsApiActions.loaded, (state, { items }) => ({
      ...state,
      items,
      loading: false,
      // After a reload, edit the rule set as it now stands.
      editing: state.conflicted
        ? (items.find((i) => i.code === state.editing?.code) ?? null)
        : state.editing,
      conflicted: false,
      error: state.conflicted ? null : state.error,
    })),
    on(RuleSetsApiActions.loadFailed, (state, { error }) => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    on(
      RuleSetsPageActions.copySubmitted,
      RuleSetsPageActions.updateSubmitted,
      RuleSetsPageActions.inForceRequested,
      (state) => ({ ...state, ...clean, saving: true }),
    ),
    on(RuleSetsApiActions.saved, (state, { message }) => ({
      ...state,
      saving: false,
      message,
      editing: null,
    })),
    on(RuleSetsApiActions.saveFailed, (state, { error, problems }) => ({
      ...state,
      saving: false,
      error,
      problems,
    })),
    on(RuleSetsApiActions.saveConflicted, (state, { error }) => ({
      ...state,
      saving: false,
      error,
      conflicted: true,
    })),
    on(RuleSetsPageActions.editRequested, (state, { ruleSet }) => ({
      ...state,
      ...clean,
      editing: ruleSet,
    })),
    on(RuleSetsPageActions.editCancelled, (state) => ({ ...state, ...clean, editing: null })),
  ),
});
