import { valueLabel } from '@attune/domain';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { PractitionerView, StaffView } from '@attune/contract';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';
import { UkDatePipe } from '../../../core/format/uk-date';

/** The programme's staff, and its practitioners with their status, each with its actions. */
@Component({
  selector: 'att-staff-table',
  imports: [CardsOnPhone, ScrollRegion, UkDatePipe],
  template: `
    <div attScrollRegion>
      <table attCardsOnPhone data-testid="staff-table">
        <caption>
          Staff ({{
            staff().length
          }})
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Name</th>
            <th scope="col">Cost role</th>
            <th scope="col">Local authority</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (s of staff(); track s.code) {
            <tr [attr.data-code]="s.code">
              <th scope="row">{{ s.code }}</th>
              <td>{{ s.displayName }}</td>
              <td>{{ valueLabel(s.costRole) }}</td>
              <td>{{ s.laCode ?? 'Provider (programme-wide)' }}</td>
              <td>
                <button type="button" [disabled]="busy()" (click)="editStaff.emit(s.code)">
                  Edit <span class="visually-hidden">{{ s.code }}</span>
                </button>
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="5">No staff yet.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>

    <div attScrollRegion>
      <table attCardsOnPhone data-testid="practitioners-table">
        <caption>
          Practitioners ({{
            practitioners().length
          }})
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">LA</th>
            <th scope="col">Substantive role</th>
            <th scope="col">FTE</th>
            <th scope="col">VIG hours a week</th>
            <th scope="col">Start date</th>
            <th scope="col">Supervisor</th>
            <th scope="col">Status</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (p of practitioners(); track p.code) {
            <tr [attr.data-code]="p.code" [attr.data-status]="p.status">
              <th scope="row">{{ p.code }}</th>
              <td>{{ p.laCode }}</td>
              <td>{{ valueLabel(p.substantiveRole) }}</td>
              <td>{{ p.fte }}</td>
              <td>{{ p.vigHoursPerWeek }}</td>
              <td>{{ p.startDate | ukDate }}</td>
              <td>{{ p.supervisorCode ?? 'none' }}</td>
              <td>
                {{ valueLabel(p.status) }}
                @if (p.statusDate) {
                  since {{ p.statusDate | ukDate }}
                }
                @if (p.statusReason) {
                  ({{ valueLabel(p.statusReason) }})
                }
              </td>
              <td class="actions">
                <button type="button" [disabled]="busy()" (click)="editPractitioner.emit(p.code)">
                  Edit <span class="visually-hidden">{{ p.code }}</span>
                </button>
                <button type="button" [disabled]="busy()" (click)="changeStatus.emit(p.code)">
                  Change status <span class="visually-hidden">of {{ p.code }}</span>
                </button>
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="9">No practitioners yet.</td>
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
      margin-block: 8px 24px;
    }
    th,
    td {
      padding: 4px 8px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #ddd);
    }
    caption {
      text-align: left;
      font-weight: 600;
    }
    .actions {
      display: flex;
      gap: 4px;
      flex-wrap: wrap;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffTable {
  readonly valueLabel = valueLabel;
  readonly staff = input.required<readonly StaffView[]>();
  readonly practitioners = input.required<readonly PractitionerView[]>();
  readonly busy = input(false);
  readonly editStaff = output<string>();
  readonly editPractitioner = output<string>();
  readonly changeStatus = output<string>();
}
