import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { valueHeading } from '@attune/domain';
import type { ComponentStatus } from '../health.feature';
import { HealthReport } from '../health.models';

const MARKS: Record<ComponentStatus, string> = { up: '✓', down: '✗', unknown: '?' };

/** The status of each part in words (colour and mark only repeat them). */
@Component({
  selector: 'att-health-status',
  imports: [DatePipe, DecimalPipe],
  templateUrl: './health-status.html',
  styleUrl: './health-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HealthStatus {
  readonly api = input.required<ComponentStatus>();
  readonly database = input.required<ComponentStatus>();
  readonly report = input<HealthReport | null>(null);
  readonly error = input<string | null>(null);
  readonly checkedAt = input<string | null>(null);
  readonly loading = input(false);
  readonly latencyMs = computed(() => this.report()?.database.latencyMs ?? null);

  word(status: ComponentStatus): string {
    return valueHeading(status);
  }

  mark(status: ComponentStatus): string {
    return MARKS[status];
  }
}
