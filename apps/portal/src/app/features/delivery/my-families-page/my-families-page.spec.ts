import { describe, it, expect } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialAuthState } from '../../../core/auth/auth.feature';
import { CurrentUser } from '../../../core/auth/auth.models';
import { fakeConfirm } from '../../../core/confirm/confirm.fixture';
import { By } from '@angular/platform-browser';
import { FamilySessionView, Referral } from '../delivery.models';
import { FamiliesPageActions } from '../families-page/families.actions';
import { initialFamiliesState } from '../families-page/families.feature';
import { ReferralForm } from '../referral-form/referral-form';
import { MyFamiliesPageActions } from './my-families.actions';
import { initialMyFamiliesState } from './my-families.feature';
import MyFamiliesPage from './my-families-page';
import { initialProgrammeState } from '../../../core/programme/programme.feature';

const practitioner: CurrentUser = {
  email: 'p@attune.test',
  role: 'practitioner',
  laCode: 'LA1',
  staffCode: 'P-LA1-01',
};
const own: FamilySessionView = {
  id: 's1',
  familyReference: 'F-LA1-0001',
  practitionerCode: 'P-LA1-01',
  laCode: 'LA1',
  date: '2022-03-09',
  type: 'initial_meeting',
  cycle: null,
  outcome: 'held',
  contactMinutes: 60,
  travelMinutes: 20,
  prepMinutes: 10,
  locked: false,
  version: 3,
};

async function render(sessions: FamilySessionView[]) {
  const confirm = fakeConfirm();
  const { answer } = confirm;
  TestBed.configureTestingModule({
    providers: [
      confirm.provider,
      provideMockStore({
        initialState: {
          auth: { ...initialAuthState, session: 'signed_in', user: practitioner },
          myFamilies: { ...initialMyFamiliesState, programmeId: 'p1', sessions },
          families: initialFamiliesState,
          // The session form's date window reads the programme in the address.
          programme: initialProgrammeState,
        },
      }),
    ],
  });
  const store = TestBed.inject(MockStore);
  const dispatched: unknown[] = [];
  store.scannedActions$.subscribe((a) => dispatched.push(a));
  const fixture = TestBed.createComponent(MyFamiliesPage);
  fixture.componentRef.setInput('programmeId', 'p1');
  await fixture.whenStable();
  return { el: fixture.nativeElement as HTMLElement, dispatched, answer, fixture };
}

describe('MyFamiliesPage corrections', () => {
  it("offers a practitioner's own sessions for correction, and deletes one only after confirming", async () => {
    // Another practitioner's session would be refused by the server: no buttons for it.
    const other = { ...own, id: 's2', practitionerCode: 'P-LA1-02' };
    const { el, dispatched, answer } = await render([own, other]);
    const rows = el.querySelectorAll('[data-testid="family-sessions"] tbody tr');
    expect(rows[0]!.querySelectorAll('button').length).toBe(2);
    expect(rows[1]!.querySelectorAll('button').length).toBe(0);
    dispatched.length = 0;
    [...rows[0]!.querySelectorAll('button')].find((b) => b.textContent.includes('Delete'))!.click();
    expect(dispatched).toEqual([]);
    answer.next(true);
    expect(dispatched).toEqual([MyFamiliesPageActions.sessionDeleteConfirmed({ session: own })]);
  });
});

describe('MyFamiliesPage referral', () => {
  it('lets a practitioner refer a family, to the programme in the address', async () => {
    const { el, dispatched, fixture } = await render([]);
    const headings = [...el.querySelectorAll('h2')].map((h) => h.textContent.trim());
    // The two jobs before the list of sessions, which can run to thousands of pixels.
    expect(headings).toEqual(['Log a session', 'Refer a family', 'Recent sessions']);
    // Only an admin chooses the LA: a practitioner refers to their own.
    expect(el.querySelector('input[formControlName="laCode"]')).toBeNull();
    const referral = { referralDate: '2022-03-01' } as Referral;
    dispatched.length = 0;
    const form = fixture.debugElement.query(By.directive(ReferralForm))
      .componentInstance as ReferralForm;
    form.submitted.emit(referral);
    expect(dispatched).toEqual([
      FamiliesPageActions.referralSubmitted({ programmeId: 'p1', referral }),
    ]);
  });
});
