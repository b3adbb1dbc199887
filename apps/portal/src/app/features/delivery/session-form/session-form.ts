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
import { FamilyView, FieldProblem, SessionInput } from '../delivery.models';

/**
 * Logging a session from the keyboard: native selects (type a letter to
 * pick), Enter submits, the cycle appears only for filming and shared review,
 * and after a save the family and date stay for the next entry.
 */
@Component({
  selector: 'att-session-form',
  imports: [ReactiveFormsModule, MatButtonModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
      <label
        >Family
        <select formControlName="familyReference" required>
          @for (f of families(); track f.reference) {
            <option [value]="f.reference">{{ f.reference }} ({{ f.status }})</option>
          }
        </select>
      </label>
      <label
        >Date
        <input
          type="date"
          formControlName="date"
          required
          [attr.min]="window()?.from"
          [attr.max]="window()?.to ?? today()"
          [attr.aria-invalid]="form.controls.date.errors?.['window'] ? 'true' : null"
          [attr.aria-describedby]="
            form.controls.date.errors?.['window'] ? 'session-date-error' : null
          "
      /></label>
      @if (form.controls.date.errors?.['window']; as problem) {
        <p id="session-date-error" class="error-text" role="alert">{{ problem }}</p>
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
        >Contact minutes <input type="number" min="0" max="1440" formControlName="contactMinutes"
      /></label>
      <label
        >Travel minutes <input type="number" min="0" max="1440" formControlName="travelMinutes"
      /></label>
      <label
        >Preparation minutes (editing film, micro-analysis)
        <input type="number" min="0" max="1440" formControlName="prepMinutes"
      /></label>
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
        date: this.form.controls.date.value || this.today(),
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

  label(value: string): string {
    return value.replace(/_/g, ' ');
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
