import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { partOf } from '../../../core/format/words';
import { inProgramme, programmeLink } from '../../../core/programme/programme-urls';
import { BarChart } from '../../cost-summary/bar-chart/bar-chart';
import { BarDatum } from '../../cost-summary/bar-chart/bar-chart.model';
import { CapacityRow, ProgrammeView } from '../home.models';

/**
 * An LA manager's first question: is every practitioner carrying the
 * programme's minimum of families, and which families are overdue a session?
 * A chart of families per practitioner against the minimum, with its table.
 */
@Component({
  selector: 'att-capacity-overview',
  imports: [BarChart, RouterLink],
  template: `
    <section aria-labelledby="capacity-heading" data-testid="capacity-overview">
      <h2 id="capacity-heading">Capacity in {{ programme().name }}</h2>
      <p data-testid="capacity-headline">
        {{ partOf(belowMinimum(), rows().length, 'practitioner', ['has', 'have']) }} fewer than
        {{ programme().minFamiliesPerPractitioner }} families;
        <a [routerLink]="familiesLink()" [queryParams]="{ overdue: 'true' }">{{
          overdueText()
        }}</a>.
      </p>
      <att-bar-chart
        [title]="
          'Families per practitioner against the minimum of ' +
          programme().minFamiliesPerPractitioner
        "
        [bars]="bars()"
        labelHeader="Practitioner"
        valueHeader="Families allocated"
        [detailHeaders]="['Against the minimum', 'Overdue families']"
        linkLabel="open their capacity"
      />
      <p><a [routerLink]="capacityLink()">Open Capacity</a> for hours and sessions.</p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CapacityOverview {
  readonly programme = input.required<ProgrammeView>();
  readonly rows = input.required<readonly CapacityRow[]>();

  readonly belowMinimum = computed(() => this.rows().filter((r) => r.belowMinimum).length);
  readonly partOf = partOf;
  readonly overdueText = computed(() => {
    const n = this.rows().reduce((sum, r) => sum + r.familiesOverdue, 0);
    return n === 1
      ? '1 active family is overdue a session'
      : `${n} active families are overdue a session`;
  });
  readonly bars = computed<BarDatum[]>(() => {
    const minimum = this.programme().minFamiliesPerPractitioner;
    return this.rows().map((r) => ({
      label: r.code,
      value: r.familiesAllocated,
      display: `${r.familiesAllocated} of ${minimum}`,
      details: [
        r.belowMinimum ? `${minimum - r.familiesAllocated} below` : 'Met',
        String(r.familiesOverdue),
      ],
      link: inProgramme(this.programme().id, `capacity/${encodeURIComponent(r.code)}`),
    }));
  });

  familiesLink(): string[] {
    return programmeLink(this.programme().id, 'families');
  }
  capacityLink(): string[] {
    return programmeLink(this.programme().id, 'capacity');
  }
}
