import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { CostGap } from '@attune/contract';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { HeadingPipe, LabelPipe } from '../../../core/format/words';
import { UkDatePipe } from '../../../core/format/uk-date';

/**
 * The ledger lines no unit cost covers, left out of every figure on the page:
 * one row per gap, each with a link that opens the unit-cost form for that
 * role and period. Announced as a status, so a screen reader hears that the
 * totals are incomplete when the summary arrives.
 */
@Component({
  selector: 'att-cost-gaps',
  imports: [ScrollRegion, MatButtonModule, RouterLink, UkDatePipe, HeadingPipe, LabelPipe],
  templateUrl: './cost-gaps.html',
  styleUrl: './cost-gaps.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CostGaps {
  readonly programmeId = input.required<string>();
  readonly gaps = input.required<readonly CostGap[]>();

  readonly lines = computed(() => this.gaps().reduce((n, g) => n + g.lines, 0));
  readonly unitCostsLink = computed(() => ['/p', this.programmeId(), 'unit-costs']);

  /** The unit-cost form's query: it opens prefilled with the role and the gap's period. */
  addQuery(gap: CostGap): Record<string, string> {
    return { add: '1', costRole: gap.costRole, from: gap.from, to: gap.to };
  }
}
