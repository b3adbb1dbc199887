import { valueHeading, valueLabel } from '@attune/domain';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FamilyView } from '../delivery.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { UkDatePipe } from '../../../core/format/uk-date';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';

/** Families by pseudonymous reference, with overdue work marked in words. */
@Component({
  selector: 'att-families-table',
  imports: [ScrollRegion, RouterLink, UkDatePipe, CardsOnPhone],
  template: `
    <div attScrollRegion>
      <table class="families" attCardsOnPhone>
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Status</th>
            <th scope="col">Trial arm</th>
            <th scope="col">Practitioner</th>
            <th scope="col">Referred</th>
            <th scope="col">Sessions held</th>
            <th scope="col">Last held session</th>
            <th scope="col">Overdue</th>
          </tr>
        </thead>
        <tbody>
          @for (f of families(); track f.reference) {
            <tr [class.overdue]="f.overdue" [attr.data-reference]="f.reference">
              <th scope="row">
                @if (linkTo(); as base) {
                  <a [routerLink]="link(base, f.reference)">{{ f.reference }}</a>
                } @else {
                  {{ f.reference }}
                }
              </th>
              <td>
                {{ heading(f.status)
                }}{{ f.statusReason ? ' (' + label(f.statusReason) + ')' : '' }}
              </td>
              <td>{{ heading(f.trialArm) }}</td>
              <td>{{ f.practitionerCode ?? '—' }}</td>
              <td>{{ f.referralDate | ukDate }}</td>
              <td>{{ f.sessionsHeld }}</td>
              <td>{{ (f.lastHeldSessionDate | ukDate) || 'none yet' }}</td>
              <td>
                @if (f.overdue) {
                  <span class="flag"
                    ><span aria-hidden="true">⏰ </span>Overdue: no held session for over 14
                    days</span
                  >
                } @else {
                  No
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="8">No families to show.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 4px 8px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #ddd);
    }
    tr.overdue {
      background: var(--mat-sys-error-container, #fde7e9);
    }
    .flag {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FamiliesTable {
  readonly families = input.required<readonly FamilyView[]>();
  readonly caption = input('Families');
  /** The family pages' address, to link each reference to (for those who may open it). */
  readonly linkTo = input<readonly string[] | null>(null);

  link(base: readonly string[], reference: string): string[] {
    return [...base, reference];
  }

  readonly label = valueLabel;
  /** A cell's value starts with a capital, as the other columns' do. */
  readonly heading = valueHeading;
}
