import { valueHeading, valueLabel } from '@attune/domain';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { filter } from 'rxjs';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { programmeLink } from '../../../core/programme/programme-urls';
import { FamilyAction, FamilySessionView } from '../delivery.models';
import { Confirm } from '../../../core/confirm/confirm';
import { ukDate } from '../../../core/format/uk-date';
import { FamilySessions } from '../family-sessions/family-sessions';
import { sessionCorrector } from '../shared/session-access';
import type { SessionChanges } from '../time.api';
import { CollectionPoints } from '../collection-points/collection-points';
import { FamilyActions } from '../family-actions/family-actions';
import { FamilyRecord } from '../family-record/family-record';
import { PageStatus } from '../page-status';
import { dispatchOnOpen, todayIso } from '../shared/request-state';
import { FamilyPageActions } from './family.actions';
import { familyFeature } from './family.feature';

/** Roles that may change a family (the API checks again, and scopes to the manager's LA). */
const MANAGERS = new Set(['la_manager', 'admin']);

/** One family by its pseudonymous reference: history, fidelity, and the actions now allowed. */
@Component({
  selector: 'att-family-page',
  imports: [
    PageStatus,
    FamilyRecord,
    FamilyActions,
    CollectionPoints,
    FamilySessions,
    RouterLink,
    MatButtonModule,
  ],
  template: `
    <section class="page">
      <p><a [routerLink]="familiesLink()">← Families</a></p>
      <h1>Family {{ reference() }}</h1>
      <att-page-status
        [message]="message()"
        [warnings]="warnings()"
        [saveError]="saveError()"
        [loadError]="loadError()"
        [loading]="loading()"
      />
      @if (problems().length > 0) {
        <ul class="error-text" role="alert" data-testid="problems">
          @for (p of problems(); track p.field) {
            <li>{{ p.field }}: {{ p.problem }}</li>
          }
        </ul>
      }
      @if (conflict()) {
        <p>
          <button mat-flat-button type="button" data-testid="reload" (click)="reload()">
            Reload this family
          </button>
        </p>
      }
      @if (family(); as f) {
        <dl class="summary">
          <dt>Local authority</dt>
          <dd>{{ f.laCode }}</dd>
          <dt>Status</dt>
          <dd data-testid="status">
            {{ label(f.status) }}{{ f.statusReason ? ' (' + label(f.statusReason) + ')' : '' }}
            {{ f.statusDate ? 'since ' + date(f.statusDate) : '' }}
          </dd>
          <dt>Trial arm</dt>
          <dd data-testid="arm">
            @if (f.status === 'referred') {
              awaiting randomisation
            } @else {
              {{ label(f.trialArm)
              }}{{ f.randomisationDate ? ', randomised ' + date(f.randomisationDate) : ''
              }}{{
                f.outsideTrialReason ? ' (outside the trial: ' + f.outsideTrialReason + ')' : ''
              }}
            }
          </dd>
          <dt>Baseline questionnaire</dt>
          <dd data-testid="baseline">
            {{ f.baselineCompletedOn ? date(f.baselineCompletedOn) : 'not recorded' }}
          </dd>
          @if (f.followUp4mDueOn) {
            <dt>Four-month follow-up</dt>
            <dd data-testid="follow-up">
              due {{ date(f.followUp4mDueOn)
              }}{{
                f.followUp4mStatus
                  ? ', ' + label(f.followUp4mStatus) + ' ' + date(f.followUp4mOn)
                  : ''
              }}
            </dd>
          }
          <dt>Practitioner</dt>
          <dd>{{ f.practitionerCode ?? 'not allocated' }}</dd>
          <dt>Referred</dt>
          <dd>{{ date(f.referralDate) }} (plan: {{ f.planAtReferral }})</dd>
          <dt>Referred by</dt>
          <dd>{{ f.referralSource ? heading(f.referralSource) : 'not recorded' }}</dd>
          <dt>Court proceedings</dt>
          <dd>{{ f.courtProceedings ? 'Yes' : 'No' }}</dd>
          <dt>Six-month outcome</dt>
          <dd>
            {{ f.outcome6m ? label(f.outcome6m) : 'not recorded'
            }}{{ f.outcome6mDueOn ? ' (due ' + date(f.outcome6mDueOn) + ')' : '' }}
          </dd>
          <dt>Sessions held</dt>
          <dd>
            {{ f.sessionsHeld }}, last
            {{ f.lastHeldSessionDate ? date(f.lastHeldSessionDate) : 'none yet' }}
            @if (f.overdue) {
              <strong
                ><span aria-hidden="true">⏰ </span>Overdue: no held session for over 14
                days</strong
              >
            }
          </dd>
        </dl>
        <att-family-actions
          [family]="f"
          [practitioners]="practitioners()"
          [canManage]="canManage()"
          [busy]="saving()"
          [today]="today"
          (submitted)="act($event)"
        />
        @if (canManage()) {
          <att-collection-points
            [family]="f"
            [canManage]="canManage()"
            [busy]="saving()"
            [today]="today"
            (submitted)="act({ kind: 'collection', changes: $event })"
          />
        }
        <att-family-record [family]="f" />
        <att-family-sessions
          [sessions]="sessions()"
          [canChange]="canChangeSession()"
          [busy]="saving()"
          [today]="today"
          (changed)="changeSession($event.session, $event.changes)"
          (remove)="removeSession($event)"
        />
      }
    </section>
  `,
  styles: `
    .summary {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dd {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class FamilyPage {
  private readonly store = inject(Store);
  /** From the address (`/p/:programmeId/families/:reference`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly reference = input.required<string>();
  readonly today = todayIso();
  readonly family = this.store.selectSignal(familyFeature.selectFamily);
  readonly practitioners = this.store.selectSignal(familyFeature.selectPractitioners);
  readonly conflict = this.store.selectSignal(familyFeature.selectConflict);
  readonly loading = this.store.selectSignal(familyFeature.selectLoading);
  readonly loadError = this.store.selectSignal(familyFeature.selectLoadError);
  readonly saving = this.store.selectSignal(familyFeature.selectSaving);
  readonly saveError = this.store.selectSignal(familyFeature.selectSaveError);
  readonly problems = this.store.selectSignal(familyFeature.selectProblems);
  readonly message = this.store.selectSignal(familyFeature.selectMessage);
  readonly warnings = this.store.selectSignal(familyFeature.selectWarnings);
  private readonly role = this.store.selectSignal(authFeature.selectRole);
  readonly canManage = computed(() => MANAGERS.has(this.role() ?? ''));
  readonly sessions = this.store.selectSignal(familyFeature.selectSessions);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  private readonly confirm = inject(Confirm);
  readonly canChangeSession = computed(() => sessionCorrector(this.user()));
  readonly familiesLink = computed(() => programmeLink(this.programmeId(), 'families'));

  constructor() {
    dispatchOnOpen(() => this.opened());
  }

  private opened() {
    return FamilyPageActions.opened({
      programmeId: this.programmeId(),
      reference: this.reference(),
    });
  }

  act(action: FamilyAction): void {
    this.store.dispatch(FamilyPageActions.actionSubmitted({ action }));
  }

  changeSession(session: FamilySessionView, changes: SessionChanges): void {
    this.store.dispatch(FamilyPageActions.sessionChangeSubmitted({ session, changes }));
  }

  /** Deleting asks first, and carries the version shown. */
  removeSession(session: FamilySessionView): void {
    this.confirm
      .ask({
        title: 'Delete this session?',
        message: `The ${valueLabel(session.type)} session of ${ukDate(session.date)} with family ${session.familyReference} will be deleted, and its minutes leave the cost ledger. This cannot be undone.`,
        confirmLabel: 'Delete session',
      })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(FamilyPageActions.sessionDeleteConfirmed({ session })));
  }

  /** After a 409: read the family again (with its new version) before trying again. */
  reload(): void {
    this.store.dispatch(this.opened());
  }

  readonly label = valueLabel;
  readonly heading = valueHeading;
  readonly date = ukDate;
}
