import { valueLabel } from '@attune/domain';
import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  input,
  linkedSignal,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { OUTCOMES_6M, vigWeek } from '@attune/domain';
import { duration } from '../../../core/format/words';
import { CapacityRow, FamilyAction, FamilyDetail, NextStatus } from '../delivery.models';

/** Statuses reached through their own action (randomise, allocate), not the status form. */
const OWN_ACTIONS = new Set(['randomised', 'allocated']);

/**
 * The manager's actions on one family, each shown only when the API's allowed
 * next statuses (and the role) permit it. Native controls: keyboard and screen
 * reader work as they should.
 */
@Component({
  selector: 'att-family-actions',
  imports: [MatDatepickerModule, MatButtonModule],
  template: `
    @if (anything()) {
      <h2>Actions</h2>
    }
    @if (canRandomise()) {
      <section aria-labelledby="randomise-heading">
        <h3 id="randomise-heading">Randomise</h3>
        @if (!confirming()) {
          <button
            mat-flat-button
            type="button"
            #randomiseButton
            data-testid="randomise"
            aria-describedby="randomise-hint"
            [disabled]="busy() || baselineMissing()"
            (click)="confirming.set(true)"
          >
            Randomise with Attune…
          </button>
          <p id="randomise-hint">
            @if (baselineMissing()) {
              Record the baseline questionnaire first: randomisation comes after it.
            } @else {
              The arm is drawn when you confirm, within {{ family().laCode }}, and cannot be seen
              before.
            }
          </p>
        } @else {
          <div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">
              Attune will draw {{ family().reference }}'s trial arm now. A randomisation cannot be
              undone.
            </p>
            <button
              mat-flat-button
              type="button"
              #confirmButton
              data-testid="confirm-randomise"
              [disabled]="busy()"
              (click)="randomise()"
            >
              Confirm randomisation
            </button>
            <button mat-stroked-button type="button" (click)="cancelRandomise()">Cancel</button>
          </div>
        }
        <h3 id="record-heading">Record a randomisation made elsewhere</h3>
        <form
          aria-labelledby="record-heading"
          (submit)="$event.preventDefault(); recordRandomisation()"
        >
          <label
            >Trial arm
            <select name="arm" required [value]="arm()" (change)="arm.set($any(value($event)))">
              <option value="">Choose…</option>
              <option value="intervention">intervention</option>
              <option value="control">control</option>
            </select>
          </label>
          <span class="att-date-field"
            ><label
              >Date randomised
              <input
                name="armDate"
                [matDatepicker]="armPicker"
                placeholder="DD/MM/YYYY"
                required
                [max]="today()"
                [value]="armDate() || null"
                (dateChange)="armDate.set($event.value ?? '')"
              /> </label
            ><mat-datepicker-toggle
              [for]="armPicker"
              [aria-label]="'Choose the randomisation date from a calendar'" /><mat-datepicker
              #armPicker
          /></span>
          <button
            mat-stroked-button
            type="submit"
            [disabled]="busy() || arm() === '' || baselineMissing()"
          >
            Record randomisation
          </button>
        </form>
      </section>
    }
    @if (canAllocate()) {
      <section aria-labelledby="allocate-heading">
        <h3 id="allocate-heading">
          {{ family().practitionerCode ? 'Re-allocate' : 'Allocate' }} to a practitioner
        </h3>
        <form aria-labelledby="allocate-heading" (submit)="$event.preventDefault(); allocate()">
          <label
            >Practitioner
            <select
              name="practitionerCode"
              required
              aria-describedby="practitioner-load"
              [value]="practitionerCode()"
              (change)="practitionerCode.set(value($event))"
            >
              <option value="">Choose…</option>
              @for (p of practitioners(); track p.code) {
                <option
                  [value]="p.code"
                  [selected]="p.code === practitionerCode()"
                  [disabled]="p.code === family().practitionerCode"
                >
                  {{ p.code }}
                </option>
              }
            </select>
          </label>
          @if (outsideTrial()) {
            <label
              >Reason for allocating outside the trial (required)
              <input
                name="outsideTrialReason"
                required
                maxlength="200"
                aria-describedby="outside-trial-hint"
                [attr.aria-invalid]="outsideTrialReason().trim() === ''"
                [value]="outsideTrialReason()"
                (input)="outsideTrialReason.set(value($event))"
              />
            </label>
            <p id="outside-trial-hint">
              The family will not be randomised: it is shown as not randomised and left out of the
              trial's counts.
            </p>
          }
          <button
            mat-stroked-button
            type="submit"
            [disabled]="
              busy() ||
              practitionerCode() === '' ||
              (outsideTrial() && outsideTrialReason().trim() === '')
            "
          >
            {{ outsideTrial() ? 'Allocate outside the trial' : 'Allocate' }}
          </button>
        </form>
        <div id="practitioner-load" aria-live="polite">
          @if (chosen(); as p) {
            <p data-testid="practitioner-load">
              {{ p.code }}: {{ p.familiesAllocated }} families in all,
              {{ p.familiesActive }} active; {{ duration(chosenWeek()?.usedMinutes ?? 0) }} of
              {{ duration(chosenWeek()?.allottedMinutes ?? 0) }} a week used on VIG (last 4 weeks).
            </p>
            @if (chosenOverHours()) {
              <p class="warning" data-testid="over-hours">
                <span aria-hidden="true">⚠ </span>{{ p.code }} is at or over their hours allotted.
              </p>
            }
          }
        </div>
      </section>
    }
    @if (statusOptions().length > 0) {
      <section aria-labelledby="status-heading">
        <h3 id="status-heading">Change status</h3>
        <form aria-labelledby="status-heading" (submit)="$event.preventDefault(); changeStatus()">
          <label
            >New status
            <select
              name="status"
              required
              [value]="status()"
              (change)="chooseStatus(value($event))"
            >
              <option value="">Choose…</option>
              @for (n of statusOptions(); track n.status) {
                <option [value]="n.status">{{ label(n.status) }}</option>
              }
            </select>
          </label>
          @if (reasons().length > 0) {
            <label
              >Reason (required)
              <select
                name="reason"
                required
                aria-describedby="reason-hint"
                [attr.aria-invalid]="reasonMissing()"
                [value]="reason()"
                (change)="reason.set(value($event))"
              >
                <option value="">Choose…</option>
                @for (r of reasons(); track r) {
                  <option [value]="r">{{ label(r) }}</option>
                }
              </select>
            </label>
            <p id="reason-hint" aria-live="polite">
              @if (reasonMissing()) {
                Choose the reason for {{ label(status()) }}.
              }
            </p>
          }
          <button
            mat-stroked-button
            type="submit"
            [disabled]="busy() || status() === '' || reasonMissing()"
          >
            Change status
          </button>
        </form>
      </section>
    }
    @if (canRecordOutcome()) {
      <section aria-labelledby="outcome-heading">
        <h3 id="outcome-heading">Six-month outcome</h3>
        <form aria-labelledby="outcome-heading" (submit)="$event.preventDefault(); recordOutcome()">
          <label
            >Outcome six months after randomisation
            <select name="outcome6m" (change)="outcome.set(value($event))">
              <option value="" [selected]="outcome() === ''">Not recorded</option>
              @for (o of outcomes; track o) {
                <option [value]="o" [selected]="o === outcome()">{{ label(o) }}</option>
              }
            </select>
          </label>
          <button mat-stroked-button type="submit" [disabled]="busy()">Record outcome</button>
        </form>
      </section>
    }
  `,
  styleUrl: './family-actions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FamilyActions {
  readonly family = input.required<FamilyDetail>();
  readonly practitioners = input<readonly CapacityRow[]>([]);
  readonly canManage = input(false);
  readonly busy = input(false);
  readonly today = input.required<string>();
  readonly submitted = output<FamilyAction>();

  readonly outcomes = OUTCOMES_6M;
  // Every choice starts afresh when the family is read again (after a change or a reload).
  readonly confirming = linkedSignal(() => this.fresh(false));
  readonly arm = linkedSignal<'intervention' | 'control' | ''>(() => this.fresh(''));
  readonly armDate = linkedSignal(() => this.fresh(this.today()));
  readonly practitionerCode = linkedSignal(() => this.fresh(''));
  readonly outsideTrialReason = linkedSignal(() => this.fresh(''));
  readonly status = linkedSignal(() => this.fresh(''));
  readonly reason = linkedSignal(() => this.fresh(''));
  readonly outcome = linkedSignal<string>(() => this.family().outcome6m ?? '');

  private readonly next = computed(() => this.family().nextStatuses);
  readonly canRandomise = computed(
    () => this.canManage() && this.next().some((n) => n.status === 'randomised'),
  );
  readonly canAllocate = computed(
    () =>
      this.canManage() &&
      (this.next().some((n) => n.status === 'allocated') ||
        this.family().status === 'allocated' ||
        this.family().status === 'active'),
  );
  readonly baselineMissing = computed(() => this.family().baselineCompletedOn === null);
  /** A referred family allocated directly leaves the trial (the API offers it to admins only). */
  readonly outsideTrial = computed(() => this.family().status === 'referred');
  readonly statusOptions = computed<NextStatus[]>(() =>
    this.canManage() ? this.next().filter((n) => !OWN_ACTIONS.has(n.status)) : [],
  );
  readonly canRecordOutcome = computed(
    () => this.canManage() && this.family().randomisationDate !== null,
  );
  readonly anything = computed(
    () =>
      this.canRandomise() ||
      this.canAllocate() ||
      this.statusOptions().length > 0 ||
      this.canRecordOutcome(),
  );

  readonly reasons = computed(
    () => this.statusOptions().find((n) => n.status === this.status())?.reasons ?? [],
  );
  readonly reasonMissing = computed(() => this.reasons().length > 0 && this.reason() === '');
  /** The chosen practitioner's load, so a capacity problem is seen before allocating. */
  readonly chosen = computed(() =>
    this.practitioners().find((p) => p.code === this.practitionerCode()),
  );
  readonly chosenWeek = computed(() => {
    const p = this.chosen();
    return p ? vigWeek(p) : null;
  });
  readonly chosenOverHours = computed(() => this.chosenWeek()?.atOrOver ?? false);
  readonly duration = duration;

  private readonly confirmButton = viewChild('confirmButton', { read: ElementRef });
  private readonly randomiseButton = viewChild('randomiseButton', { read: ElementRef });
  private returnFocus = false;

  constructor() {
    // Keyboard users keep their place: the confirm step takes focus, and Cancel gives it back.
    effect(() => (this.confirmButton()?.nativeElement as HTMLElement | undefined)?.focus());
    effect(() => {
      const button = this.randomiseButton()?.nativeElement as HTMLElement | undefined;
      if (button && this.returnFocus) {
        this.returnFocus = false;
        button.focus();
      }
    });
  }

  cancelRandomise(): void {
    this.returnFocus = true;
    this.confirming.set(false);
  }

  private fresh<T>(value: T): T {
    this.family();
    return value;
  }

  readonly label = valueLabel;

  value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  chooseStatus(status: string): void {
    this.status.set(status);
    this.reason.set('');
  }

  randomise(): void {
    this.confirming.set(false);
    this.submitted.emit({ kind: 'randomise' });
  }

  recordRandomisation(): void {
    const arm = this.arm();
    const date = this.armDate();
    if (arm === '' || date === '') return;
    this.submitted.emit({ kind: 'record-randomisation', trialArm: arm, randomisationDate: date });
  }

  allocate(): void {
    if (this.practitionerCode() === '') return;
    const reason = this.outsideTrialReason().trim();
    if (this.outsideTrial() && reason === '') return;
    this.submitted.emit({
      kind: 'allocate',
      practitionerCode: this.practitionerCode(),
      ...(this.outsideTrial() ? { outsideTrialReason: reason } : {}),
    });
  }

  changeStatus(): void {
    const next = this.statusOptions().find((n) => n.status === this.status());
    if (!next || this.reasonMissing()) return;
    this.submitted.emit({
      kind: 'status',
      status: next.status,
      reason: next.reasons.length > 0 ? this.reason() : null,
    });
  }

  recordOutcome(): void {
    this.submitted.emit({ kind: 'outcome', outcome6m: this.outcome() || null });
  }
}
