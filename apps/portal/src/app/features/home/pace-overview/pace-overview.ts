import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SUPERVISION_GAP_FLAG_DAYS, daysBetween } from '@attune/domain';
import { ukDate } from '../../../core/format/uk-date';
import { label } from '../../../core/format/words';
import { supervisionGap } from '../../supervision/progress-text';
import { programmeLink } from '../../../core/programme/programme-urls';
import { BarChart } from '../../cost-summary/bar-chart/bar-chart';
import { BarDatum } from '../../cost-summary/bar-chart/bar-chart.model';
import { AccreditationDetailRow, AccreditationDetails, ProgrammeView } from '../home.models';

/**
 * A trainee's projection in a few words. Paused and withdrawn trainees are not
 * late; an active one with no recent cycles has no projection and is off track
 * (counted so in the headline), which the words must say too.
 */
export function paceWords(
  r: Pick<AccreditationDetailRow, 'status' | 'onTrack' | 'projectedAccreditationDate'>,
): string {
  if (r.status !== 'active') return label(r.status);
  const projected = r.projectedAccreditationDate;
  if (!projected) return 'no recent pace, off track';
  return `${ukDate(projected)}, ${r.onTrack ? 'on track' : 'late'}`;
}

/**
 * A supervisor's first question: who will not be accredited by the delivery
 * end at their pace, and whose supervision is overdue. The chart puts each
 * projected accreditation beside the delivery end, on one time scale, with its table.
 */
@Component({
  selector: 'att-pace-overview',
  imports: [BarChart, RouterLink],
  template: `
    <section aria-labelledby="pace-heading" data-testid="pace-overview">
      <h2 id="pace-heading">Accreditation pace in {{ programme().name }}</h2>
      <p data-testid="pace-headline">
        {{ offTrack() }} of {{ trainees().length }} off track for accreditation by the delivery end
        ({{ deliveryEnd() }}).
      </p>
      <p data-testid="supervision-overdue" [class.flag]="overdue().length > 0">
        @if (overdue().length === 0) {
          No active practitioner has gone more than {{ gapDays }} days without supervision.
        } @else {
          Supervision overdue (more than {{ gapDays }} days): {{ overdue().join(', ') }}.
        }
      </p>
      <att-bar-chart
        title="Projected accreditation against the delivery end"
        [bars]="bars()"
        labelHeader="Practitioner"
        valueHeader="Projected accreditation"
        [detailHeaders]="['Cycles', 'Days since supervision']"
      />
      <p>
        <a [routerLink]="accreditationLink()">Open Accreditation</a> for each practitioner's
        requirements.
      </p>
    </section>
  `,
  styles: `
    .flag {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaceOverview {
  readonly programme = input.required<ProgrammeView>();
  readonly progress = input.required<AccreditationDetails>();

  readonly gapDays = SUPERVISION_GAP_FLAG_DAYS;
  readonly trainees = computed(() => this.progress().items);
  readonly deliveryEnd = computed(() => ukDate(this.progress().deliveryEnd));
  readonly offTrack = computed(() => this.trainees().filter((r) => r.onTrack === false).length);
  /** The overdue flag of the Accreditation page: active, and no supervision for over the gap. */
  readonly overdue = computed(() =>
    this.trainees()
      .filter((r) => supervisionGap(r).flagged)
      .map((r) => r.displayName ?? r.code),
  );
  /** Bar lengths are days from the programme's start, so the delivery end's bar is the line to reach. */
  readonly bars = computed<BarDatum[]>(() => {
    const start = this.programme().startDate;
    const { deliveryEnd } = this.progress();
    const reference: BarDatum = {
      label: 'Delivery end',
      value: Math.max(0, daysBetween(start, deliveryEnd)),
      display: ukDate(deliveryEnd),
      details: ['', ''],
    };
    return [
      reference,
      ...this.trainees().map((r) => {
        const projected = r.projectedAccreditationDate;
        return {
          label: r.displayName ?? r.code,
          value: projected ? Math.max(0, daysBetween(start, projected)) : 0,
          display: paceWords(r),
          details: [
            String(r.cyclesCompleted),
            r.daysSinceSupervision === null ? 'never' : String(r.daysSinceSupervision),
          ],
        };
      }),
    ];
  });

  accreditationLink(): string[] {
    return programmeLink(this.programme().id, 'accreditation');
  }
}
