import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CostSummary } from '../cost-summary.models';
import { formatPounds } from '../money';
import { ScrollRegion } from '../../../core/layout/scroll-region';

interface UnitRow {
  unit: string;
  meaning: string;
  count: number;
  cost: string;
  /** Why there is no cost, when the count is zero. */
  why: string | null;
}

/** The total per family and per practitioner; a count of zero has no cost per unit, and says why. */
@Component({
  selector: 'att-unit-costs',
  imports: [ScrollRegion],
  templateUrl: './unit-costs.html',
  styleUrl: './unit-costs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitCosts {
  readonly perFamily = input.required<CostSummary['perFamily']>();
  readonly perPractitioner = input.required<CostSummary['perPractitioner']>();

  readonly rows = computed((): UnitRow[] => {
    const f = this.perFamily();
    const p = this.perPractitioner();
    const row = (
      unit: string,
      meaning: string,
      { count, cost }: { count: number; cost: string | null },
      why: string,
    ): UnitRow => ({
      unit,
      meaning,
      count,
      cost: formatPounds(cost),
      why: cost === null ? why : null,
    });
    return [
      row(
        'Per family allocated',
        'Intervention families given a practitioner, whatever happened next',
        f.allocated,
        'No family has been allocated a practitioner, so there is no cost per family allocated.',
      ),
      row(
        'Per family started',
        'Allocated families with at least one session held',
        f.started,
        'No allocated family has had a session held yet, so there is no cost per family started.',
      ),
      row(
        'Per family completed',
        'Families whose status is completed',
        f.completed,
        'No family has completed yet, so there is no cost per family completed.',
      ),
      row(
        'Per practitioner trained',
        'Staff who attended an initial course',
        p.trained,
        'No one has attended an initial course yet, so there is no cost per practitioner trained.',
      ),
      row(
        'Per practitioner accredited',
        'Practitioners who passed accreditation',
        p.accredited,
        'No practitioner has passed accreditation yet, so there is no cost per practitioner accredited.',
      ),
    ];
  });
}
