import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CardsOnPhone } from '../../../core/layout/cards-on-phone';
import { ukDate, ukDateTime } from '../../../core/format/uk-date';
import { programmeLink } from '../../../core/programme/programme-urls';
import { ProgrammeView } from '../home.models';

/** Where a programme is in its life on a given day. */
export function programmeStage(
  programme: Pick<ProgrammeView, 'startDate' | 'intakeEnd' | 'deliveryEnd'>,
  today: string,
): string {
  if (today < programme.startDate) return 'Not started';
  if (today <= programme.intakeEnd) return 'Taking referrals';
  if (today <= programme.deliveryEnd) return 'Delivering';
  return 'Delivery ended';
}

/** An admin's first question: which programmes are there, and where is each in its life? */
@Component({
  selector: 'att-programme-status',
  imports: [CardsOnPhone, RouterLink],
  template: `
    <section aria-labelledby="status-heading" data-testid="programme-status">
      <h2 id="status-heading">Programme status</h2>
      @if (rows().length === 0) {
        <p>No programme yet: <a routerLink="/programmes">import one</a>.</p>
      } @else {
        <div class="scroll">
          <table attCardsOnPhone>
            <caption class="visually-hidden">
              Programmes and where each is in its life
            </caption>
            <thead>
              <tr>
                <th scope="col">Programme</th>
                <th scope="col">Status</th>
                <th scope="col">Runs</th>
                <th scope="col">Local authorities</th>
                <th scope="col">Imported</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="row.link">{{ row.name }}</a>
                  </th>
                  <td>{{ row.stage }}</td>
                  <td>{{ row.runs }}</td>
                  <td>{{ row.las }}</td>
                  <td>{{ row.imported }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.25rem 1rem 0.25rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeStatus {
  readonly programmes = input.required<readonly ProgrammeView[]>();
  readonly today = input.required<string>();

  readonly rows = computed(() =>
    this.programmes().map((p) => ({
      id: p.id,
      name: p.name,
      link: programmeLink(p.id, 'settings'),
      stage: programmeStage(p, this.today()),
      runs: `${ukDate(p.startDate)} to ${ukDate(p.deliveryEnd)}`,
      las: p.localAuthorities.join(', ') || 'none',
      imported: ukDateTime(p.importedAt),
    })),
  );
}
