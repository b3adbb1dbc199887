import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CostSummary } from '../cost-summary.models';
import { formatPounds } from '../money';
import { ScrollRegion } from '../../../core/layout/scroll-region';

/** The headline totals and the sensitivity range of one cost summary. */
@Component({
  selector: 'att-cost-totals',
  imports: [ScrollRegion],
  templateUrl: './cost-totals.html',
  styleUrl: './cost-totals.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CostTotals {
  readonly summary = input.required<CostSummary>();
  readonly pounds = formatPounds;

  readonly totals = computed(() => {
    const t = this.summary().totals;
    return [
      { label: 'Staff time', value: t.staffTime, note: 'Every costed minute, at its unit cost' },
      { label: 'Resources', value: t.resources, note: 'Equipment, fees, materials and the like' },
      { label: 'Total', value: t.total, note: 'Staff time plus resources' },
      {
        label: 'Resources, equivalent annual cost',
        value: t.equivalentAnnualResources,
        note: 'Durable resources spread over their useful life at the discount rate',
      },
    ];
  });

  readonly sensitivity = computed(() => {
    const s = this.summary().sensitivity;
    return [
      { label: 'Low', value: s.low, note: 'Staff unit costs × 0.8; resources unchanged' },
      { label: 'Base', value: s.base, note: 'Unit costs as recorded' },
      { label: 'High', value: s.high, note: 'Staff unit costs × 1.2; resources unchanged' },
    ];
  });
}
