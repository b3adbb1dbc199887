import { valueLabel } from '@attune/domain';
import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { FOLLOW_UP_STATUSES, SUPPORT_KINDS } from '@attune/domain';
import type { FollowUpStatus, SupportKind } from '@attune/domain';
import { CollectionChanges, FamilyDetail } from '../delivery.models';
import { ukDate, UkDatePipe } from '../../../core/format/uk-date';

/**
 * The evaluation's data-collection points of one family, for a manager: the
 * baseline questionnaire (before randomisation), the four-month follow-up and
 * the support the family needs to take part. Dates and status only: Attune
 * never holds the answers.
 */
@Component({
  selector: 'att-collection-points',
  imports: [MatDatepickerModule, MatButtonModule, UkDatePipe],
  template: `
    <section aria-labelledby="collection-heading">
      <h2 id="collection-heading">Evaluation data collection</h2>
      <form aria-labelledby="baseline-heading" (submit)="$event.preventDefault(); saveBaseline()">
        <h3 id="baseline-heading">Baseline questionnaire</h3>
        <span class="att-date-field"
          ><label
            >Completed on
            <input
              name="baselineCompletedOn"
              [matDatepicker]="baselinePicker"
              placeholder="DD/MM/YYYY"
              required
              aria-describedby="baseline-problem"
              [min]="family().referralDate"
              [max]="baselineMax()"
              [attr.aria-invalid]="baselineProblem() !== null"
              [disabled]="!canManage()"
              [value]="baseline() || null"
              (dateInput)="baseline.set($event.value ?? '')"
            /> </label
          ><mat-datepicker-toggle
            [for]="baselinePicker"
            [aria-label]="'Choose the baseline completion date from a calendar'" /><mat-datepicker
            #baselinePicker
        /></span>
        @if (canManage()) {
          <button
            mat-stroked-button
            type="submit"
            data-testid="save-baseline"
            [disabled]="busy() || baseline() === '' || baselineProblem() !== null"
          >
            Record baseline
          </button>
        }
        <p id="baseline-problem" aria-live="polite">{{ baselineProblem() ?? '' }}</p>
      </form>
      @if (randomised()) {
        <form
          aria-labelledby="follow-up-heading"
          (submit)="$event.preventDefault(); saveFollowUp()"
        >
          <h3 id="follow-up-heading">
            Four-month follow-up (due {{ family().followUp4mDueOn | ukDate }})
          </h3>
          <label
            >Follow-up
            <select
              name="followUp4mStatus"
              [disabled]="!canManage()"
              (change)="followUp.set($any(value($event)))"
            >
              <option value="" [selected]="followUp() === ''">Still to come</option>
              @for (s of followUpStatuses; track s) {
                <option [value]="s" [selected]="s === followUp()">{{ s }}</option>
              }
            </select>
          </label>
          @if (followUp() !== '') {
            <span class="att-date-field"
              ><label
                >On
                <input
                  name="followUp4mOn"
                  [matDatepicker]="followUpPicker"
                  placeholder="DD/MM/YYYY"
                  [min]="family().randomisationDate"
                  [max]="today()"
                  [disabled]="!canManage()"
                  [value]="followUpOn() || null"
                  (dateInput)="followUpOn.set($event.value ?? '')"
                /> </label
              ><mat-datepicker-toggle
                [for]="followUpPicker"
                [aria-label]="'Choose the follow-up date from a calendar'" /><mat-datepicker
                #followUpPicker
            /></span>
          }
          @if (canManage()) {
            <button mat-stroked-button type="submit" [disabled]="busy()">Record follow-up</button>
          }
        </form>
        <p>Six-month outcome due {{ family().outcome6mDueOn | ukDate }}.</p>
      }
      <form aria-labelledby="support-heading" (submit)="$event.preventDefault(); saveSupport()">
        <h3 id="support-heading">Translation or additional support to take part</h3>
        <label
          >Needed
          <select
            name="supportNeeded"
            [disabled]="!canManage()"
            (change)="supportNeeded.set($any(value($event)))"
          >
            <option value="" [selected]="supportNeeded() === ''">Not asked</option>
            <option value="yes" [selected]="supportNeeded() === 'yes'">Yes</option>
            <option value="no" [selected]="supportNeeded() === 'no'">No</option>
          </select>
        </label>
        @if (supportNeeded() === 'yes') {
          <label
            >Kind
            <select
              name="supportKind"
              [disabled]="!canManage()"
              (change)="supportKind.set($any(value($event)))"
            >
              <option value="" [selected]="supportKind() === ''">Not said</option>
              @for (k of supportKinds; track k) {
                <option [value]="k" [selected]="k === supportKind()">{{ label(k) }}</option>
              }
            </select>
          </label>
        }
        @if (canManage()) {
          <button mat-stroked-button type="submit" [disabled]="busy()">Record support</button>
        }
      </form>
    </section>
  `,
  styles: `
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: end;
      margin-block: 8px;
    }
    form h3 {
      flex-basis: 100%;
      margin: 0;
    }
    label {
      display: grid;
      gap: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectionPoints {
  readonly family = input.required<FamilyDetail>();
  readonly canManage = input(false);
  readonly busy = input(false);
  readonly today = input.required<string>();
  readonly submitted = output<CollectionChanges>();

  readonly followUpStatuses = FOLLOW_UP_STATUSES;
  readonly supportKinds = SUPPORT_KINDS;
  readonly baseline = linkedSignal(() => this.family().baselineCompletedOn ?? '');
  readonly followUp = linkedSignal<FollowUpStatus | ''>(() => this.family().followUp4mStatus ?? '');
  readonly followUpOn = linkedSignal(() => this.family().followUp4mOn ?? this.today());
  readonly supportNeeded = linkedSignal(() => {
    const needed = this.family().supportNeeded;
    return needed === null ? '' : needed ? 'yes' : 'no';
  });
  readonly supportKind = linkedSignal<SupportKind | ''>(() => this.family().supportKind ?? '');

  readonly randomised = computed(
    () => this.family().randomisationDate !== null && this.family().trialArm !== 'not_randomised',
  );
  /** The baseline comes before randomisation, and never in the future. */
  readonly baselineMax = computed(() => this.family().randomisationDate ?? this.today());
  /** As the API checks it (domain baselineProblem), so the field says so while typing. */
  readonly baselineProblem = computed(() => {
    const date = this.baseline();
    if (date === '') return null;
    if (date < this.family().referralDate)
      return `The baseline cannot be before the referral (${ukDate(this.family().referralDate)}).`;
    if (date > this.baselineMax())
      return this.family().randomisationDate
        ? `The baseline comes before the randomisation (${ukDate(this.family().randomisationDate)}).`
        : 'The baseline cannot be in the future.';
    return null;
  });

  readonly label = valueLabel;

  value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  saveBaseline(): void {
    if (this.baseline() === '' || this.baselineProblem() !== null) return;
    this.submitted.emit({ baselineCompletedOn: this.baseline() });
  }

  saveFollowUp(): void {
    const status = this.followUp();
    this.submitted.emit(
      status === ''
        ? { followUp4mStatus: null }
        : { followUp4mStatus: status, followUp4mOn: this.followUpOn() },
    );
  }

  saveSupport(): void {
    const needed = this.supportNeeded();
    this.submitted.emit({
      supportNeeded: needed === '' ? null : needed === 'yes',
      supportKind:
        needed === 'yes' && this.supportKind() !== '' ? this.supportKind() || null : null,
    });
  }
}
