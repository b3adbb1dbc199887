import { describe, it, expect } from '@jest/globals';
import { RecordsApiActions, RecordsPageActions } from './records.actions';
import { initialRecordsState, recordsFeature } from './records.feature';
import { Milestone, MilestoneInput } from './records.models';

const reduce = recordsFeature.reducer;
const input: MilestoneInput = {
  practitionerCode: 'P-LA1-01',
  type: 'stage_transition',
  date: '2022-02-10',
  assessorCode: 'S-01',
  outcome: 'passed',
};
const milestone: Milestone = { ...input, id: '7', version: 2, canEdit: true };

describe('supervision records state', () => {
  it('keeps a stale milestone edit with the conflict, then edits the reloaded version', () => {
    let state = reduce(initialRecordsState, RecordsPageActions.editMilestone({ milestone }));
    state = reduce(
      state,
      RecordsPageActions.milestoneUpdateSubmitted({ id: '7', version: 2, input }),
    );
    expect(state.saving).toBe(true);
    state = reduce(state, RecordsApiActions.saveConflicted({ id: '7', error: 'changed' }));
    expect(state).toMatchObject({
      saving: false,
      conflictId: '7',
      saveError: 'changed',
      editingMilestone: milestone,
    });
    const fresh = { ...milestone, version: 3, outcome: 'deferred' as const };
    state = reduce(state, RecordsApiActions.milestoneReloaded({ milestone: fresh }));
    expect(state).toMatchObject({ conflictId: null, saveError: null, editingMilestone: fresh });
  });

  it('clears the form after a save and announces it', () => {
    let state = reduce(initialRecordsState, RecordsPageActions.editMilestone({ milestone }));
    state = reduce(state, RecordsPageActions.milestoneSubmitted({ input }));
    state = reduce(state, RecordsApiActions.saved({ message: 'Recorded.' }));
    expect(state).toMatchObject({
      saving: false,
      saved: 1,
      message: 'Recorded.',
      editingMilestone: null,
    });
  });

  it('opens on the requested page of the programme in the address, dropping the other list', () => {
    let state = reduce(
      initialRecordsState,
      RecordsPageActions.opened({ kind: 'milestones', programmeId: 'p1' }),
    );
    state = reduce(
      state,
      RecordsApiActions.milestonesLoaded({ page: { items: [milestone], total: 1 } }),
    );
    state = reduce(
      state,
      RecordsPageActions.opened({ kind: 'training-events', programmeId: 'p2' }),
    );
    expect(state).toMatchObject({
      kind: 'training-events',
      programmeId: 'p2',
      milestones: [],
      loading: true,
    });
  });
});
