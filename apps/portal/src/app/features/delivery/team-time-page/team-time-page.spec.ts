import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { CurrentUser } from '../../../core/auth/auth.models';
import { fakeConfirm } from '../../../core/confirm/confirm.fixture';
import { initialProgrammeState } from '../../../core/programme/programme.feature';
import { TimeEntryView } from '../delivery.models';
import { TeamTimePageActions } from './team-time.actions';
import { TeamTimeState, initialTeamTimeState } from './team-time.feature';
import TeamTimePage from './team-time-page';

const manager: CurrentUser = { email: 'm@attune.test', role: 'la_manager', laCode: 'LA1' };
const entry: TimeEntryView = {
  id: 't9',
  staffCode: 'A-LA1-01',
  date: '2022-03-09',
  activity: 'admin',
  minutes: 25,
  laCode: null,
  familyReference: null,
  note: null,
  locked: false,
  version: 6,
};

async function render(teamTime: Partial<TeamTimeState>, user: CurrentUser = manager) {
  const confirm = fakeConfirm();
  const { answer } = confirm;
  TestBed.configureTestingModule({
    providers: [
      confirm.provider,
      provideMockStore({
        initialState: {
          auth: { ...initialAuthState, session: 'signed_in', user },
          programme: initialProgrammeState,
          teamTime: {
            ...initialTeamTimeState,
            programmeId: 'p1',
            monday: '2022-03-07',
            ...teamTime,
          },
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: { type: string }[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(TeamTimePage);
  fixture.componentRef.setInput('programmeId', 'p1');
  await fixture.whenStable();
  return { el: fixture.nativeElement as HTMLElement, dispatched, answer };
}

describe('TeamTimePage', () => {
  it("opens the manager's own LA, with no choice of LA", async () => {
    const { el, dispatched } = await render({});
    expect(dispatched.find((a) => a.type === TeamTimePageActions.opened.type)).toMatchObject({
      laCode: 'LA1',
    });
    expect(el.querySelector('.la-choice')).toBeNull();
  });

  it('says which week the team table shows', async () => {
    const { el } = await render({ laCode: 'LA1' });
    expect(el.querySelector('[data-testid="team-week-heading"]')?.textContent?.trim()).toBe(
      'Week of 7 Mar 2022 to 13 Mar 2022',
    );
  });

  it('lets an admin choose the LA', async () => {
    const { el, dispatched } = await render(
      {},
      { email: 'a@attune.test', role: 'admin', laCode: null },
    );
    const input = el.querySelector<HTMLInputElement>('.la-choice input')!;
    input.value = 'la2';
    el.querySelector<HTMLFormElement>('.la-choice')!.dispatchEvent(new Event('submit'));
    expect(dispatched).toContainEqual(TeamTimePageActions.laChosen({ laCode: 'LA2' }));
  });

  it('records for the chosen person, and deletes their entry only after confirming', async () => {
    const { el, dispatched, answer } = await render({
      laCode: 'LA1',
      entries: [entry],
      members: [{ code: 'A-LA1-01', name: 'Ash' }],
      staffCode: 'A-LA1-01',
    });
    expect(el.querySelector('[data-testid="team-week"]')!.textContent).toContain('25 (25 min)');
    expect(el.querySelector('#member-heading')!.textContent).toContain('Record time for A-LA1-01');
    expect(el.querySelector('[data-testid="team-time-csv"]')!.getAttribute('href')).toBe(
      '/api/programmes/p1/time-entries.csv?from=2022-03-07&to=2022-03-13&laCode=LA1',
    );
    dispatched.length = 0;
    [...el.querySelectorAll('button')]
      .find((b) => b.textContent.trim().startsWith('Delete'))!
      .click();
    expect(dispatched).toEqual([]);
    answer.next(true);
    expect(dispatched).toEqual([TeamTimePageActions.deleteConfirmed({ entry })]);
  });
});
