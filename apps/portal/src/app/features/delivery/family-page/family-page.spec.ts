import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { fakeConfirm } from '../../../core/confirm/confirm.fixture';
import { FamilySessionView } from '../delivery.models';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { CurrentUser } from '../../../core/auth/auth.models';
import { FamilyPageActions } from './family.actions';
import { FamilyState, initialFamilyState } from './family.feature';
import FamilyPage from './family-page';
import { referredFamily } from './family.fixture';
import { provideUkDates } from '../../../core/forms/uk-date-adapter';

const manager: CurrentUser = { email: 'm@attune.test', role: 'la_manager', laCode: 'LA1' };

const session: FamilySessionView = {
  id: 's1',
  familyReference: 'F-LA1-0001',
  practitionerCode: 'P-LA1-01',
  laCode: 'LA1',
  date: '2022-03-09',
  type: 'filming',
  cycle: 1,
  outcome: 'held',
  contactMinutes: 60,
  travelMinutes: 20,
  prepMinutes: 10,
  locked: false,
  version: 7,
};

async function render(family: Partial<FamilyState>, user: CurrentUser = manager) {
  const confirm = fakeConfirm();
  const { answer, ask } = confirm;
  TestBed.configureTestingModule({
    providers: [
      provideUkDates(), // again after a reset: the collection points' datepickers
      provideRouter([]),
      confirm.provider,
      provideMockStore({
        initialState: {
          auth: { ...initialAuthState, session: 'signed_in', user },
          family: {
            ...initialFamilyState,
            programmeId: 'p1',
            reference: 'F-LA1-0001',
            ...family,
          },
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: unknown[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(FamilyPage);
  // The router binds these from /p/:programmeId/families/:reference.
  fixture.componentRef.setInput('programmeId', 'p1');
  fixture.componentRef.setInput('reference', 'F-LA1-0001');
  await fixture.whenStable();
  return { el: fixture.nativeElement as HTMLElement, dispatched, ask, answer };
}

function sessionButtons(el: HTMLElement): string[] {
  return [...el.querySelectorAll('[data-testid="family-sessions"] tbody button')].map(
    (b) => b.textContent.trim().split(' ')[0]!,
  );
}

describe('FamilyPage', () => {
  it('opens the family of the address, with its history and fidelity checklist', async () => {
    const { el, dispatched } = await render({ family: referredFamily() });
    expect(dispatched).toContainEqual(
      FamilyPageActions.opened({ programmeId: 'p1', reference: 'F-LA1-0001' }),
    );
    expect(el.querySelector('h1')!.textContent).toContain('Family F-LA1-0001');
    // Back to the list of the same programme.
    expect(el.querySelector('a')!.getAttribute('href')).toBe('/p/p1/families');
    expect(el.querySelector('caption')!.textContent).toContain('Status history');
    expect(el.querySelector('[data-check="sessions"]')!.textContent).toContain(
      'Not yet met: Eight sessions held (0 of 8 held)',
    );
    expect(el.querySelector('[data-testid="randomise"]')).not.toBeNull();
  });

  it('offers no actions to a supervisor', async () => {
    const { el } = await render(
      { family: referredFamily() },
      { email: 's@attune.test', role: 'supervisor', laCode: null },
    );
    expect(el.querySelector('[data-testid="randomise"]')).toBeNull();
    expect(el.querySelectorAll('form').length).toBe(0);
  });

  it("shows a conflict's message and reloads the family on request", async () => {
    const message = 'Family F-LA1-0001 was changed by someone else (version 4, not 3).';
    const { el, dispatched } = await render({
      family: referredFamily(),
      conflict: true,
      saveError: message,
    });
    expect(el.querySelector('[data-testid="save-error"]')!.textContent).toContain(message);
    dispatched.length = 0;
    el.querySelector<HTMLButtonElement>('[data-testid="reload"]')!.click();
    expect(dispatched).toEqual([
      FamilyPageActions.opened({ programmeId: 'p1', reference: 'F-LA1-0001' }),
    ]);
  });

  it("lets a manager of the family's LA and an admin correct a session, and no one else", async () => {
    const { el } = await render({ family: referredFamily(), sessions: [session] });
    expect(sessionButtons(el)).toEqual(['Edit', 'Delete']);
    TestBed.resetTestingModule();
    const admin = await render(
      { family: referredFamily(), sessions: [session] },
      { email: 'a@attune.test', role: 'admin', laCode: null },
    );
    expect(sessionButtons(admin.el)).toEqual(['Edit', 'Delete']);
    TestBed.resetTestingModule();
    const other = await render(
      { family: referredFamily(), sessions: [session] },
      { email: 'm2@attune.test', role: 'la_manager', laCode: 'LA2' },
    );
    expect(sessionButtons(other.el)).toEqual([]);
    TestBed.resetTestingModule();
    const supervisor = await render(
      { family: referredFamily(), sessions: [session] },
      { email: 's@attune.test', role: 'supervisor', laCode: null, staffCode: 'S-01' },
    );
    expect(sessionButtons(supervisor.el)).toEqual([]);
  });

  it('shows a session of a signed-off month as read-only', async () => {
    const { el } = await render({
      family: referredFamily(),
      sessions: [{ ...session, locked: true }],
    });
    expect(sessionButtons(el)).toEqual([]);
    expect(el.querySelector('[data-testid="family-sessions"]')!.textContent).toContain(
      'Signed off (read-only)',
    );
  });

  it('deletes a session only after the person confirms, with the version shown', async () => {
    const { el, dispatched, ask, answer } = await render({
      family: referredFamily(),
      sessions: [session],
    });
    dispatched.length = 0;
    const del = [
      ...el.querySelectorAll<HTMLButtonElement>('[data-testid="family-sessions"] button'),
    ].find((b) => b.textContent.trim().startsWith('Delete'))!;
    del.click();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(dispatched).toEqual([]);
    answer.next(true);
    expect(dispatched).toEqual([FamilyPageActions.sessionDeleteConfirmed({ session })]);
  });
});
