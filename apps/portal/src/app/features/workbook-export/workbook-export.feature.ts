import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { WorkbookExportApiActions, WorkbookExportPageActions } from './workbook-export.actions';
import { JobStatus } from './workbook-export.models';

export interface WorkbookExportState {
  /** The programme of the page; a job started for it is followed while it stays. */
  selectedId: string | null;
  /** `starting` until the API has queued the job. */
  status: JobStatus | 'starting' | null;
  jobId: string | null;
  progress: number;
  downloadUrl: string | null;
  error: string | null;
  /** The last multiple of 10 % announced, so screen readers hear each step once. */
  announcedStep: number;
  /** What the live region says; changes at most every 10 %. */
  announcement: string;
}

export const initialWorkbookExportState: WorkbookExportState = {
  selectedId: null,
  status: null,
  jobId: null,
  progress: 0,
  downloadUrl: null,
  error: null,
  announcedStep: 0,
  announcement: '',
};

export const workbookExportFeature = createFeature({
  name: 'workbookExport',
  reducer: createReducer(
    initialWorkbookExportState,
    on(WorkbookExportPageActions.opened, (state, { programmeId }) =>
      // Another programme's job (and its download) is not this page's.
      state.selectedId === programmeId
        ? state
        : { ...initialWorkbookExportState, selectedId: programmeId },
    ),
    on(WorkbookExportPageActions.exportRequested, (state, { programmeId }) => ({
      ...state,
      selectedId: programmeId,
      status: 'starting' as const,
      jobId: null,
      progress: 0,
      downloadUrl: null,
      error: null,
      announcedStep: 0,
      announcement: 'Starting the export.',
    })),
    on(WorkbookExportApiActions.jobStarted, (state, { jobId }) => ({
      ...state,
      jobId,
      status: 'queued' as const,
      announcement: 'The export is queued.',
    })),
    on(
      WorkbookExportApiActions.jobStartFailed,
      WorkbookExportApiActions.jobPollFailed,
      (state, { error }) => ({
        ...state,
        status: 'failed' as const,
        error,
        announcement: error,
      }),
    ),
    on(WorkbookExportApiActions.jobPolled, (state, { job }) => {
      const next = { ...state, status: job.status, progress: job.progress };
      if (job.status === 'succeeded') {
        return {
          ...next,
          progress: 100,
          downloadUrl: job.downloadUrl,
          announcement: 'The workbook is ready to download.',
        };
      }
      if (job.status === 'failed') {
        const error = job.error ?? 'The export failed. Try again.';
        return { ...next, error, announcement: error };
      }
      const step = Math.floor(job.progress / 10) * 10;
      return step > state.announcedStep
        ? { ...next, announcedStep: step, announcement: `Export ${step}% done.` }
        : next;
    }),
  ),
  extraSelectors: ({ selectStatus }) => ({
    /** A job is being started or is running: the form waits. */
    selectBusy: createSelector(
      selectStatus,
      (status) => status === 'starting' || status === 'queued' || status === 'running',
    ),
  }),
});
