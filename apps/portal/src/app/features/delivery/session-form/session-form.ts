import { label, LabelPipe } from '../../../core/format/words';
import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { inWindow } from '../../../core/forms/date-window';
import { isRequired } from '../../../core/forms/validators';
import { MatButtonModule } from '@angular/material/button';
import {
  CYCLE_SESSION_TYPES,
  SESSION_OUTCOMES,
  SESSION_TYPES,
  type DeliveryWindow,
  type SessionOutcome,
  type SessionType,
} from '@attune/domain';
import { FamilySessionView, FamilyView, FieldProblem, SessionInput } from '../delivery.models';
import { defaultEntryDate } from '../shared/week';
import { dateFieldProblem } from '../../../core/forms/date-window';
import { UkDatePipe } from '../../../core/format/uk-date';

/**
 * Logging a session from the keyboard: native selects (type a letter to
 * pick), Enter submits, the cycle appears only for filming and shared review,
 * and after a save the family and date stay for the next entry.
 */
@Component({
  selector: 'att-session-form',
  imports: [MatDatepickerModule, LabelPipe, UkDatePipe, ReactiveFormsModule, MatButtonModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <label
        >Family
        <select formControlName="familyReference" required>
          @for (f of families(); track f.reference) {
            <option [value]="f.reference">{{ f.reference }} ({{ f.status | label }})</option>
          }
        </select>
      </label>
      <span class="att-date-field"
        ><label
          >Date
          <input
            [matDatepicker]="sessionPicker"
            placeholder="DD/MM/YYYY"
            formControlName="date"
            required
            [min]="window()?.from"
            [max]="window()?.to ?? today()"
            [attr.aria-invalid]="dateProblem() ? 'true' : null"
            [attr.aria-describedby]="dateProblem() ? 'session-date-error' : null" /></label
        ><mat-datepicker-toggle
          [for]="sessionPicker"
          [aria-label]="'Choose the session date from a calendar'" /><mat-datepicker #sessionPicker
      /></span>
      @if (dateProblem(); as problem) {
        <p id="session-date-error" class="error-text" role="alert">{{ problem }}</p>
      }
      @if (secondInitialMeeting(); as earlier) {
        <p class="warning" role="status" data-testid="second-initial-meeting">
          Family {{ form.controls.familyReference.value }} already had an initial meeting on
          {{ earlier | ukDate }}. Log another only if a second one really took place.
        </p>
      }
      <label
        >Type
        <select formControlName="type">
          @for (t of types; track t) {
            <option [value]="t">{{ label(t) }}</option>
          }
        </select>
      </label>
      @if (needsCycle()) {
        <label
          >Cycle
          <select formControlName="cycle">
            @for (c of cycles(); track c) {
              <option [value]="c">{{ c }}</option>
            }
          </select>
        </label>
      }
      <label
        >Outcome
        <select formControlName="outcome">
          @for (o of outcomes; track o) {
            <option [value]="o">{{ label(o) }}</option>
          }
        </select>
      </label>
      <label
        >Contact minutes
        <input
          type="number"
          min="0"
          max="1440"
          formControlName="contactMinutes"
          [attr.aria-invalid]="minutesProblem('contactMinutes') ? 'true' : null"
          [attr.aria-describedby]="
            minutesProblem('contactMinutes') ? 'session-contactMinutes-error' : null
          "
      /></label>
      @if (minutesProblem('contactMinutes'); as problem) {
        <p id="session-contactMinutes-error" class="error-text">{{ problem }}</p>
      }
      <label
        >Travel minutes
        <input
          type="number"
          min="0"
          max="1440"
          formControlName="travelMinutes"
          [attr.aria-invalid]="minutesProblem('travelMinutes') ? 'true' : null"
          [attr.aria-describedby]="
            minutesProblem('travelMinutes') ? 'session-travelMinutes-error' : null
          "
      /></label>
      @if (minutesProblem('travelMinutes'); as problem) {
        <p id="session-travelMinutes-error" class="error-text">{{ problem }}</p>
      }
      <label
        >Preparation minutes (editing film, micro-analysis)
        <input
          type="number"
          min="0"
          max="1440"
          formControlName="prepMinutes"
          [attr.aria-invalid]="minutesProblem('prepMinutes') ? 'true' : null"
          [attr.aria-describedby]="
            minutesProblem('prepMinutes') ? 'session-prepMinutes-error' : null
          "
      /></label>
      @if (minutesProblem('prepMinutes'); as problem) {
        <p id="session-prepMinutes-error" class="error-text">{{ problem }}</p>
      }
      @for (p of problems(); track p.field) {
        <p class="error-text" role="alert">{{ p.field }}: {{ p.problem }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="busy() || form.invalid">Log session</button>
    </form>
  `,
  styles: `
    form {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 8px;
      align-items: end;
    }
    label {
      display: grid;
      gap: 2px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionForm {
  readonly families = input.required<readonly FamilyView[]>();
  readonly today = input.required<string>();
  /** The programme's delivery window (the domain's deliveryWindow); a date outside it is refused as you type. */
  readonly window = input<DeliveryWindow | null>(null);
  readonly cyclesPerFamily = input(3);
  readonly busy = input(false);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly saved = input(0);
  /** Sessions already logged (the page's recent ones): a second initial meeting is pointed out. */
  readonly sessions = input<
    readonly Pick<FamilySessionView, 'familyReference' | 'type' | 'date'>[]
  >([]);
  readonly submitted = output<SessionInput>();

  readonly types = SESSION_TYPES;
  readonly outcomes = SESSION_OUTCOMES;
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    familyReference: ['', isRequired],
    date: ['', [isRequired, inWindow('date', () => this.window?.() ?? null)]],
    type: this.fb.control<SessionType>('filming'),
    cycle: ['1'],
    outcome: this.fb.control<SessionOutcome>('held'),
    contactMinutes: [60, [isRequired, Validators.min(0), Validators.max(1440)]],
    travelMinutes: [0, [isRequired, Validators.min(0), Validators.max(1440)]],
    prepMinutes: [0, [isRequired, Validators.min(0), Validators.max(1440)]],
  });
  private readonly type = toSignal(this.form.controls.type.valueChanges, {
    initialValue: this.form.controls.type.value,
  });
  /** Every change to the form, so problems shown as you type follow it. */
  private readonly changes = toSignal(this.form.valueChanges);
  private readonly status = toSignal(this.form.statusChanges);
  readonly dateProblem = computed(() => {
    this.changes();
    this.status();
    return dateFieldProblem('date', this.form.controls.date.errors);
  });
  /** The date of an initial meeting already logged for the family chosen, when another is being logged. */
  readonly secondInitialMeeting = computed(() => {
    const reference = this.changes()?.familyReference ?? this.form.controls.familyReference.value;
    if (this.type() !== 'initial_meeting') return null;
    const earlier = this.sessions().find(
      (x) => x.familyReference === reference && x.type === 'initial_meeting',
    );
    return earlier?.date ?? null;
  });
  readonly needsCycle = computed(() => CYCLE_SESSION_TYPES.includes(this.type()));
  readonly cycles = computed(() =>
    Array.from({ length: this.cyclesPerFamily() }, (_, i) => String(i + 1)),
  );

  constructor() {
    // A new window re-checks the date already typed.
    effect(() => {
      this.window();
      this.form.controls.date.updateValueAndValidity();
    });
    effect(() => {
      this.saved();
      // The next session is usually the same family and day: keep them, clear the rest.
      this.form.patchValue({
        date: this.form.controls.date.value || defaultEntryDate(this.today(), this.window()),
        contactMinutes: 60,
        travelMinutes: 0,
        prepMinutes: 0,
      });
    });
    effect(() => {
      const first = this.families()[0];
      if (first && !this.form.controls.familyReference.value)
        this.form.patchValue({ familyReference: first.reference });
    });
  }

  readonly label = label;

  /** Why a minutes field is refused, said at the field (not just a greyed button). */
  minutesProblem(field: 'contactMinutes' | 'travelMinutes' | 'prepMinutes'): string | null {
    this.changes();
    const control = this.form.controls[field];
    const errors = control.errors;
    if (!errors || !(control.dirty || control.touched)) return null;
    if (errors['required']) return 'minutes are required: 0 if none';
    if (errors['min']) return 'minutes cannot be negative';
    if (errors['max']) return 'minutes cannot exceed 1440 (a day)';
    return null;
  }

  submit(): void {
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.submitted.emit({
      familyReference: v.familyReference,
      date: v.date,
      type: v.type,
      cycle: this.needsCycle() ? Number(v.cycle) : null,
      outcome: v.outcome,
      contactMinutes: Number(v.contactMinutes),
      travelMinutes: Number(v.travelMinutes),
      prepMinutes: Number(v.prepMinutes),
    });
  }
}
