import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { programmeLink } from '../../../core/programme/programme-urls';
import { DueCount } from '../home.models';
import { UkDatePipe } from '../../../core/format/uk-date';

/** The trial's collection points due, per programme, each linking to its due list on the Trial page. */
@Component({
  selector: 'att-due-summary',
  imports: [RouterLink, UkDatePipe],
  template: `
    <section aria-labelledby="due-heading" data-testid="due-summary">
      <h2 id="due-heading">Follow-ups and outcomes due</h2>
      @if (error(); as e) {
        <p role="alert">{{ e }}</p>
      } @else if (loading()) {
        <p>Counting what is due…</p>
      } @else {
        <ul>
          @for (c of counts(); track c.programmeId) {
            <li>
              {{ c.programmeName }}:
              <a [routerLink]="trialLink(c.programmeId)" fragment="due">
                {{ c.dueSoon }} due in the next 14 days, {{ c.overdue }} overdue
              </a>
              (as of {{ c.asOf | ukDate }})
            </li>
          } @empty {
            <li>No programme to count.</li>
          }
        </ul>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DueSummary {
  readonly counts = input.required<readonly DueCount[]>();
  readonly loading = input(false);
  readonly error = input<string | null>(null);

  trialLink(programmeId: string): string[] {
    return programmeLink(programmeId, 'trial');
  }
}
