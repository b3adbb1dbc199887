import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { deliveryWindow } from '@attune/domain';
import { MatButtonModule } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';
import { authFeature } from '../../../core/auth/auth.feature';
import { Confirm } from '../../../core/confirm/confirm';
import { ukDate } from '../../../core/format/uk-date';
import { programmeFeature } from '../../../core/programme/programme.feature';
import { TimeEntryInput, TimeEntryView } from '../delivery.models';
import { PageStatus } from '../page-status';
import { dispatchOnOpen, exportHref, todayIso } from '../shared/request-state';
import { addDays, defaultEntryDate, entryDateInWeek, weekRange, weekStart } from '../shared/week';
import { describeTime } from '../shared/write-failure';
import { timeQuery } from '../time.api';
import { TimeForm } from '../time-form/time-form';
import { TimeWeek } from '../time-week/time-week';
import { MyTimePageActions } from './my-time.actions';
import { myTimeFeature } from './my-time.feature';

/** The caller's own time, a week at a time: quick entry, and correcting what was recorded. */
@Component({
  selector: 'att-my-time-page',
  imports: [TimeForm, TimeWeek, PageStatus, MatButtonModule],
  templateUrl: './my-time-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MyTimePage {
  private readonly store = inject(Store);
  private readonly confirm = inject(Confirm);
  /** From the address (`/p/:programmeId/my-time`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly today = todayIso();
  private readonly programme = this.store.selectSignal(programmeFeature.selectCurrent);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  readonly staffCode = computed(() => this.user()?.staffCode ?? null);
  /** The dates a record may carry: the domain's rule on the programme in the address. */
  readonly window = computed(() => {
    const p = this.programme();
    return p ? deliveryWindow(p, this.today) : null;
  });
  readonly monday = this.store.selectSignal(myTimeFeature.selectMonday);
  readonly entries = this.store.selectSignal(myTimeFeature.selectEntries);
  readonly families = this.store.selectSignal(myTimeFeature.selectFamilies);
  readonly editing = this.store.selectSignal(myTimeFeature.selectEditing);
  readonly stale = this.store.selectSignal(myTimeFeature.selectStale);
  readonly loading = this.store.selectSignal(myTimeFeature.selectLoading);
  readonly loadError = this.store.selectSignal(myTimeFeature.selectLoadError);
  readonly saving = this.store.selectSignal(myTimeFeature.selectSaving);
  readonly saveError = this.store.selectSignal(myTimeFeature.selectSaveError);
  readonly problems = this.store.selectSignal(myTimeFeature.selectProblems);
  readonly message = this.store.selectSignal(myTimeFeature.selectMessage);
  readonly warnings = this.store.selectSignal(myTimeFeature.selectWarnings);
  readonly saved = this.store.selectSignal(myTimeFeature.selectSaved);
  readonly defaultDate = computed(() =>
    this.monday() ? entryDateInWeek(this.monday(), this.today, this.window()) : null,
  );
  readonly csvHref = computed(() =>
    this.monday()
      ? exportHref(
          this.programmeId(),
          'time-entries.csv',
          timeQuery(weekRange(this.monday())).toString(),
        )
      : null,
  );

  constructor() {
    dispatchOnOpen(() =>
      MyTimePageActions.opened({
        programmeId: this.programmeId(),
        staffCode: this.staffCode(),
        // The week of a day records may carry: this week, or the programme's last once it has ended.
        monday: weekStart(defaultEntryDate(this.today, this.window())),
        withFamilies: this.user()?.role === 'practitioner',
      }),
    );
  }

  showWeek(days: number): void {
    this.store.dispatch(MyTimePageActions.weekChanged({ monday: addDays(this.monday(), days) }));
  }

  save(entry: TimeEntryInput): void {
    const editing = this.editing();
    this.store.dispatch(
      editing
        ? MyTimePageActions.changeSubmitted({ entry: editing, changes: entry })
        : MyTimePageActions.timeSubmitted({ entry }),
    );
  }

  edit(entry: TimeEntryView): void {
    this.store.dispatch(MyTimePageActions.editStarted({ id: entry.id }));
  }

  cancel(): void {
    this.store.dispatch(MyTimePageActions.editCancelled());
  }

  /** Deleting asks first; the delete carries the version shown, so a changed entry is not lost. */
  remove(entry: TimeEntryView): void {
    this.confirm
      .ask({
        title: 'Delete this time entry?',
        message: `${describeTime(entry, ukDate)} will be deleted. This cannot be undone.`,
        confirmLabel: 'Delete entry',
      })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(MyTimePageActions.deleteConfirmed({ entry })));
  }

  reload(): void {
    this.store.dispatch(MyTimePageActions.reloadRequested());
  }
}
