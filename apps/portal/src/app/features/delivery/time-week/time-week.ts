import { valueLabel } from '@attune/domain';
import { duration } from '../../../core/format/words';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TimeEntryView } from '../delivery.models';
import {
  hoursAndMinutes,
  totalMinutes,
  totalsByActivity,
  weekDays,
  weekHeading,
} from '../shared/week';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/**
 * One person's week, Monday to Sunday: each day's entries and the week's
 * totals by activity. Edit and delete are offered on entries not in a
 * signed-off month (the server refuses the others anyway).
 */
@Component({
  selector: 'att-time-week',
  imports: [ScrollRegion, MatButtonModule, CardsOnPhone],
  templateUrl: './time-week.html',
  styleUrl: './time-week.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeWeek {
  /** The Monday of the week shown. */
  readonly monday = input.required<string>();
  readonly entries = input.required<readonly TimeEntryView[]>();
  readonly editingId = input<string | null>(null);
  readonly busy = input(false);
  readonly previous = output<void>();
  readonly next = output<void>();
  readonly edit = output<TimeEntryView>();
  readonly remove = output<TimeEntryView>();

  readonly heading = computed(() => weekHeading(this.monday()));
  readonly days = computed(() => {
    const entries = this.entries();
    return weekDays(this.monday()).map((day) => {
      const mine = entries.filter((e) => e.date === day.date);
      return { ...day, entries: mine, total: hoursAndMinutes(totalMinutes(mine)) };
    });
  });
  readonly totals = computed(() =>
    totalsByActivity(this.entries()).map((t) => ({ ...t, text: hoursAndMinutes(t.minutes) })),
  );
  readonly total = computed(() => hoursAndMinutes(totalMinutes(this.entries())));

  readonly label = valueLabel;
  readonly duration = duration;
}
