import { valueLabel } from '@attune/domain';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FamilyDetail } from '../delivery.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';
import { UkDatePipe } from '../../../core/format/uk-date';

/** A family's status history and fidelity checklist; pass or not is said in words, not colour. */
@Component({
  selector: 'att-family-record',
  imports: [CardsOnPhone, ScrollRegion, UkDatePipe],
  template: `
    <h2 id="fidelity-heading">Fidelity checklist</h2>
    <ul class="checks" aria-labelledby="fidelity-heading">
      @for (c of family().fidelity.checks; track c.key) {
        <li [attr.data-check]="c.key" [class.passed]="c.passed">
          <strong>{{ c.passed ? 'Met' : 'Not yet met' }}:</strong> {{ c.label }} ({{ c.detail }})
        </li>
      }
    </ul>
    <div attScrollRegion>
      <table attCardsOnPhone class="history">
        <caption>
          Status history
        </caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Date</th>
            <th scope="col">Reason</th>
            <th scope="col">Recorded</th>
          </tr>
        </thead>
        <tbody>
          @for (h of family().history; track $index) {
            <tr>
              <th scope="row">{{ label(h.status) }}</th>
              <td>{{ h.statusDate | ukDate }}</td>
              <td>{{ h.statusReason ? label(h.statusReason) : '—' }}</td>
              <td>{{ h.recordedAt.slice(0, 16).replace('T', ' ') }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="4">No changes recorded yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    table {
      border-collapse: collapse;
      margin-block: 8px;
    }
    th,
    td {
      padding: 4px 8px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #ddd);
    }
    .checks li.passed strong {
      color: var(--mat-sys-primary, #1b5e20);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FamilyRecord {
  readonly family = input.required<FamilyDetail>();

  readonly label = valueLabel;
}
