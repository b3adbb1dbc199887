import { describe, it, expect, jest } from '@jest/globals';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Action, Store } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { Subject, of, throwError } from 'rxjs';
import { SupervisionApi } from '../supervision.api';
import { SupervisionFormOptions } from '../supervision.models';
import { RecordsApiActions, RecordsPageActions } from './records.actions';
import { RecordsApi } from './records.api';
import { deleteRecord, loadRecords, reloadRecord, saveRecord } from './records.effects';
import { RecordsState, initialRecordsState } from './records.feature';
import { Milestone, TrainingEventInput } from './records.models';

const programmeId = 'p1';
const options: SupervisionFormOptions = {
  supervisorCode: 'S-01',
  cyclesPerFamily: 3,
  practitioners: [],
};
const training: TrainingEventInput = {
  date: '2021-07-05',
  type: 'group_day',
  durationMinutes: 360,
  venue: null,
  trainerCodes: ['S-01'],
  attendees: [{ staffCode: 'P-LA1-01', minutesAttended: 300 }],
};

function storeWith(state: Partial<RecordsState>): void {
  TestBed.configureTestingModule({
    providers: [
      provideMockStore({
        initialState: { supervisionRecords: { ...initialRecordsState, programmeId, ...state } },
      }),
    ],
  });
}

describe('supervision records effects', () => {
  it('lists the chosen trainee’s milestones with the trainees on offer', () => {
    storeWith({ kind: 'milestones', trainee: 'P-LA1-02' });
    const records = { list: jest.fn((..._args: unknown[]) => of({ items: [], total: 0 })) };
    const supervision = { formOptions: jest.fn(() => of(options)) };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    loadRecords(
      actions,
      records as unknown as RecordsApi,
      supervision as unknown as SupervisionApi,
      TestBed.inject(Store),
    ).subscribe((a) => out.push(a));
    actions.next(RecordsPageActions.traineeChosen({ practitionerCode: 'P-LA1-02' }));
    expect(records.list).toHaveBeenCalledWith('p1', 'milestones', { practitionerCode: 'P-LA1-02' });
    expect(out).toEqual([
      RecordsApiActions.optionsLoaded({ options }),
      RecordsApiActions.milestonesLoaded({ page: { items: [], total: 0 } }),
    ]);
  });

  it('sends a training event once (a double press is ignored) and announces it', () => {
    storeWith({ kind: 'training-events' });
    const reply = new Subject<unknown>();
    const api = { create: jest.fn((..._args: unknown[]) => reply), update: jest.fn() };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    saveRecord(actions, api as unknown as RecordsApi, TestBed.inject(Store)).subscribe((a) =>
      out.push(a),
    );
    actions.next(RecordsPageActions.trainingSubmitted({ input: training }));
    actions.next(RecordsPageActions.trainingSubmitted({ input: training }));
    reply.next({});
    reply.complete();
    expect(api.create).toHaveBeenCalledTimes(1);
    expect(api.create).toHaveBeenCalledWith('p1', 'training-events', training);
    expect(out).toEqual([
      RecordsApiActions.saved({ message: 'Recorded group day on 5 Jul 2021.' }),
    ]);
  });

  it('turns a 409 on an edit into a conflict naming the record, which can be reloaded', () => {
    storeWith({ kind: 'milestones' });
    const stale = new HttpErrorResponse({ status: 409, error: { message: 'stale' } });
    const fresh: Milestone = {
      id: '7',
      practitionerCode: 'P-LA1-01',
      type: 'midpoint_review',
      date: '2022-05-01',
      assessorCode: null,
      outcome: 'deferred',
      version: 4,
      canEdit: true,
    };
    const api = {
      update: jest.fn((..._args: unknown[]) => throwError(() => stale)),
      get: jest.fn((..._args: unknown[]) => of(fresh)),
    };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    saveRecord(actions, api as unknown as RecordsApi, TestBed.inject(Store)).subscribe((a) =>
      out.push(a),
    );
    reloadRecord(actions, api as unknown as RecordsApi, TestBed.inject(Store)).subscribe((a) =>
      out.push(a),
    );
    const { id, version, ...input } = fresh;
    void version;
    actions.next(RecordsPageActions.milestoneUpdateSubmitted({ id, version: 3, input }));
    expect(api.update).toHaveBeenCalledWith('p1', 'milestones', '7', input, 3);
    expect(out[0]).toEqual(
      RecordsApiActions.saveConflicted({
        id: '7',
        error:
          'Someone else changed this milestone since you opened it, so your change was not saved.',
      }),
    );
    actions.next(RecordsPageActions.reloadRequested({ id: '7' }));
    expect(api.get).toHaveBeenCalledWith('p1', 'milestones', '7');
    expect(out[1]).toEqual(RecordsApiActions.milestoneReloaded({ milestone: fresh }));
  });

  it('shows the server’s reason when a save is refused for bad input', () => {
    storeWith({ kind: 'training-events' });
    const refused = new HttpErrorResponse({
      status: 400,
      error: { message: ['trainerCodes: S-99 is not a staff member'] },
    });
    const api = { create: jest.fn((..._args: unknown[]) => throwError(() => refused)) };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    saveRecord(actions, api as unknown as RecordsApi, TestBed.inject(Store)).subscribe((a) =>
      out.push(a),
    );
    actions.next(RecordsPageActions.trainingSubmitted({ input: training }));
    expect(out).toEqual([
      RecordsApiActions.saveFailed({ error: 'trainerCodes: S-99 is not a staff member' }),
    ]);
  });

  it('deletes a record with the version shown, and reads the list again after a stale refusal', () => {
    storeWith({ kind: 'training-events' });
    const remove = jest.fn((..._args: unknown[]) => of(undefined));
    const actions = new Subject<Action>();
    const out: Action[] = [];
    deleteRecord(actions, { remove } as unknown as RecordsApi, TestBed.inject(Store)).subscribe(
      (a) => out.push(a),
    );
    const confirmed = RecordsPageActions.deleteConfirmed({
      kind: 'training-events',
      id: 'e1',
      version: 4,
      what: 'the group day of 5 Jul 2021',
    });
    actions.next(confirmed);
    expect(remove).toHaveBeenCalledWith('p1', 'training-events', 'e1', 4);
    expect(out).toEqual([
      RecordsApiActions.saved({ message: 'Deleted the group day of 5 Jul 2021.' }),
    ]);

    remove.mockReturnValueOnce(
      throwError(
        () =>
          new HttpErrorResponse({ status: 409, error: { code: 'stale_version', message: 'x' } }),
      ),
    );
    actions.next(confirmed);
    expect(out[1]).toEqual(
      RecordsApiActions.deleteRefused({
        error:
          'Someone changed this record since you opened it, so nothing was changed. Reload to see the latest and try again. The list has been read again.',
      }),
    );
  });
});
