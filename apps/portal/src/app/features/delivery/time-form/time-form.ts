import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import {
  FormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { isRequired } from '../../../core/forms/validators';
import { MatButtonModule } from '@angular/material/button';
import {
  deliveryWindowProblem,
  TIME_ENTRY_ACTIVITIES,
  type DeliveryWindow,
  type TimeEntryActivity,
} from '@attune/domain';
import { FamilyView, FieldProblem, TimeEntryInput } from '../delivery.models';

/** Time not captured by sessions: case recording, meetings, admin... */
@Component({
  selector: 'att-time-form',
  imports: [ReactiveFormsModule, MatButtonModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()">
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
            form.controls.date.errors?.['window'] ? 'time-date-error' : null
          "
      /></label>
      @if (form.controls.date.errors?.['window']; as problem) {
        <p id="time-date-error" class="error-text" role="alert">{{ problem }}</p>
      }
      <label
        >Activity
        <select formControlName="activity">
          @for (a of activities; track a) {
            <option [value]="a">{{ a.replace('_', ' ') }}</option>
          }
        </select>
      </label>
      <label
        >Minutes <input type="number" min="1" max="1440" formControlName="minutes" required
      /></label>
      <label
        >Family (optional)
        <select formControlName="familyReference">
          <option value="">None</option>
          @for (f of families(); track f.reference) {
            <option [value]="f.reference">{{ f.reference }}</option>
          }
        </select>
      </label>
      <label class="note"
        >Note (nothing that identifies a family) <input formControlName="note" maxlength="2000"
      /></label>
      @for (p of problems(); track p.field) {
        <p class="error-text" role="alert">{{ p.field }}: {{ p.problem }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="busy() || form.invalid">Log time</button>
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
export class TimeForm {
  readonly today = input.required<string>();
  /** The programme's delivery window (the domain's deliveryWindow); a date outside it is refused as you type. */
  readonly window = input<DeliveryWindow | null>(null);
  readonly families = input<readonly FamilyView[]>([]);
  readonly busy = input(false);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly saved = input(0);
  readonly submitted = output<TimeEntryInput>();

  readonly activities = TIME_ENTRY_ACTIVITIES;
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly form = this.fb.group({
    date: ['', [isRequired, (c: AbstractControl) => this.inWindow(c)]],
    activity: this.fb.control<TimeEntryActivity>('case_recording'),
    minutes: [30, [isRequired, Validators.min(1), Validators.max(1440)]],
    familyReference: [''],
    note: [''],
  });

  constructor() {
    // A new window re-checks the date already typed.
    effect(() => {
      this.window();
      this.form.controls.date.updateValueAndValidity();
    });
    effect(() => {
      this.saved();
      this.form.patchValue({
        date: this.form.controls.date.value || this.today(),
        minutes: 30,
        note: '',
      });
    });
  }

  private inWindow(control: AbstractControl): ValidationErrors | null {
    const window = this.window?.();
    const date = control.value as string;
    if (!window || !date) return null;
    const problem = deliveryWindowProblem('date', date, window);
    return problem ? { window: problem } : null;
  }

  submit(): void {
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.submitted.emit({
      date: v.date,
      activity: v.activity,
      minutes: Number(v.minutes),
      familyReference: v.familyReference || null,
      note: v.note.trim() || null,
    });
  }
}
