import { valueLabel } from '@attune/domain';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { SUBSTANTIVE_ROLES } from '@attune/domain';
import type {
  CreatePractitionerRequest,
  FieldProblem,
  PractitionerView,
  UpdatePractitionerRequest,
} from '@attune/contract';
import { isRequired } from '../../../core/forms/validators';
import { fieldMessage } from '../admin-state';
import { bindRecordForm } from '../record-form';

export type PractitionerSubmission =
  | { kind: 'create'; practitioner: CreatePractitionerRequest }
  | { kind: 'update'; code: string; change: UpdatePractitionerRequest };

/** The API's rules for these decimals (exact strings): FTE 0.1 to 1.0, hours 0 to 80. */
const FTE = /^(0\.[1-9]\d?|1(\.0{1,2})?)$/;
const HOURS = /^(80(\.0{1,2})?|[1-7]?\d(\.\d{1,2})?)$/;

const MESSAGES: Record<string, Record<string, string>> = {
  code: { required: 'Choose the staff member.' },
  fte: { required: 'Enter the FTE.', pattern: 'A decimal from 0.1 to 1.0, like 0.6.' },
  vigHoursPerWeek: {
    required: 'Enter the hours.',
    pattern: 'Hours from 0 to 80, at most two decimals, like 7.5.',
  },
  startDate: { required: 'Enter the start date.' },
};

/** Makes a staff member a practitioner, or edits one (status changes have their own form). */
@Component({
  selector: 'att-practitioner-form',
  imports: [MatDatepickerModule, ReactiveFormsModule, MatButtonModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="practitioner-form">
      @if (editing(); as p) {
        <p class="editing">Editing {{ p.code }}</p>
      } @else {
        <label
          >Staff member
          <select
            formControlName="code"
            required
            [attr.aria-invalid]="error('code') ? 'true' : null"
            [attr.aria-describedby]="error('code') ? 'pr-code-error' : null"
          >
            <option value="">Choose…</option>
            @for (code of candidates(); track code) {
              <option [value]="code">{{ code }}</option>
            }
          </select></label
        >
        @if (error('code'); as text) {
          <p id="pr-code-error" class="error-text">{{ text }}</p>
        }
      }
      <label
        >Substantive role
        <select formControlName="substantiveRole">
          @for (role of roles; track role) {
            <option [value]="role">{{ valueLabel(role) }}</option>
          }
        </select></label
      >
      <label
        >FTE
        <input
          formControlName="fte"
          inputmode="decimal"
          required
          [attr.aria-invalid]="error('fte') ? 'true' : null"
          [attr.aria-describedby]="error('fte') ? 'pr-fte-error' : null"
      /></label>
      @if (error('fte'); as text) {
        <p id="pr-fte-error" class="error-text">{{ text }}</p>
      }
      <label
        >VIG hours a week
        <input
          formControlName="vigHoursPerWeek"
          inputmode="decimal"
          required
          [attr.aria-invalid]="error('vigHoursPerWeek') ? 'true' : null"
          [attr.aria-describedby]="error('vigHoursPerWeek') ? 'pr-hours-error' : null"
      /></label>
      @if (error('vigHoursPerWeek'); as text) {
        <p id="pr-hours-error" class="error-text">{{ text }}</p>
      }
      <span class="att-date-field"
        ><label
          >Start date
          <input
            [matDatepicker]="startPicker"
            placeholder="DD/MM/YYYY"
            formControlName="startDate"
            required
            [attr.aria-invalid]="error('startDate') ? 'true' : null"
            [attr.aria-describedby]="error('startDate') ? 'pr-start-error' : null" /></label
        ><mat-datepicker-toggle
          [for]="startPicker"
          [aria-label]="'Choose the start date from a calendar'" /><mat-datepicker #startPicker
      /></span>
      @if (error('startDate'); as text) {
        <p id="pr-start-error" class="error-text">{{ text }}</p>
      }
      <label
        >Supervisor
        <select
          formControlName="supervisorCode"
          [attr.aria-invalid]="error('supervisorCode') ? 'true' : null"
          [attr.aria-describedby]="error('supervisorCode') ? 'pr-sup-error' : null"
        >
          <option value="">None yet</option>
          @for (code of supervisors(); track code) {
            <option [value]="code">{{ code }}</option>
          }
        </select></label
      >
      @if (error('supervisorCode'); as text) {
        <p id="pr-sup-error" class="error-text">{{ text }}</p>
      }
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ editing() ? 'Save practitioner' : 'Add practitioner' }}
        </button>
        @if (editing()) {
          <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
        }
      </div>
    </form>
  `,
  styleUrl: '../record-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PractitionerForm {
  readonly valueLabel = valueLabel;
  readonly editing = input<PractitionerView | null>(null);
  /** Staff of an LA who are not practitioners yet. */
  readonly candidates = input<readonly string[]>([]);
  /** Staff whose cost role is vig_supervisor. */
  readonly supervisors = input<readonly string[]>([]);
  readonly busy = input(false);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly saved = input(0);
  readonly submitted = output<PractitionerSubmission>();
  readonly cancelled = output<void>();

  readonly roles = SUBSTANTIVE_ROLES;
  readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [isRequired]],
    substantiveRole: ['social_worker'],
    fte: ['1.0', [isRequired, Validators.pattern(FTE)]],
    vigHoursPerWeek: ['7.5', [isRequired, Validators.pattern(HOURS)]],
    startDate: ['', [isRequired]],
    supervisorCode: [''],
  });
  private readonly status = toSignal(this.form.valueChanges);

  constructor() {
    bindRecordForm(this.form, this.editing, this.saved, (p) => ({
      code: p.code,
      substantiveRole: p.substantiveRole,
      fte: p.fte,
      vigHoursPerWeek: p.vigHoursPerWeek,
      startDate: p.startDate,
      supervisorCode: p.supervisorCode ?? '',
    }));
  }

  error(field: keyof typeof this.form.controls): string | null {
    this.status();
    return fieldMessage(this.form.controls[field], MESSAGES[field] ?? {}, this.problems(), field);
  }

  submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const fields = {
      substantiveRole: v.substantiveRole,
      fte: v.fte.trim(),
      vigHoursPerWeek: v.vigHoursPerWeek.trim(),
      startDate: v.startDate,
      supervisorCode: v.supervisorCode || null,
    };
    const editing = this.editing();
    if (editing)
      this.submitted.emit({
        kind: 'update',
        code: editing.code,
        change: { version: editing.version, ...fields },
      });
    else this.submitted.emit({ kind: 'create', practitioner: { code: v.code, ...fields } });
  }
}
