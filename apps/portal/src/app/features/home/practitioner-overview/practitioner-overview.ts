import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { valueHeading } from '@attune/domain';
import { ukDate } from '../../../core/format/uk-date';
import { programmeLink } from '../../../core/programme/programme-urls';
import { BarChart } from '../../cost-summary/bar-chart/bar-chart';
import { BarDatum } from '../../cost-summary/bar-chart/bar-chart.model';
import { requirementPercent, requirementText } from '../../supervision/progress-text';
import { AccreditationDetailRow, FamilyView, ProgrammeView } from '../home.models';

/**
 * A practitioner's first question: which of my families needs a session, and
 * how far am I toward accreditation? Their families, the overdue ones named,
 * and their current stage's requirements as a chart with its table.
 */
@Component({
  selector: 'att-practitioner-overview',
  imports: [BarChart, RouterLink],
  template: `
    <section aria-labelledby="families-heading" data-testid="my-families-overview">
      <h2 id="families-heading">Your families in {{ programme().name }}</h2>
      <p data-testid="families-headline">
        {{ headline() }}
      </p>
      @if (overdue().length > 0) {
        <ul data-testid="sessions-due">
          @for (f of overdue(); track f.reference) {
            <li>{{ f.reference }}: last session {{ lastSession(f) }}</li>
          }
        </ul>
      }
      <p><a [routerLink]="myFamiliesLink()">Open My families</a> to log a session.</p>
    </section>
    <section aria-labelledby="progress-heading" data-testid="my-progress-overview">
      <h2 id="progress-heading">Your progress toward accreditation</h2>
      @if (progress(); as p) {
        <!-- The next requirement names its stage already ("Stage 2: 3 more completed cycles"). -->
        <p data-testid="progress-headline">
          {{ p.nextRequirement ?? 'Stage ' + p.stage + ': accredited' }}.
        </p>
        <att-bar-chart
          [title]="'Stage ' + p.stage + ' requirements, done so far'"
          [bars]="requirementBars()"
          labelHeader="Requirement"
          [detailHeaders]="['In full', 'Done so far']"
          valueHeader="Against what is needed"
        />
      } @else {
        <p>No accreditation record yet.</p>
      }
      <p><a [routerLink]="progressLink()">Open My progress</a> for the whole record.</p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PractitionerOverview {
  readonly programme = input.required<ProgrammeView>();
  readonly families = input.required<readonly FamilyView[]>();
  readonly progress = input<AccreditationDetailRow | null>(null);

  readonly active = computed(() => this.families().filter((f) => f.status === 'active'));
  readonly overdue = computed(() => this.families().filter((f) => f.overdue));
  readonly requirementBars = computed<BarDatum[]>(() =>
    (this.progress()?.requirements ?? []).map((r) => ({
      // The key's words are short enough for the chart's label column; the table gives them in full.
      label: valueHeading(r.key),
      // Said as My progress says it (minutes as hours, a surplus as met): not "675 of 450".
      details: [r.label, requirementText(r)],
      value: requirementPercent(r) / 100,
      // Beside the bar only what fits; the table has the whole sentence.
      display: r.achieved >= r.required ? 'Met' : requirementText(r),
    })),
  );

  readonly headline = computed(() => {
    const active = this.active().length;
    const due = this.overdue().length;
    const families = active === 1 ? '1 active family' : `${active} active families`;
    const sessions =
      due === 0 ? 'none is due a session' : `${due} due a session (none held for over 14 days)`;
    return `${families}; ${sessions}.`;
  });

  lastSession(family: FamilyView): string {
    return family.lastHeldSessionDate ? ukDate(family.lastHeldSessionDate) : 'none yet';
  }
  myFamiliesLink(): string[] {
    return programmeLink(this.programme().id, 'my-families');
  }
  progressLink(): string[] {
    return programmeLink(this.programme().id, 'my-progress');
  }
}
