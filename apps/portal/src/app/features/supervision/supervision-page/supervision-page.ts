import { UkDatePipe } from '../../../core/format/uk-date';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { ChangeDetectionStrategy, Component, computed, input, inject } from '@angular/core';
import { deliveryWindow } from '@attune/domain';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';
import { Confirm } from '../../../core/confirm/confirm';
import { ukDate } from '../../../core/format/uk-date';
import { LabelPipe } from '../../../core/format/words';
import { programmeFeature } from '../../../core/programme/programme.feature';
import { dispatchOnOpen } from '../../../core/store/dispatch-on-open';
import { hours } from '../progress-text';
import { SupervisionPageActions } from '../supervision.actions';
import { supervisionFeature } from '../supervision.feature';
import { SupervisionInput, SupervisionSession } from '../supervision.models';
import { localToday, SupervisionForm } from '../supervision-form/supervision-form';
import { TraineeCard } from '../trainee-card/trainee-card';

/** The supervisor's dashboard: trainees by risk, the log form, and recent sessions to correct. */
@Component({
  selector: 'att-supervision-page',
  imports: [
    UkDatePipe,
    LabelPipe,
    MatDatepickerModule,
    TraineeCard,
    SupervisionForm,
    MatButtonModule,
    RouterLink,
  ],
  templateUrl: './supervision-page.html',
  styleUrl: './supervision-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionPage {
  private readonly store = inject(Store);
  private readonly confirm = inject(Confirm);
  /** The programme of the address (`/p/:programmeId/...`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly programme = this.store.selectSignal(programmeFeature.selectCurrent);
  /** The dates a session may carry: the domain's rule on the programme in the address. */
  readonly window = computed(() => {
    const p = this.programme();
    return p ? deliveryWindow(p, localToday()) : null;
  });
  readonly progress = this.store.selectSignal(supervisionFeature.selectProgress);
  readonly options = this.store.selectSignal(supervisionFeature.selectOptions);
  readonly sessions = this.store.selectSignal(supervisionFeature.selectSessions);
  readonly loading = this.store.selectSignal(supervisionFeature.selectLoading);
  readonly loadError = this.store.selectSignal(supervisionFeature.selectLoadError);
  readonly saving = this.store.selectSignal(supervisionFeature.selectSaving);
  readonly saveError = this.store.selectSignal(supervisionFeature.selectSaveError);
  readonly conflictId = this.store.selectSignal(supervisionFeature.selectConflictId);
  readonly message = this.store.selectSignal(supervisionFeature.selectMessage);
  readonly saved = this.store.selectSignal(supervisionFeature.selectSaved);
  readonly editing = this.store.selectSignal(supervisionFeature.selectEditing);
  readonly hours = hours;
  readonly asOf = this.store.selectSignal(supervisionFeature.selectAsOf);

  showAsOf(value: string): void {
    this.store.dispatch(SupervisionPageActions.asOfChanged({ asOf: value || null }));
  }

  log(input: SupervisionInput): void {
    this.store.dispatch(SupervisionPageActions.logSubmitted({ input }));
  }

  update(change: { id: string; version: number; input: SupervisionInput }): void {
    this.store.dispatch(SupervisionPageActions.updateSubmitted(change));
  }

  edit(session: SupervisionSession): void {
    this.store.dispatch(SupervisionPageActions.editRequested({ session }));
  }

  cancel(): void {
    this.store.dispatch(SupervisionPageActions.editCancelled());
  }

  /** Deleting asks first, and carries the version shown. */
  remove(session: SupervisionSession): void {
    this.confirm
      .ask({
        title: 'Delete this supervision session?',
        message: `The ${session.format} supervision of ${ukDate(session.date)} with ${this.attendees(session)} will be deleted, and its minutes leave the accreditation progress and the cost ledger. This cannot be undone.`,
        confirmLabel: 'Delete session',
      })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(SupervisionPageActions.deleteConfirmed({ session })));
  }

  /** Every supervision session the caller may see, one row per attendee (scoped on the server). */
  readonly csvHref = computed(
    () => `/api/programmes/${encodeURIComponent(this.programmeId())}/supervision-sessions.csv`,
  );

  reload(id: string): void {
    this.store.dispatch(SupervisionPageActions.reloadRequested({ id }));
  }

  attendees(session: SupervisionSession): string {
    return session.attendees.map((a) => a.practitionerCode).join(', ');
  }

  constructor() {
    dispatchOnOpen(() =>
      SupervisionPageActions.opened({ view: 'supervisor', programmeId: this.programmeId() }),
    );
  }
}
