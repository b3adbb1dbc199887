import { describe, it, expect } from '@jest/globals';
import { HttpErrorResponse, HttpEventType, HttpResponse } from '@angular/common/http';
import { importErrorAction, importEventAction } from './import-events';
import { ProgrammesApiActions } from './programmes.actions';

describe('import events', () => {
  it('turns upload progress into a percentage, and the last byte into "checking"', () => {
    const progress = (loaded: number, total?: number) =>
      importEventAction({ type: HttpEventType.UploadProgress, loaded, total });
    expect(progress(250, 1000)).toEqual(ProgrammesApiActions.uploadProgressed({ percent: 25 }));
    expect(progress(999, 1000)).toEqual(ProgrammesApiActions.uploadProgressed({ percent: 99 }));
    expect(progress(1000, 1000)).toEqual(ProgrammesApiActions.uploadFinished());
    expect(progress(10)).toEqual(ProgrammesApiActions.uploadProgressed({ percent: null }));
    expect(importEventAction({ type: HttpEventType.Sent })).toBeNull();
  });

  it('reports the counts of a package that was imported', () => {
    const result = { programmeId: 'p1', counts: { 'programme.csv': 1, 'families.csv': 24 } };
    expect(importEventAction(new HttpResponse({ status: 201, body: result }))).toEqual(
      ProgrammesApiActions.importSucceeded({ result }),
    );
  });

  it('turns a 422 into a refusal with every problem and the total past the cap', () => {
    const errors = [
      { file: 'families.csv', line: 3, column: 'trial_arm', problem: 'must be one of …' },
    ];
    const error = new HttpErrorResponse({
      status: 422,
      error: {
        statusCode: 422,
        message: 'The package was refused: 250 problem(s)',
        errors,
        total: 250,
      },
    });
    expect(importErrorAction(error)).toEqual(
      ProgrammesApiActions.importRefused({
        refusal: { message: 'The package was refused: 250 problem(s)', errors, total: 250 },
      }),
    );
  });

  it('treats anything else as a failure, with a sentence to act on', () => {
    const tooBig = new HttpErrorResponse({
      status: 413,
      error: { statusCode: 413, message: 'The upload is larger than 200 MB.' },
    });
    expect(importErrorAction(tooBig)).toEqual(
      ProgrammesApiActions.importFailed({ error: 'The upload is larger than 200 MB.' }),
    );
    const offline = new HttpErrorResponse({ status: 0 });
    expect(importErrorAction(offline)).toEqual(
      ProgrammesApiActions.importFailed({
        error: 'Attune cannot be reached. Check your connection and try again.',
      }),
    );
  });
});
