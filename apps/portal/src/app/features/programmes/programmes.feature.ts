import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { ProgrammesApiActions, ProgrammesPageActions } from './programmes.actions';
import { ImportState, ProgrammeSummary } from './programmes.models';

export interface ProgrammesState {
  items: ProgrammeSummary[];
  total: number;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
  loading: boolean;
  loadError: string | null;
  import: ImportState;
}

export const initialProgrammesState: ProgrammesState = {
  items: [],
  total: 0,
  page: 1,
  pageSize: 25,
  loading: false,
  loadError: null,
  import: { status: 'idle' },
};

/** The file being imported, for the steps after the upload. */
function fileOf(state: ImportState): string {
  return state.status === 'idle' ? '' : state.fileName;
}

export const programmesFeature = createFeature({
  name: 'programmes',
  reducer: createReducer(
    initialProgrammesState,
    on(ProgrammesPageActions.opened, (state) => ({ ...state, loading: true, loadError: null })),
    on(ProgrammesPageActions.pageChanged, (state, { page, pageSize }) => ({
      ...state,
      page,
      pageSize,
      loading: true,
      loadError: null,
    })),
    on(ProgrammesApiActions.pageLoaded, (state, { page }) => ({
      ...state,
      items: page.items,
      total: page.total,
      loading: false,
    })),
    on(ProgrammesApiActions.pageLoadFailed, (state, { error }) => ({
      ...state,
      loading: false,
      loadError: error,
    })),
    on(ProgrammesPageActions.importSubmitted, (state, { file }) => ({
      ...state,
      import: { status: 'uploading' as const, fileName: file.name, percent: 0 },
    })),
    on(ProgrammesApiActions.uploadProgressed, (state, { percent }) =>
      state.import.status === 'uploading'
        ? { ...state, import: { ...state.import, percent } }
        : state,
    ),
    on(ProgrammesApiActions.uploadFinished, (state) => ({
      ...state,
      import: { status: 'validating' as const, fileName: fileOf(state.import) },
    })),
    on(ProgrammesApiActions.importSucceeded, (state, { result }) => ({
      ...state,
      import: { status: 'imported' as const, fileName: fileOf(state.import), result },
    })),
    on(ProgrammesApiActions.importRefused, (state, { refusal }) => ({
      ...state,
      import: { status: 'refused' as const, fileName: fileOf(state.import), refusal },
    })),
    on(ProgrammesApiActions.importFailed, (state, { error }) => ({
      ...state,
      import: { status: 'failed' as const, fileName: fileOf(state.import), error },
    })),
  ),
  extraSelectors: ({ selectImport }) => ({
    /** An import is on its way: the form waits. */
    selectImporting: createSelector(
      selectImport,
      (state) => state.status === 'uploading' || state.status === 'validating',
    ),
  }),
});
