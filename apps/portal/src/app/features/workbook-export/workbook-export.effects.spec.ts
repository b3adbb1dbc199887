import { describe, it, expect, beforeEach, afterEach, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Action, Store } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, Subject, of, throwError } from 'rxjs';
import { WorkbookExportApiActions, WorkbookExportPageActions } from './workbook-export.actions';
import { WorkbookExportApi } from './workbook-export.api';
import { pollJob, startExport } from './workbook-export.effects';
import { initialWorkbookExportState, WorkbookExportState } from './workbook-export.feature';
import { JobView } from './workbook-export.models';

const POLL_MS = 1000;
const view = (status: JobView['status'], progress: number): JobView => ({
  id: 'j1',
  type: 'workbook',
  status,
  progress,
  downloadUrl: status === 'succeeded' ? '/api/jobs/j1/download' : null,
  error: null,
  createdAt: '2026-01-05T09:00:00.000Z',
  finishedAt: null,
});

function setup(state: Partial<WorkbookExportState>, answers: JobView[]) {
  TestBed.configureTestingModule({
    providers: [
      provideMockStore({
        initialState: { workbookExport: { ...initialWorkbookExportState, ...state } },
      }),
    ],
  });
  const store = TestBed.inject(Store) as MockStore;
  const api = {
    job: jest.fn((..._args: unknown[]) => of(answers.shift() ?? view('running', 50))),
    start: jest.fn((..._args: unknown[]) => of({ jobId: 'j1' })),
  };
  const actions = new Subject<Action>();
  const out: Action[] = [];
  const effect = pollJob as unknown as (
    a: Observable<Action>,
    api: unknown,
    store: Store,
    ms: number,
  ) => Observable<Action>;
  effect(actions, api, store, POLL_MS).subscribe((action) => out.push(action));
  return { actions, out, api };
}

describe('workbook export effects', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('polls the job until it succeeds, then stops', () => {
    const { actions, out, api } = setup({ jobId: 'j1', status: 'queued' }, [
      view('queued', 0),
      view('running', 40),
      view('succeeded', 100),
    ]);
    actions.next(WorkbookExportApiActions.jobStarted({ jobId: 'j1' }));
    jest.advanceTimersByTime(POLL_MS * 10);
    expect(api.job).toHaveBeenCalledTimes(3);
    expect(api.job).toHaveBeenCalledWith('j1');
    expect(
      out.map((a) => (a as ReturnType<typeof WorkbookExportApiActions.jobPolled>).job.status),
    ).toEqual(['queued', 'running', 'succeeded']);
  });

  it('stops polling when the page is left', () => {
    const { actions, api } = setup({ jobId: 'j1', status: 'running' }, []);
    actions.next(WorkbookExportApiActions.jobStarted({ jobId: 'j1' }));
    jest.advanceTimersByTime(POLL_MS * 2);
    const calls = api.job.mock.calls.length;
    expect(calls).toBe(3);
    actions.next(WorkbookExportPageActions.left());
    jest.advanceTimersByTime(POLL_MS * 10);
    expect(api.job).toHaveBeenCalledTimes(calls);
  });

  it('resumes polling an unfinished job when the page is opened again, and not a finished one', () => {
    const running = setup({ jobId: 'j1', status: 'running' }, [view('succeeded', 100)]);
    running.actions.next(WorkbookExportPageActions.opened({ programmeId: 'p1' }));
    jest.advanceTimersByTime(POLL_MS * 3);
    expect(running.api.job).toHaveBeenCalledTimes(1);
    TestBed.resetTestingModule();
    const finished = setup({ jobId: 'j1', status: 'succeeded' }, []);
    finished.actions.next(WorkbookExportPageActions.opened({ programmeId: 'p1' }));
    jest.advanceTimersByTime(POLL_MS * 3);
    expect(finished.api.job).not.toHaveBeenCalled();
  });

  it('stops on a failed poll with a reason to show', () => {
    const { actions, out, api } = setup({ jobId: 'j1', status: 'running' }, []);
    api.job.mockReturnValueOnce(throwError(() => new HttpErrorResponse({ status: 0 })));
    actions.next(WorkbookExportApiActions.jobStarted({ jobId: 'j1' }));
    jest.advanceTimersByTime(POLL_MS * 5);
    expect(api.job).toHaveBeenCalledTimes(1);
    expect(out).toEqual([
      WorkbookExportApiActions.jobPollFailed({
        error: 'Attune cannot be reached. Check your connection and try again.',
      }),
    ]);
  });

  it("starts the job for the chosen programme and passes on the API's refusal", () => {
    const api = {
      start: jest
        .fn()
        .mockReturnValueOnce(of({ jobId: 'j9' }))
        .mockReturnValueOnce(
          throwError(
            () =>
              new HttpErrorResponse({
                status: 404,
                error: { statusCode: 404, message: 'There is no programme p2 that you can see.' },
              }),
          ),
        ),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    startExport(actions, api as unknown as WorkbookExportApi).subscribe((a) => out.push(a));
    actions.next(WorkbookExportPageActions.exportRequested({ programmeId: 'p1' }));
    actions.next(WorkbookExportPageActions.exportRequested({ programmeId: 'p2' }));
    expect(api.start).toHaveBeenNthCalledWith(1, 'p1');
    expect(out).toEqual([
      WorkbookExportApiActions.jobStarted({ jobId: 'j9' }),
      WorkbookExportApiActions.jobStartFailed({
        error: 'There is no programme p2 that you can see.',
      }),
    ]);
  });
});
