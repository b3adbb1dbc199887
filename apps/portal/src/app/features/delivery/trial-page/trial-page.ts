import { MatDatepickerModule } from '@angular/material/datepicker';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { programmeLink } from '../../../core/programme/programme-urls';
import { PageStatus } from '../page-status';
import { dispatchOnOpen } from '../shared/request-state';
import { TrialFlowDiagram } from '../trial-flow-diagram/trial-flow-diagram';
import { TrialPageActions } from './trial.actions';
import { trialFeature } from './trial.feature';
import { ScrollRegion } from '../../../core/layout/scroll-region';
import { UkDatePipe } from '../../../core/format/uk-date';

/** The trial: its CONSORT flow as of a day (`?asOf=`), by LA, and the collection points due. */
@Component({
  selector: 'att-trial-page',
  imports: [
    ScrollRegion,
    MatDatepickerModule,
    PageStatus,
    TrialFlowDiagram,
    RouterLink,
    UkDatePipe,
  ],
  template: `
    <section class="page">
      <h1>Trial</h1>
      <form (submit)="$event.preventDefault()">
        <span class="att-date-field"
          ><label
            >Counts as of
            <input
              name="asOf"
              [matDatepicker]="asOfPicker"
              placeholder="DD/MM/YYYY"
              [value]="asOf() ?? null"
              (dateChange)="choose($event.value ?? '')"
            /> </label
          ><mat-datepicker-toggle
            [for]="asOfPicker"
            [aria-label]="'Choose the date the counts are as of from a calendar'" /><mat-datepicker
            #asOfPicker
        /></span>
      </form>
      <att-page-status [loadError]="loadError()" [loading]="loading()" />
      @if (flow(); as f) {
        <h2>All local authorities you see</h2>
        <att-trial-flow-diagram [counts]="f.overall" [asOf]="f.asOf" />
        <p><a [href]="csvUrl()" download>Download trial-flow.csv</a></p>
        <h2 id="due">Collection points due in the next 14 days or overdue</h2>
        <div attScrollRegion>
          <table data-testid="due-table">
            <caption class="visually-hidden">
              Follow-ups and outcomes due
            </caption>
            <thead>
              <tr>
                <th scope="col">Family</th>
                <th scope="col">LA</th>
                <th scope="col">What</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              @for (d of due(); track d.reference + d.point) {
                <tr>
                  <td>
                    <a [routerLink]="familyLink(d.reference)">{{ d.reference }}</a>
                  </td>
                  <td>{{ d.laCode }}</td>
                  <td>
                    {{ d.point === 'follow_up_4m' ? 'Four-month follow-up' : 'Six-month outcome' }}
                  </td>
                  <td>{{ d.dueOn | ukDate }}{{ d.overdue ? ' (overdue)' : '' }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="4">Nothing due.</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  // A family's reference is one word: on a phone it must not break at its hyphens.
  styles: `
    td a {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TrialPage {
  private readonly store = inject(Store);
  readonly programmeId = input.required<string>();
  /** `?asOf=` from the address, bound by the router. */
  readonly asOfParam = input<string | undefined>(undefined, { alias: 'asOf' });
  readonly flow = this.store.selectSignal(trialFeature.selectFlow);
  readonly due = this.store.selectSignal(trialFeature.selectDue);
  readonly asOf = this.store.selectSignal(trialFeature.selectAsOf);
  readonly loading = this.store.selectSignal(trialFeature.selectLoading);
  readonly loadError = this.store.selectSignal(trialFeature.selectLoadError);
  readonly csvUrl = computed(() => {
    const asOf = this.asOf();
    return `/api/programmes/${encodeURIComponent(this.programmeId())}/trial-flow.csv${asOf ? `?asOf=${asOf}` : ''}`;
  });

  constructor() {
    dispatchOnOpen(() =>
      TrialPageActions.opened({ programmeId: this.programmeId(), asOf: this.asOfParam() ?? null }),
    );
  }

  choose(asOf: string): void {
    this.store.dispatch(
      TrialPageActions.opened({ programmeId: this.programmeId(), asOf: asOf === '' ? null : asOf }),
    );
  }

  familyLink(reference: string): string[] {
    return programmeLink(this.programmeId(), 'families', reference);
  }
}
