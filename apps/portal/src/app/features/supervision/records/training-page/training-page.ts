import { ChangeDetectionStrategy, Component, input, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { deliveryWindow } from '@attune/domain';
import { Store } from '@ngrx/store';
import { programmeFeature } from '../../../../core/programme/programme.feature';
import { filter } from 'rxjs';
import { Confirm } from '../../../../core/confirm/confirm';
import { ukDate } from '../../../../core/format/uk-date';
import { dispatchOnOpen } from '../../../../core/store/dispatch-on-open';
import { RecordsPageActions } from '../records.actions';
import { recordsFeature } from '../records.feature';
import { RecordEdit, TrainingEvent, TrainingEventInput, labelOf } from '../records.models';
import { TrainingForm } from '../training-form/training-form';
import { localToday } from '../../supervision-form/supervision-form';
import { ScrollRegion } from '../../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../../core/layout/cards-on-phone';
import { UkDatePipe } from '../../../../core/format/uk-date';

/** Training events with trainers and attendance, and the form that records one. */
@Component({
  selector: 'att-training-page',
  imports: [CardsOnPhone, ScrollRegion, TrainingForm, MatButtonModule, RouterLink, UkDatePipe],
  templateUrl: './training-page.html',
  styleUrl: '../records.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingPage {
  private readonly store = inject(Store);
  private readonly confirm = inject(Confirm);
  /** The programme of the address (`/p/:programmeId/...`), bound by the router. */
  readonly programmeId = input.required<string>();
  private readonly programme = this.store.selectSignal(programmeFeature.selectCurrent);
  /** The dates a record may carry: the domain's rule on the programme in the address. */
  readonly window = computed(() => {
    const p = this.programme();
    return p ? deliveryWindow(p, localToday()) : null;
  });
  readonly options = this.store.selectSignal(recordsFeature.selectOptions);
  readonly events = this.store.selectSignal(recordsFeature.selectEvents);
  readonly loading = this.store.selectSignal(recordsFeature.selectLoading);
  readonly loadError = this.store.selectSignal(recordsFeature.selectLoadError);
  readonly saving = this.store.selectSignal(recordsFeature.selectSaving);
  readonly saveError = this.store.selectSignal(recordsFeature.selectSaveError);
  readonly conflictId = this.store.selectSignal(recordsFeature.selectConflictId);
  readonly message = this.store.selectSignal(recordsFeature.selectMessage);
  readonly saved = this.store.selectSignal(recordsFeature.selectSaved);
  readonly editing = this.store.selectSignal(recordsFeature.selectEditingEvent);
  readonly practitioners = computed(() => this.options()?.practitioners ?? []);
  readonly trainerCode = computed(() => this.options()?.supervisorCode ?? null);
  readonly labelOf = labelOf;

  record(input: TrainingEventInput): void {
    this.store.dispatch(RecordsPageActions.trainingSubmitted({ input }));
  }

  update(change: RecordEdit<TrainingEventInput>): void {
    this.store.dispatch(RecordsPageActions.trainingUpdateSubmitted(change));
  }

  edit(event: TrainingEvent): void {
    this.store.dispatch(RecordsPageActions.editTraining({ event }));
  }

  cancel(): void {
    this.store.dispatch(RecordsPageActions.editCancelled());
  }

  reload(id: string): void {
    this.store.dispatch(RecordsPageActions.reloadRequested({ id }));
  }

  /** Deleting asks first, and carries the version shown. */
  remove(e: TrainingEvent): void {
    const what = `the ${labelOf(e.type).toLowerCase()} of ${ukDate(e.date)}`;
    this.confirm
      .ask({
        title: 'Delete this training event?',
        message: `${labelOf(what)} will be deleted with its attendance, and its minutes leave the cost ledger. This cannot be undone.`,
        confirmLabel: 'Delete training event',
      })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(
          RecordsPageActions.deleteConfirmed({
            kind: 'training-events',
            id: e.id,
            version: e.version,
            what,
          }),
        ),
      );
  }

  /** Every attendance the caller may see, one row per attendee (scoped on the server). */
  readonly csvHref = computed(
    () => `/api/programmes/${encodeURIComponent(this.programmeId())}/training-attendance.csv`,
  );

  attendance(event: TrainingEvent): string {
    return event.attendees.map((a) => `${a.staffCode} (${a.minutesAttended} min)`).join(', ');
  }

  constructor() {
    dispatchOnOpen(() =>
      RecordsPageActions.opened({ kind: 'training-events', programmeId: this.programmeId() }),
    );
  }
}
