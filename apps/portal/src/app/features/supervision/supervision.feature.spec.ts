import { describe, it, expect } from '@jest/globals';
import { SupervisionApiActions, SupervisionPageActions } from './supervision.actions';
import { initialSupervisionState, supervisionFeature } from './supervision.feature';
import { SupervisionInput, SupervisionSession } from './supervision.models';

const reduce = supervisionFeature.reducer;
const input: SupervisionInput = {
  date: '2022-03-28',
  format: 'individual',
  mode: 'in_person',
  durationMinutes: 60,
  prepMinutes: 0,
  notes: null,
  attendees: [{ practitionerCode: 'P-LA1-01', familyReference: null, cycle: null, principles: [] }],
};
const session: SupervisionSession = {
  ...input,
  id: 's1',
  code: 'SV-1',
  supervisorCode: 'S-01',
  version: 2,
  canEdit: true,
};

describe('supervision state', () => {
  it('keeps a stale edit in the form with the conflict, and edits the reloaded version', () => {
    let state = reduce(initialSupervisionState, SupervisionPageActions.editRequested({ session }));
    state = reduce(state, SupervisionPageActions.updateSubmitted({ id: 's1', version: 2, input }));
    expect(state.saving).toBe(true);
    state = reduce(
      state,
      SupervisionApiActions.saveConflicted({ id: 's1', error: 'changed by someone else' }),
    );
    expect(state).toMatchObject({
      saving: false,
      conflictId: 's1',
      saveError: 'changed by someone else',
      editing: session,
    });
    const fresh = { ...session, version: 3, durationMinutes: 75 };
    state = reduce(state, SupervisionApiActions.sessionReloaded({ session: fresh }));
    expect(state).toMatchObject({ conflictId: null, saveError: null, editing: fresh });
  });

  it('clears the form on a save and announces it', () => {
    let state = reduce(initialSupervisionState, SupervisionPageActions.logSubmitted({ input }));
    state = reduce(state, SupervisionApiActions.sessionSaved({ message: 'Logged.' }));
    expect(state).toMatchObject({ saving: false, saved: 1, message: 'Logged.', editing: null });
  });
});
