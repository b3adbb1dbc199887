import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { deliveryWindow } from '@attune/domain';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';
import { authFeature } from '../../../core/auth/auth.feature';
import { Confirm } from '../../../core/confirm/confirm';
import { ukDate } from '../../../core/format/uk-date';
import { programmeFeature } from '../../../core/programme/programme.feature';
import { TimeEntryInput, TimeEntryView } from '../delivery.models';
import { PageStatus } from '../page-status';
import { dispatchOnOpen, exportHref, todayIso } from '../shared/request-state';
import {
  addDays,
  defaultEntryDate,
  entryDateInWeek,
  weekHeading,
  weekRange,
  weekStart,
} from '../shared/week';
import { describeTime } from '../shared/write-failure';
import { TeamWeekTable } from '../team-week-table/team-week-table';
import { timeQuery } from '../time.api';
import { TimeForm } from '../time-form/time-form';
import { TimeWeek } from '../time-week/time-week';
import { TeamTimePageActions } from './team-time.actions';
import { teamTimeFeature } from './team-time.feature';

/** An LA manager's team: each person's minutes this week, and recording or correcting their time. */
@Component({
  selector: 'att-team-time-page',
  imports: [PageStatus, TeamWeekTable, TimeForm, TimeWeek, MatButtonModule],
  templateUrl: './team-time-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TeamTimePage {
  private readonly store = inject(Store);
  private readonly confirm = inject(Confirm);
  /** From the address (`/p/:programmeId/team-time`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly today = todayIso();
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  /** A manager's LA is their own; an admin chooses one. */
  readonly ownLa = computed(() => this.user()?.laCode ?? null);
  private readonly programme = this.store.selectSignal(programmeFeature.selectCurrent);
  readonly window = computed(() => {
    const p = this.programme();
    return p ? deliveryWindow(p, this.today) : null;
  });
  readonly laCode = this.store.selectSignal(teamTimeFeature.selectLaCode);
  readonly monday = this.store.selectSignal(teamTimeFeature.selectMonday);
  readonly rows = this.store.selectSignal(teamTimeFeature.selectRows);
  readonly staffCode = this.store.selectSignal(teamTimeFeature.selectStaffCode);
  readonly memberEntries = this.store.selectSignal(teamTimeFeature.selectMemberEntries);
  readonly editing = this.store.selectSignal(teamTimeFeature.selectEditing);
  readonly stale = this.store.selectSignal(teamTimeFeature.selectStale);
  readonly loading = this.store.selectSignal(teamTimeFeature.selectLoading);
  readonly loadError = this.store.selectSignal(teamTimeFeature.selectLoadError);
  readonly saving = this.store.selectSignal(teamTimeFeature.selectSaving);
  readonly saveError = this.store.selectSignal(teamTimeFeature.selectSaveError);
  readonly problems = this.store.selectSignal(teamTimeFeature.selectProblems);
  readonly message = this.store.selectSignal(teamTimeFeature.selectMessage);
  readonly warnings = this.store.selectSignal(teamTimeFeature.selectWarnings);
  readonly saved = this.store.selectSignal(teamTimeFeature.selectSaved);
  readonly weekName = computed(() => (this.monday() ? weekHeading(this.monday()) : ''));
  readonly defaultDate = computed(() =>
    this.monday() ? entryDateInWeek(this.monday(), this.today, this.window()) : null,
  );
  readonly csvHref = computed(() => {
    const laCode = this.laCode();
    if (!laCode || !this.monday()) return null;
    const query = timeQuery({ ...weekRange(this.monday()), laCode }).toString();
    return exportHref(this.programmeId(), 'time-entries.csv', query);
  });

  constructor() {
    dispatchOnOpen(() =>
      TeamTimePageActions.opened({
        programmeId: this.programmeId(),
        laCode: this.ownLa() ?? untracked(this.laCode),
        monday: untracked(this.monday) || weekStart(defaultEntryDate(this.today, this.window())),
      }),
    );
  }

  chooseLa(value: string): void {
    const laCode = value.trim().toUpperCase();
    if (laCode) this.store.dispatch(TeamTimePageActions.laChosen({ laCode }));
  }

  showWeek(days: number): void {
    this.store.dispatch(TeamTimePageActions.weekChanged({ monday: addDays(this.monday(), days) }));
  }

  choose(staffCode: string): void {
    this.store.dispatch(TeamTimePageActions.memberChosen({ staffCode }));
  }

  save(entry: TimeEntryInput): void {
    const editing = this.editing();
    this.store.dispatch(
      editing
        ? TeamTimePageActions.changeSubmitted({ entry: editing, changes: entry })
        : TeamTimePageActions.timeSubmitted({ entry }),
    );
  }

  edit(entry: TimeEntryView): void {
    this.store.dispatch(TeamTimePageActions.editStarted({ id: entry.id }));
  }

  cancel(): void {
    this.store.dispatch(TeamTimePageActions.editCancelled());
  }

  remove(entry: TimeEntryView): void {
    this.confirm
      .ask({
        title: `Delete this time entry of ${entry.staffCode}?`,
        message: `${describeTime(entry, ukDate)} will be deleted. This cannot be undone.`,
        confirmLabel: 'Delete entry',
      })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(TeamTimePageActions.deleteConfirmed({ entry })));
  }

  reload(): void {
    this.store.dispatch(TeamTimePageActions.reloadRequested());
  }
}
