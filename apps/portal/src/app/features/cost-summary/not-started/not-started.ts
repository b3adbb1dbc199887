import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PercentPipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { valueHeading, valueLabel } from '@attune/domain';
import type { CostSummary, NotProceededSummary } from '@attune/contract';
import { formatMinutes, formatPounds } from '../money';
import { laLabel } from '../cost-summary.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { ledgerQueryParams } from '../../ledger/ledger-query';

/** Why a referral never started, in the domain's words: allocated and never seen, or not proceeded and why. */
export function notStartedReason(reason: string): string {
  return reason === 'never_started' ? valueHeading(reason) : `Not proceeded: ${valueLabel(reason)}`;
}

/** The staff time spent on referrals that never started, in total and by LA and reason. */
@Component({
  selector: 'att-not-started',
  imports: [ScrollRegion, PercentPipe, RouterLink],
  template: `
    @if (notProceeded(); as np) {
      <p data-testid="not-proceeded-rate">
        {{ np.notProceeded }} of {{ np.referred }} referrals did not proceed
        @if (np.rate !== null) {
          ({{ np.rate | percent: '1.0-1' }})
        }
        .
        <a [href]="notProceededCsv()" download>Download the reasons (CSV)</a>
      </p>
    }
    <p>
      {{ notStarted().families }} families took
      <strong>{{ minutes(notStarted().minutes) }}</strong> of staff time costing
      <strong
        ><a [routerLink]="ledgerLink()" [queryParams]="params(notStarted().ledgerQuery)">{{
          pounds(notStarted().cost)
        }}</a></strong
      >
      without starting: allocated and never seen, or referred and not proceeded.
    </p>
    @if (notStarted().breakdown.length > 0) {
      <div attScrollRegion>
        <table>
          <caption>
            Referrals that never started, by local authority and reason
          </caption>
          <thead>
            <tr>
              <th scope="col">Local authority</th>
              <th scope="col">Reason</th>
              <th scope="col">Families</th>
              <th scope="col">Time</th>
              <th scope="col">Cost</th>
            </tr>
          </thead>
          <tbody>
            @for (row of notStarted().breakdown; track $index) {
              <tr>
                <th scope="row">{{ la(row.laCode ?? 'programme') }}</th>
                <td>{{ reason(row.reason) }}</td>
                <td class="num">{{ row.families }}</td>
                <td class="num">{{ minutes(row.minutes) }}</td>
                <td class="num">
                  <a
                    [routerLink]="ledgerLink()"
                    [queryParams]="params(row.ledgerQuery)"
                    [attr.aria-label]="pounds(row.cost) + ': show its ledger lines'"
                    >{{ pounds(row.cost) }}</a
                  >
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    table {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 0.25rem 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotStarted {
  readonly notStarted = input.required<CostSummary['notStarted']>();
  /** The not-proceeded dashboard's counts, when loaded. */
  readonly notProceeded = input<NotProceededSummary | null>(null);
  readonly programmeId = input('');
  readonly notProceededCsv = () =>
    `/api/programmes/${encodeURIComponent(this.programmeId())}/dashboard/not-proceeded/export`;
  readonly pounds = formatPounds;
  readonly minutes = formatMinutes;
  readonly la = laLabel;
  readonly reason = notStartedReason;
  readonly ledgerLink = () => ['/p', this.programmeId(), 'ledger'];
  readonly params = ledgerQueryParams;
}
