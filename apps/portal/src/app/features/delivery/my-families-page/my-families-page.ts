import { valueLabel } from '@attune/domain';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { deliveryWindow } from '@attune/domain';
import { Store } from '@ngrx/store';
import { programmeFeature } from '../../../core/programme/programme.feature';
import { filter } from 'rxjs';
import { authFeature } from '../../../core/auth/auth.feature';
import { Confirm } from '../../../core/confirm/confirm';
import { ukDate } from '../../../core/format/uk-date';
import { FamilySessionView, SessionInput } from '../delivery.models';
import { FamilySessions } from '../family-sessions/family-sessions';
import { sessionCorrector } from '../shared/session-access';
import type { SessionChanges } from '../time.api';
import { FamiliesTable } from '../families-table/families-table';
import { PageStatus } from '../page-status';
import { ReferralSection } from '../referral-section/referral-section';
import { SessionForm } from '../session-form/session-form';
import { dispatchOnOpen, todayIso } from '../shared/request-state';
import { MyFamiliesPageActions } from './my-families.actions';
import { myFamiliesFeature } from './my-families.feature';

/** A practitioner's own families (the API returns no others), logging a session, recent sessions. */
@Component({
  selector: 'att-my-families-page',
  imports: [FamiliesTable, SessionForm, PageStatus, FamilySessions, ReferralSection],
  template: `
    <section class="page">
      <h1>My families</h1>
      <att-page-status
        [message]="message()"
        [warnings]="warnings()"
        [saveError]="saveError()"
        [problems]="problems()"
        [loadError]="loadError()"
        [loading]="loading()"
      />
      @if (overdueCount() > 0) {
        <p class="warning">
          <span aria-hidden="true">⏰ </span>{{ overdueCount() }} of your active families
          {{ overdueCount() === 1 ? 'is' : 'are' }} overdue: no held session for over 14 days.
        </p>
      }
      <att-families-table [families]="families()" caption="Families allocated to you" />

      <h2>Log a session</h2>
      <att-session-form
        [families]="workable()"
        [today]="today"
        [window]="window()"
        [busy]="saving()"
        [problems]="problems()"
        [saved]="saved()"
        [sessions]="sessions()"
        (submitted)="log($event)"
      />

      <!--
        Both jobs come before the (long) list of sessions: below it, the referral form was
        some 4,000 px down the page. A referral waits for the LA manager to randomise and
        allocate it, so it is not listed in the table above.
      -->
      <att-referral-section [programmeId]="programmeId()" />

      <h2>Recent sessions</h2>
      <att-family-sessions
        caption="Your most recent sessions"
        [sessions]="sessions()"
        [canChange]="canChange()"
        [busy]="saving()"
        [today]="today"
        (changed)="change($event.session, $event.changes)"
        (remove)="remove($event)"
      />
    </section>
  `,
  styles: `
    .warning {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MyFamiliesPage {
  private readonly store = inject(Store);
  /** From the address (`/p/:programmeId/my-families`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly today = todayIso();
  private readonly programme = this.store.selectSignal(programmeFeature.selectCurrent);
  /** The dates a session may carry: the domain's rule on the programme in the address. */
  readonly window = computed(() => {
    const p = this.programme();
    return p ? deliveryWindow(p, this.today) : null;
  });
  readonly families = this.store.selectSignal(myFamiliesFeature.selectFamilies);
  readonly sessions = this.store.selectSignal(myFamiliesFeature.selectSessions);
  readonly overdueCount = this.store.selectSignal(myFamiliesFeature.selectOverdueCount);
  readonly workable = this.store.selectSignal(myFamiliesFeature.selectWorkable);
  readonly loading = this.store.selectSignal(myFamiliesFeature.selectLoading);
  readonly loadError = this.store.selectSignal(myFamiliesFeature.selectLoadError);
  readonly saving = this.store.selectSignal(myFamiliesFeature.selectSaving);
  readonly saveError = this.store.selectSignal(myFamiliesFeature.selectSaveError);
  readonly problems = this.store.selectSignal(myFamiliesFeature.selectProblems);
  readonly message = this.store.selectSignal(myFamiliesFeature.selectMessage);
  readonly warnings = this.store.selectSignal(myFamiliesFeature.selectWarnings);
  readonly saved = this.store.selectSignal(myFamiliesFeature.selectSaved);

  private readonly confirm = inject(Confirm);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  readonly canChange = computed(() => sessionCorrector(this.user()));

  constructor() {
    dispatchOnOpen(() => MyFamiliesPageActions.opened({ programmeId: this.programmeId() }));
  }

  log(session: SessionInput): void {
    this.store.dispatch(
      MyFamiliesPageActions.sessionSubmitted({ programmeId: this.programmeId(), session }),
    );
  }

  change(session: FamilySessionView, changes: SessionChanges): void {
    this.store.dispatch(MyFamiliesPageActions.sessionChangeSubmitted({ session, changes }));
  }

  /** Deleting asks first, and carries the version shown. */
  remove(session: FamilySessionView): void {
    this.confirm
      .ask({
        title: 'Delete this session?',
        message: `The ${valueLabel(session.type)} session of ${ukDate(session.date)} with family ${session.familyReference} will be deleted, and its minutes leave the cost ledger. This cannot be undone.`,
        confirmLabel: 'Delete session',
      })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(MyFamiliesPageActions.sessionDeleteConfirmed({ session })),
      );
  }
}
