import { describe, it, expect } from '@jest/globals';
import { ProgrammesApiActions, ProgrammesPageActions } from './programmes.actions';
import { initialProgrammesState, programmesFeature } from './programmes.feature';

const reduce = programmesFeature.reducer;
const file = new File(['PK'], 'demo.zip', { type: 'application/zip' });
const importing = (state = initialProgrammesState) => ({ programmes: state });

describe('programmes reducer and selectors', () => {
  it('follows an import from upload through checking to its counts', () => {
    let state = reduce(initialProgrammesState, ProgrammesPageActions.importSubmitted({ file }));
    expect(state.import).toEqual({ status: 'uploading', fileName: 'demo.zip', percent: 0 });
    expect(programmesFeature.selectImporting(importing(state))).toBe(true);

    state = reduce(state, ProgrammesApiActions.uploadProgressed({ percent: 40 }));
    expect(state.import).toEqual({ status: 'uploading', fileName: 'demo.zip', percent: 40 });

    state = reduce(state, ProgrammesApiActions.uploadFinished());
    expect(state.import).toEqual({ status: 'validating', fileName: 'demo.zip' });
    expect(programmesFeature.selectImporting(importing(state))).toBe(true);

    const result = { programmeId: 'p1', counts: { 'programme.csv': 1 } };
    state = reduce(state, ProgrammesApiActions.importSucceeded({ result }));
    expect(state.import).toEqual({ status: 'imported', fileName: 'demo.zip', result });
    expect(programmesFeature.selectImporting(importing(state))).toBe(false);
  });

  it('keeps a refusal with the file it was for', () => {
    const refusal = {
      message: 'refused',
      errors: [{ file: 'staff.csv', line: 2, column: 'cost_role', problem: 'unknown' }],
      total: 1,
    };
    const state = reduce(
      reduce(initialProgrammesState, ProgrammesPageActions.importSubmitted({ file })),
      ProgrammesApiActions.importRefused({ refusal }),
    );
    expect(state.import).toEqual({ status: 'refused', fileName: 'demo.zip', refusal });
  });

  it('ignores late progress once the upload is over', () => {
    const checking = reduce(
      reduce(initialProgrammesState, ProgrammesPageActions.importSubmitted({ file })),
      ProgrammesApiActions.uploadFinished(),
    );
    expect(reduce(checking, ProgrammesApiActions.uploadProgressed({ percent: 50 }))).toBe(checking);
  });

  it('pages the list of programmes', () => {
    const state = reduce(
      reduce(initialProgrammesState, ProgrammesPageActions.pageChanged({ page: 2, pageSize: 10 })),
      ProgrammesApiActions.pageLoaded({ page: { items: [], total: 12 } }),
    );
    expect(state).toMatchObject({ page: 2, pageSize: 10, total: 12, loading: false });
  });
});
