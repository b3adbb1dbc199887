import { valueLabel } from '@attune/domain';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { COST_ROLES, STAFF_CODE_PATTERN } from '@attune/domain';
import type {
  CreateStaffRequest,
  FieldProblem,
  LocalAuthorityView,
  StaffView,
  UpdateStaffRequest,
} from '@attune/contract';
import { isRequired } from '../../../core/forms/validators';
import { fieldMessage } from '../admin-state';
import { bindRecordForm } from '../record-form';

export type StaffSubmission =
  | { kind: 'create'; staff: CreateStaffRequest }
  | { kind: 'update'; code: string; change: UpdateStaffRequest };

const MESSAGES: Record<string, Record<string, string>> = {
  code: {
    required: 'Enter a code.',
    pattern: 'Letters, digits, - or _ only, at most 40 characters.',
  },
  displayName: { required: 'Enter the name.', maxlength: 'At most 200 characters.' },
  costRole: { required: 'Choose a cost role.' },
};

/** Adds a staff member, or edits the one given (its code stays). */
@Component({
  selector: 'att-staff-form',
  imports: [ReactiveFormsModule, MatButtonModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="staff-form">
      @if (editing(); as s) {
        <p class="editing">Editing {{ s.code }}</p>
      } @else {
        <label
          >Code
          <input
            formControlName="code"
            autocomplete="off"
            required
            [attr.aria-invalid]="error('code') ? 'true' : null"
            [attr.aria-describedby]="error('code') ? 'staff-code-error' : null"
        /></label>
        @if (error('code'); as text) {
          <p id="staff-code-error" class="error-text">{{ text }}</p>
        }
      }
      <label
        >Name
        <input
          formControlName="displayName"
          autocomplete="off"
          required
          [attr.aria-invalid]="error('displayName') ? 'true' : null"
          [attr.aria-describedby]="error('displayName') ? 'staff-name-error' : null"
      /></label>
      @if (error('displayName'); as text) {
        <p id="staff-name-error" class="error-text">{{ text }}</p>
      }
      <label
        >Cost role
        <select
          formControlName="costRole"
          [attr.aria-invalid]="error('costRole') ? 'true' : null"
          [attr.aria-describedby]="error('costRole') ? 'staff-role-error' : null"
        >
          @for (role of costRoles; track role) {
            <option [value]="role">{{ valueLabel(role) }}</option>
          }
        </select></label
      >
      @if (error('costRole'); as text) {
        <p id="staff-role-error" class="error-text">{{ text }}</p>
      }
      <label
        >Local authority
        <select
          formControlName="laCode"
          [attr.aria-invalid]="error('laCode') ? 'true' : null"
          [attr.aria-describedby]="error('laCode') ? 'staff-la-error' : null"
        >
          <option value="">Provider (programme-wide)</option>
          @for (la of localAuthorities(); track la.code) {
            <option [value]="la.code">{{ la.code }} · {{ la.name }}</option>
          }
        </select></label
      >
      @if (error('laCode'); as text) {
        <p id="staff-la-error" class="error-text">{{ text }}</p>
      }
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ editing() ? 'Save staff member' : 'Add staff member' }}
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
export class StaffForm {
  readonly valueLabel = valueLabel;
  readonly editing = input<StaffView | null>(null);
  readonly localAuthorities = input<readonly LocalAuthorityView[]>([]);
  readonly busy = input(false);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly saved = input(0);
  readonly submitted = output<StaffSubmission>();
  readonly cancelled = output<void>();

  readonly costRoles = COST_ROLES;
  readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [isRequired, Validators.pattern(STAFF_CODE_PATTERN)]],
    displayName: ['', [isRequired, Validators.maxLength(200)]],
    costRole: ['social_worker', [isRequired]],
    laCode: [''],
  });
  /** Re-reads the errors as the person types (the form is OnPush). */
  private readonly status = toSignal(this.form.valueChanges);

  constructor() {
    bindRecordForm(this.form, this.editing, this.saved, (s) => ({
      code: s.code,
      displayName: s.displayName ?? '',
      costRole: s.costRole,
      laCode: s.laCode ?? '',
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
    const laCode = v.laCode || null;
    const editing = this.editing();
    if (editing) {
      this.submitted.emit({
        kind: 'update',
        code: editing.code,
        change: {
          version: editing.version,
          displayName: v.displayName.trim(),
          costRole: v.costRole,
          laCode,
        },
      });
    } else {
      this.submitted.emit({
        kind: 'create',
        staff: {
          code: v.code.trim(),
          displayName: v.displayName.trim(),
          costRole: v.costRole,
          laCode,
        },
      });
    }
  }
}
