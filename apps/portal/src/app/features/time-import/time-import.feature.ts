import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { TimeImportApiActions, TimeImportPageActions } from './time-import.actions';
import type { TimeImportState } from './time-import.models';

export interface TimeImportFeatureState {
  state: TimeImportState;
}

export const initialTimeImportState: TimeImportFeatureState = { state: { status: 'idle' } };

const fileOf = (s: TimeImportState) => (s.status === 'idle' ? '' : s.fileName);

export const timeImportFeature = createFeature({
  name: 'timeImport',
  reducer: createReducer(
    initialTimeImportState,
    on(TimeImportPageActions.fileSubmitted, (_, { file, dryRun }) => ({
      state: { status: 'uploading' as const, fileName: file.name, dryRun, percent: 0 },
    })),
    on(TimeImportPageActions.fileChanged, () => initialTimeImportState),
    on(TimeImportApiActions.uploadProgressed, (s, { percent }) =>
      s.state.status === 'uploading' ? { state: { ...s.state, percent } } : s,
    ),
    on(TimeImportApiActions.uploadFinished, (s) =>
      s.state.status === 'uploading'
        ? {
            state: {
              status: 'checking' as const,
              fileName: s.state.fileName,
              dryRun: s.state.dryRun,
            },
          }
        : s,
    ),
    on(TimeImportApiActions.answered, (s, { result }) => ({
      state: {
        status: result.dryRun ? ('checked' as const) : ('imported' as const),
        fileName: fileOf(s.state),
        result,
      },
    })),
    on(TimeImportApiActions.refused, (s, { refusal }) => ({
      state: { status: 'refused' as const, fileName: fileOf(s.state), refusal },
    })),
    on(TimeImportApiActions.duplicate, (s, { message }) => ({
      state: { status: 'duplicate' as const, fileName: fileOf(s.state), message },
    })),
    on(TimeImportApiActions.failed, (s, { error }) => ({
      state: { status: 'failed' as const, fileName: fileOf(s.state), error },
    })),
  ),
  extraSelectors: ({ selectState }) => ({
    selectBusy: createSelector(
      selectState,
      (s) => s.status === 'uploading' || s.status === 'checking',
    ),
    /** The file passed its dry run: it may now be imported. */
    selectCheckedFile: createSelector(selectState, (s) =>
      s.status === 'checked' ? s.fileName : null,
    ),
  }),
});
