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
import { Milestone, MilestoneInput, RecordEdit, labelOf } from '../records.models';
import { MilestoneForm } from '../milestone-form/milestone-form';
import { localToday } from '../../supervision-form/supervision-form';
import { ScrollRegion } from '../../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../../core/layout/cards-on-phone';
import { UkDatePipe } from '../../../../core/format/uk-date';

/** Milestones per trainee, and the form that records one (supervisors and admins). */
@Component({
  selector: 'att-milestones-page',
  imports: [CardsOnPhone, ScrollRegion, MilestoneForm, MatButtonModule, RouterLink, UkDatePipe],
  templateUrl: './milestones-page.html',
  styleUrl: '../records.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MilestonesPage {
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
  readonly milestones = this.store.selectSignal(recordsFeature.selectMilestones);
  readonly trainee = this.store.selectSignal(recordsFeature.selectTrainee);
  readonly loading = this.store.selectSignal(recordsFeature.selectLoading);
  readonly loadError = this.store.selectSignal(recordsFeature.selectLoadError);
  readonly saving = this.store.selectSignal(recordsFeature.selectSaving);
  readonly saveError = this.store.selectSignal(recordsFeature.selectSaveError);
  readonly conflictId = this.store.selectSignal(recordsFeature.selectConflictId);
  readonly message = this.store.selectSignal(recordsFeature.selectMessage);
  readonly saved = this.store.selectSignal(recordsFeature.selectSaved);
  readonly editing = this.store.selectSignal(recordsFeature.selectEditingMilestone);
  readonly practitioners = computed(() => this.options()?.practitioners ?? []);
  readonly labelOf = labelOf;

  choose(code: string): void {
    this.store.dispatch(RecordsPageActions.traineeChosen({ practitionerCode: code || null }));
  }

  record(input: MilestoneInput): void {
    this.store.dispatch(RecordsPageActions.milestoneSubmitted({ input }));
  }

  update(change: RecordEdit<MilestoneInput>): void {
    this.store.dispatch(RecordsPageActions.milestoneUpdateSubmitted(change));
  }

  edit(milestone: Milestone): void {
    this.store.dispatch(RecordsPageActions.editMilestone({ milestone }));
  }

  cancel(): void {
    this.store.dispatch(RecordsPageActions.editCancelled());
  }

  /** Deleting asks first, and carries the version shown. */
  remove(m: Milestone): void {
    const what = `the ${labelOf(m.type).toLowerCase()} of ${m.practitionerCode} on ${ukDate(m.date)}`;
    this.confirm
      .ask({
        title: 'Delete this milestone?',
        message: `${labelOf(what)} will be deleted, and the trainee's progress recalculated without it. This cannot be undone.`,
        confirmLabel: 'Delete milestone',
      })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(
          RecordsPageActions.deleteConfirmed({
            kind: 'milestones',
            id: m.id,
            version: m.version,
            what,
          }),
        ),
      );
  }

  reload(id: string): void {
    this.store.dispatch(RecordsPageActions.reloadRequested({ id }));
  }

  constructor() {
    dispatchOnOpen(() =>
      RecordsPageActions.opened({ kind: 'milestones', programmeId: this.programmeId() }),
    );
  }
}
