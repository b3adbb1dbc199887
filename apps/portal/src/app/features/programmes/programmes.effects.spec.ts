import { describe, it, expect, jest } from '@jest/globals';
import { HttpEvent, HttpEventType, HttpResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Action, Store } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { Observable, Subject, of } from 'rxjs';
import { ProgrammesApiActions, ProgrammesPageActions } from './programmes.actions';
import { ProgrammesApi } from './programmes.api';
import { importPackage, loadPage } from './programmes.effects';
import { initialProgrammesState } from './programmes.feature';
import { ImportSuccess } from './programmes.models';

const file = new File(['PK'], 'demo.zip');
const result: ImportSuccess = { programmeId: 'p1', counts: { 'programme.csv': 1 } };

describe('programmes effects', () => {
  it('reports the upload step by step and ends with the counts', () => {
    const upload = new Subject<HttpEvent<ImportSuccess>>();
    const api = {
      upload: jest.fn((..._args: unknown[]) => upload as Observable<HttpEvent<ImportSuccess>>),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    importPackage(actions, api as unknown as ProgrammesApi).subscribe((a) => out.push(a));
    actions.next(ProgrammesPageActions.importSubmitted({ file }));
    upload.next({ type: HttpEventType.Sent });
    upload.next({ type: HttpEventType.UploadProgress, loaded: 50, total: 100 });
    // A second submit while this one is on its way is ignored.
    actions.next(ProgrammesPageActions.importSubmitted({ file }));
    upload.next({ type: HttpEventType.UploadProgress, loaded: 100, total: 100 });
    upload.next(new HttpResponse({ status: 201, body: result }));
    upload.complete();
    expect(api.upload).toHaveBeenCalledTimes(1);
    expect(api.upload).toHaveBeenCalledWith(file);
    expect(out).toEqual([
      ProgrammesApiActions.uploadProgressed({ percent: 50 }),
      ProgrammesApiActions.uploadFinished(),
      ProgrammesApiActions.importSucceeded({ result }),
    ]);
  });

  it('reloads the list once a package is imported', () => {
    TestBed.configureTestingModule({
      providers: [provideMockStore({ initialState: { programmes: initialProgrammesState } })],
    });
    const api = { list: jest.fn((..._args: unknown[]) => of({ items: [], total: 1 })) };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    loadPage(actions, api as unknown as ProgrammesApi, TestBed.inject(Store)).subscribe((a) =>
      out.push(a),
    );
    actions.next(ProgrammesApiActions.importSucceeded({ result }));
    expect(api.list).toHaveBeenCalledWith(1, 25);
    expect(out).toEqual([ProgrammesApiActions.pageLoaded({ page: { items: [], total: 1 } })]);
  });
});
