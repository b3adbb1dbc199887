import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { CurrentUser } from '../../../core/auth/auth.models';
import { fakeConfirm } from '../../../core/confirm/confirm.fixture';
import { initialProgrammeState } from '../../../core/programme/programme.feature';
import { TimeEntryView } from '../delivery.models';
import { MyTimePageActions } from './my-time.actions';
import { MyTimeState, initialMyTimeState } from './my-time.feature';
import MyTimePage from './my-time-page';

const practitioner: CurrentUser = {
  email: 'p@attune.test',
  role: 'practitioner',
  laCode: 'LA1',
  staffCode: 'P-LA1-01',
};
const entry: TimeEntryView = {
  id: 't1',
  staffCode: 'P-LA1-01',
  date: '2022-03-08',
  activity: 'meetings',
  minutes: 40,
  laCode: null,
  familyReference: null,
  note: null,
  locked: false,
  version: 5,
};

async function render(myTime: Partial<MyTimeState>, user: CurrentUser = practitioner) {
  const confirm = fakeConfirm();
  const { answer, ask } = confirm;
  TestBed.configureTestingModule({
    providers: [
      confirm.provider,
      provideMockStore({
        initialState: {
          auth: { ...initialAuthState, session: 'signed_in', user },
          programme: initialProgrammeState,
          myTime: { ...initialMyTimeState, programmeId: 'p1', monday: '2022-03-07', ...myTime },
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: unknown[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(MyTimePage);
  fixture.componentRef.setInput('programmeId', 'p1');
  await fixture.whenStable();
  return { el: fixture.nativeElement as HTMLElement, dispatched, ask, answer, fixture };
}

function buttons(el: HTMLElement, text: string): HTMLButtonElement[] {
  return [...el.querySelectorAll('button')].filter((b) => b.textContent.trim().startsWith(text));
}

describe('MyTimePage', () => {
  it("opens the caller's own week, with the families only a practitioner has", async () => {
    const { dispatched } = await render({});
    expect(
      dispatched.find((a) => (a as { type: string }).type === MyTimePageActions.opened.type),
    ).toMatchObject({
      type: MyTimePageActions.opened.type,
      programmeId: 'p1',
      staffCode: 'P-LA1-01',
      withFamilies: true,
    });
  });

  it('shows the week Monday to Sunday with each day and the total, and a CSV of the week', async () => {
    const { el } = await render({
      entries: [entry, { ...entry, id: 't2', date: '2022-03-13', minutes: 35, version: 1 }],
    });
    expect(el.querySelector('[data-testid="week-heading"]')!.textContent).toContain(
      'Week of 7 Mar 2022 to 13 Mar 2022',
    );
    const days = [...el.querySelectorAll('tbody[data-date]')].map((b) =>
      b.getAttribute('data-date'),
    );
    expect(days).toEqual([
      '2022-03-07',
      '2022-03-08',
      '2022-03-09',
      '2022-03-10',
      '2022-03-11',
      '2022-03-12',
      '2022-03-13',
    ]);
    expect(el.querySelector('[data-testid="week-total"]')!.textContent).toContain('1 h 15 min');
    expect(el.querySelector('[data-testid="time-csv"]')!.getAttribute('href')).toBe(
      '/api/programmes/p1/time-entries.csv?from=2022-03-07&to=2022-03-13',
    );
  });

  it('deletes only after the person confirms, with the version shown', async () => {
    const { el, dispatched, ask, answer } = await render({ entries: [entry] });
    dispatched.length = 0;
    buttons(el, 'Delete')[0]!.click();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(dispatched).toEqual([]);
    answer.next(true);
    expect(dispatched).toEqual([MyTimePageActions.deleteConfirmed({ entry })]);
  });

  it('does nothing when the person cancels the delete', async () => {
    const { el, dispatched, answer } = await render({ entries: [entry] });
    dispatched.length = 0;
    buttons(el, 'Delete')[0]!.click();
    answer.next(false);
    expect(dispatched).toEqual([]);
  });

  it('offers no edit or delete on an entry of a signed-off month', async () => {
    const { el } = await render({ entries: [{ ...entry, locked: true }] });
    expect(buttons(el, 'Delete')).toEqual([]);
    expect(buttons(el, 'Edit')).toEqual([]);
    expect(el.textContent).toContain('Signed off (read-only)');
  });

  it("shows a lock's refusal at the form, and offers to reload after a stale version", async () => {
    const lock =
      'March 2022 is signed off for LA1. Signed off by m@la1.test on 1 Apr 2022. Ask an admin to reopen 2022-03 for LA1.';
    const { el, dispatched } = await render({ saveError: lock, stale: true });
    expect(el.querySelector('[data-testid="time-form-error"]')!.textContent).toContain(
      'Ask an admin to reopen 2022-03 for LA1.',
    );
    dispatched.length = 0;
    el.querySelector<HTMLButtonElement>('[data-testid="reload"]')!.click();
    expect(dispatched).toEqual([MyTimePageActions.reloadRequested()]);
  });

  it('says so when the account has no staff record of its own', async () => {
    const { el } = await render({}, { email: 'a@attune.test', role: 'admin', laCode: null });
    expect(el.querySelector('[data-testid="no-staff"]')).not.toBeNull();
    expect(el.querySelector('form')).toBeNull();
  });
});
