import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { fakeConfirm } from '../../../core/confirm/confirm.fixture';
import { initialProgrammeState } from '../../../core/programme/programme.feature';
import { SupervisionPageActions } from '../supervision.actions';
import { initialSupervisionState } from '../supervision.feature';
import { SupervisionSession } from '../supervision.models';
import { SupervisionPage } from './supervision-page';

function session(overrides: Partial<SupervisionSession>): SupervisionSession {
  return {
    id: 'v1',
    date: '2022-02-03',
    supervisorCode: 'S-01',
    format: 'individual',
    mode: 'in_person',
    durationMinutes: 60,
    prepMinutes: 0,
    attendees: [{ practitionerCode: 'P-LA1-01', familyReference: null, cycle: null }],
    canEdit: true,
    version: 2,
    ...overrides,
  } as SupervisionSession;
}

async function render(sessions: SupervisionSession[]) {
  const confirm = fakeConfirm();
  const { answer, ask } = confirm;
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      confirm.provider,
      provideMockStore({
        initialState: {
          programme: initialProgrammeState,
          supervision: {
            ...initialSupervisionState,
            programmeId: 'p1',
            sessions,
          },
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: unknown[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(SupervisionPage);
  fixture.componentRef.setInput('programmeId', 'p1');
  await fixture.whenStable();
  return { el: fixture.nativeElement as HTMLElement, dispatched, ask, answer };
}

const deletes = (el: HTMLElement) =>
  [...el.querySelectorAll<HTMLButtonElement>('[data-testid="recent-sessions"] button')].filter(
    (b) => b.textContent.trim().startsWith('Delete'),
  );

describe('SupervisionPage deletes', () => {
  it('offers delete only on sessions its owner may change, and deletes after confirming', async () => {
    const mine = session({});
    const { el, dispatched, ask, answer } = await render([
      mine,
      session({ id: 'v2', canEdit: false }),
    ]);
    expect(deletes(el).length).toBe(1);
    dispatched.length = 0;
    deletes(el)[0]!.click();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(dispatched).toEqual([]);
    answer.next(true);
    expect(dispatched).toEqual([SupervisionPageActions.deleteConfirmed({ session: mine })]);
    expect(el.querySelector('[data-testid="supervision-csv"]')!.getAttribute('href')).toBe(
      '/api/programmes/p1/supervision-sessions.csv',
    );
  });

  it('sends nothing when the person cancels', async () => {
    const { el, dispatched, answer } = await render([session({})]);
    dispatched.length = 0;
    deletes(el)[0]!.click();
    answer.next(false);
    expect(dispatched).toEqual([]);
  });
});
