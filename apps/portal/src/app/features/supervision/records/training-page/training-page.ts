import { ChangeDetectionStrategy, Component, input, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { deliveryWindow } from '@attune/domain';
import { Store } from '@ngrx/store';
import { programmeFeature } from '../../../../core/programme/programme.feature';
import { dispatchOnOpen } from '../../../../core/store/dispatch-on-open';
import { RecordsPageActions } from '../records.actions';
import { recordsFeature } from '../records.feature';
import { RecordEdit, TrainingEvent, TrainingEventInput, labelOf } from '../records.models';
import { TrainingForm } from '../training-form/training-form';
import { localToday } from '../../supervision-form/supervision-form';

/** Training events with trainers and attendance, and the form that records one. */
@Component({
  selector: 'att-training-page',
  imports: [TrainingForm, MatButtonModule, RouterLink],
  templateUrl: './training-page.html',
  styleUrl: '../records.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingPage {
  private readonly store = inject(Store);
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

  attendance(event: TrainingEvent): string {
    return event.attendees.map((a) => `${a.staffCode} (${a.minutesAttended} min)`).join(', ');
  }

  constructor() {
    dispatchOnOpen(() =>
      RecordsPageActions.opened({ kind: 'training-events', programmeId: this.programmeId() }),
    );
  }
}
