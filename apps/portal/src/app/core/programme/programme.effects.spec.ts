import { describe, it, expect, beforeEach, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { Router } from '@angular/router';
import { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { Store } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import {
  ProgrammeApiActions,
  ProgrammeChooserActions,
  ProgrammeRouteActions,
} from './programme.actions';
import { ProgrammeApi } from './programme.api';
import { loadList, openChosen, remember } from './programme.effects';
import { ProgrammeState, initialProgrammeState } from './programme.feature';
import { PROGRAMMES } from './programme.fixture';
import { initialAuthState } from '../auth/auth.feature';
import { ProgrammeMemory } from './programme-memory';

const SUPERVISOR = {
  email: 's@attune.test',
  role: 'supervisor' as const,
  laCode: null,
  staffCode: 'S-01',
};

function storeWith(status: ProgrammeState['status']): Store {
  TestBed.configureTestingModule({
    providers: [
      provideMockStore({ initialState: { programme: { ...initialProgrammeState, status } } }),
    ],
  });
  return TestBed.inject<Store<object>>(Store);
}

describe('programme effects', () => {
  it('asks the API when the reducer says a load is due, and not otherwise', () => {
    const api = { list: jest.fn(() => of(PROGRAMMES)) };
    const run = (status: ProgrammeState['status']) => {
      TestBed.resetTestingModule();
      const actions = new Subject<Action>();
      const out: Action[] = [];
      loadList(actions, api as unknown as ProgrammeApi, storeWith(status)).subscribe((a) =>
        out.push(a),
      );
      actions.next(ProgrammeRouteActions.listNeeded({ fresh: false }));
      return out;
    };
    expect(run('loading')).toEqual([ProgrammeApiActions.listLoaded({ programmes: PROGRAMMES })]);
    expect(run('loaded')).toEqual([]);
    expect(api.list).toHaveBeenCalledTimes(1);
  });

  it('says why the list could not be loaded', () => {
    const api = { list: jest.fn(() => throwError(() => new HttpErrorResponse({ status: 0 }))) };
    const actions = new Subject<Action>();
    const out: Action[] = [];
    loadList(actions, api as unknown as ProgrammeApi, storeWith('loading')).subscribe((a) =>
      out.push(a),
    );
    actions.next(ProgrammeRouteActions.listNeeded({ fresh: true }));
    expect(out).toEqual([
      ProgrammeApiActions.listFailed({
        error: 'Attune cannot be reached. Check your connection and try again.',
      }),
    ]);
  });

  it('remembers the programme entered for the signed-in user', () => {
    const memory = {
      remember: jest.fn<ProgrammeMemory['remember']>(),
      recall: jest.fn<ProgrammeMemory['recall']>(),
    };
    remember(
      of(ProgrammeRouteActions.entered({ programmeId: 'p2', email: 'a@attune.test' })),
      memory,
      storeWith('loaded'),
    ).subscribe();
    expect(memory.remember).toHaveBeenCalledWith('a@attune.test', 'p2');
  });

  it('remembers a programme chosen for no page (from the home page), where no guard sees it', () => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          initialState: {
            programme: { ...initialProgrammeState, status: 'loaded' },
            auth: { ...initialAuthState, session: 'signed_in', user: SUPERVISOR },
          },
        }),
      ],
    });
    const memory = {
      remember: jest.fn<ProgrammeMemory['remember']>(),
      recall: jest.fn<ProgrammeMemory['recall']>(),
    };
    remember(
      of(
        ProgrammeChooserActions.chosen({ programmeId: 'p3', next: '' }),
        // A page named: its guard remembers it on entering, not the choice itself.
        ProgrammeChooserActions.chosen({ programmeId: 'p1', next: 'supervision' }),
      ),
      memory,
      TestBed.inject<Store<object>>(Store),
    ).subscribe();
    expect(memory.remember.mock.calls).toEqual([['s@attune.test', 'p3']]);
  });

  it('goes back home after a choice for no page, not to an address that is no page', () => {
    const router = { navigateByUrl: jest.fn((..._args: unknown[]) => Promise.resolve(true)) };
    openChosen(
      of(ProgrammeChooserActions.chosen({ programmeId: 'p2', next: '' })),
      router as unknown as Router,
    ).subscribe();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/home');
  });

  it('opens the page asked for in the programme chosen', () => {
    const router = { navigateByUrl: jest.fn((..._args: unknown[]) => Promise.resolve(true)) };
    openChosen(
      of(ProgrammeChooserActions.chosen({ programmeId: 'p2', next: 'families?overdue=true' })),
      router as unknown as Router,
    ).subscribe();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/p/p2/families?overdue=true');
  });
});

describe('ProgrammeMemory', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one choice per user', () => {
    const memory = new ProgrammeMemory();
    memory.remember('a@attune.test', 'p1');
    memory.remember('b@attune.test', 'p2');
    expect(memory.recall('a@attune.test')).toBe('p1');
    expect(memory.recall('b@attune.test')).toBe('p2');
    expect(memory.recall('c@attune.test')).toBeNull();
  });
});
