import { plural } from '../../../core/format/words';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Requirement } from '@attune/domain';
import { CyclesChart } from '../cycles-chart/cycles-chart';
import {
  hours,
  requirementPercent,
  requirementText,
  supervisionGap,
  trackText,
} from '../progress-text';
import { TraineeProgress } from '../supervision.models';

/** One trainee's progress: bars per requirement, the gap since supervision, cycles over time. */
@Component({
  selector: 'att-trainee-card',
  imports: [CyclesChart],
  templateUrl: './trainee-card.html',
  styleUrl: './trainee-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TraineeCard {
  readonly row = input.required<TraineeProgress>();
  readonly from = input.required<string>();
  readonly asOf = input.required<string>();
  /** Place in the risk order, 1 = most at risk; 0 hides it. */
  readonly rank = input(0);
  readonly headingLevel = input<2 | 3>(3);

  readonly gap = computed(() => supervisionGap(this.row()));
  readonly track = computed(() => trackText(this.row()));
  readonly offTrack = computed(() => this.row().status === 'active' && this.row().onTrack !== true);
  readonly name = computed(() => {
    const row = this.row();
    return row.displayName ? `${row.displayName} (${row.code})` : row.code;
  });
  /** Cycles needed by the end of the current stage, for the chart's target line. */
  readonly target = computed(() => {
    const row = this.row();
    const cycles = row.requirements.find((r) => r.key === 'cycles');
    return cycles ? row.cyclesCompleted - cycles.achieved + cycles.required : 0;
  });

  readonly hours = hours;
  /** All cycles since the start; the bars below count this stage's only ("3 of 9"). */
  readonly cyclesText = computed(() => `${plural(this.row().cyclesCompleted, 'cycle')} in all`);
  /** "3 sessions, 4 h 30 min supervision". */
  readonly supervisionText = computed(() => {
    const { supervisionSessions: n, supervisionMinutes } = this.row();
    return `${plural(n, 'session')}, ${hours(supervisionMinutes)} supervision`;
  });

  text(r: Requirement): string {
    return requirementText(r);
  }

  percent(r: Requirement): number {
    return requirementPercent(r);
  }
}
