import { describe, it, expect } from '@jest/globals';
import { WorkbookExportApiActions, WorkbookExportPageActions } from './workbook-export.actions';
import { initialWorkbookExportState, workbookExportFeature } from './workbook-export.feature';
import { JobView } from './workbook-export.models';

const reduce = workbookExportFeature.reducer;
const job = (over: Partial<JobView>): JobView => ({
  id: 'j1',
  type: 'workbook',
  status: 'running',
  progress: 0,
  downloadUrl: null,
  error: null,
  createdAt: '2026-01-05T09:00:00.000Z',
  finishedAt: null,
  ...over,
});

describe('workbook export reducer', () => {
  it("opens on the address's programme, and forgets another programme's job", () => {
    let state = reduce(
      initialWorkbookExportState,
      WorkbookExportPageActions.opened({ programmeId: 'p1' }),
    );
    expect(state.selectedId).toBe('p1');
    state = reduce(state, WorkbookExportPageActions.exportRequested({ programmeId: 'p1' }));
    state = reduce(state, WorkbookExportApiActions.jobStarted({ jobId: 'j1' }));
    // Back on the same programme's page: its job is still followed.
    expect(reduce(state, WorkbookExportPageActions.opened({ programmeId: 'p1' }))).toBe(state);
    expect(reduce(state, WorkbookExportPageActions.opened({ programmeId: 'p2' }))).toEqual({
      ...initialWorkbookExportState,
      selectedId: 'p2',
    });
  });

  it('announces progress once per 10 %, not at every poll', () => {
    let state = reduce(
      initialWorkbookExportState,
      WorkbookExportPageActions.exportRequested({ programmeId: 'p1' }),
    );
    state = reduce(state, WorkbookExportApiActions.jobStarted({ jobId: 'j1' }));
    expect(state.announcement).toBe('The export is queued.');
    const heard: string[] = [];
    for (const progress of [0, 3, 9, 10, 14, 19, 20, 47, 48, 99]) {
      const before = state.announcement;
      state = reduce(state, WorkbookExportApiActions.jobPolled({ job: job({ progress }) }));
      if (state.announcement !== before) heard.push(state.announcement);
      expect(state.progress).toBe(progress);
    }
    expect(heard).toEqual([
      'Export 10% done.',
      'Export 20% done.',
      'Export 40% done.',
      'Export 90% done.',
    ]);
  });

  it('offers the download when the job succeeds, and the reason when it fails', () => {
    const running = { ...initialWorkbookExportState, status: 'running' as const, jobId: 'j1' };
    const done = reduce(
      running,
      WorkbookExportApiActions.jobPolled({
        job: job({ status: 'succeeded', progress: 100, downloadUrl: '/api/jobs/j1/download' }),
      }),
    );
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: 100,
      downloadUrl: '/api/jobs/j1/download',
      announcement: 'The workbook is ready to download.',
    });
    expect(workbookExportFeature.selectBusy.projector('succeeded')).toBe(false);

    const failed = reduce(
      running,
      WorkbookExportApiActions.jobPolled({
        job: job({
          status: 'failed',
          error: 'The costs cannot be worked out: no unit cost for 2023.',
        }),
      }),
    );
    expect(failed.error).toBe('The costs cannot be worked out: no unit cost for 2023.');
    expect(failed.downloadUrl).toBeNull();
  });

  it('forgets the previous result when a new export starts', () => {
    const done = {
      ...initialWorkbookExportState,
      status: 'succeeded' as const,
      progress: 100,
      announcedStep: 90,
      downloadUrl: '/api/jobs/j1/download',
    };
    const state = reduce(done, WorkbookExportPageActions.exportRequested({ programmeId: 'p1' }));
    expect(state).toMatchObject({
      status: 'starting',
      progress: 0,
      announcedStep: 0,
      downloadUrl: null,
    });
    expect(workbookExportFeature.selectBusy.projector(state.status)).toBe(true);
  });
});
