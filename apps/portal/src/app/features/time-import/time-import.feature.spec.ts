import { describe, it, expect } from '@jest/globals';
import { HttpErrorResponse, HttpEventType } from '@angular/common/http';
import type { ImportProblem, TimeImportResult } from '@attune/contract';
import { TimeImportApiActions, TimeImportPageActions } from './time-import.actions';
import { uploadErrorAction, uploadEventAction } from './time-import.events';
import { initialTimeImportState, timeImportFeature } from './time-import.feature';

const reduce = timeImportFeature.reducer;
const file = new File(['x'], 'week.csv');
const answer = { dryRun: true, rows: 2 } as TimeImportResult;

describe('time import state', () => {
  it('goes from uploading to checking to checked, and a new file starts again', () => {
    let s = reduce(
      initialTimeImportState,
      TimeImportPageActions.fileSubmitted({ programmeId: 'p1', file, dryRun: true }),
    );
    expect(s.state).toEqual({
      status: 'uploading',
      fileName: 'week.csv',
      dryRun: true,
      percent: 0,
    });
    s = reduce(s, TimeImportApiActions.uploadProgressed({ percent: 50 }));
    s = reduce(s, TimeImportApiActions.uploadFinished());
    expect(s.state.status).toBe('checking');
    s = reduce(s, TimeImportApiActions.answered({ result: answer }));
    expect(s.state).toEqual({ status: 'checked', fileName: 'week.csv', result: answer });
    expect(timeImportFeature.selectCheckedFile.projector(s.state)).toBe('week.csv');
    s = reduce(s, TimeImportApiActions.answered({ result: { ...answer, dryRun: false } }));
    expect(s.state.status).toBe('imported');
    expect(reduce(s, TimeImportPageActions.fileChanged())).toEqual(initialTimeImportState);
  });

  it('reads upload events and the refusals the API answers', () => {
    expect(uploadEventAction({ type: HttpEventType.UploadProgress, loaded: 5, total: 10 })).toEqual(
      TimeImportApiActions.uploadProgressed({ percent: 50 }),
    );
    const errors: ImportProblem[] = [
      { field: 'file', line: 3, column: 'date', problem: 'is not a date' },
    ];
    expect(
      uploadErrorAction(
        new HttpErrorResponse({ status: 400, error: { message: 'm', errors, total: 9 } }),
      ),
    ).toEqual(TimeImportApiActions.refused({ refusal: { message: 'm', errors, total: 9 } }));
    expect(
      uploadErrorAction(
        new HttpErrorResponse({
          status: 409,
          error: { code: 'duplicate_import', message: 'imported before' },
        }),
      ),
    ).toEqual(TimeImportApiActions.duplicate({ message: 'imported before' }));
    expect(uploadErrorAction(new HttpErrorResponse({ status: 0 })).type).toBe(
      TimeImportApiActions.failed.type,
    );
  });
});
