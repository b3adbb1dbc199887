import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type {
  CreateLocalAuthorityRequest,
  FieldProblem,
  LocalAuthorityView,
  UpdateLocalAuthorityRequest,
} from '@attune/contract';
import { isRequired } from '../../../core/forms/validators';
import { fieldMessage } from '../admin-state';
import { bindRecordForm } from '../record-form';

export type LocalAuthoritySubmission =
  | { kind: 'create'; la: CreateLocalAuthorityRequest }
  | { kind: 'update'; code: string; change: UpdateLocalAuthorityRequest };

/** As the API checks it: letters, digits, - or _, at most 40 characters. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const MESSAGES: Record<string, Record<string, string>> = {
  code: { required: 'Enter a code.', pattern: 'Letters, digits, - or _ only, at most 40.' },
  name: { required: 'Enter the name.', maxlength: 'At most 200 characters.' },
};

/** Adds a local authority, or renames the one given (its code stays). */
@Component({
  selector: 'att-local-authority-form',
  imports: [ReactiveFormsModule, MatButtonModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="la-form">
      @if (editing(); as la) {
        <p class="editing">Renaming {{ la.code }}</p>
      } @else {
        <label
          >Code
          <input
            formControlName="code"
            autocomplete="off"
            required
            [attr.aria-invalid]="error('code') ? 'true' : null"
            [attr.aria-describedby]="error('code') ? 'la-code-error' : null"
        /></label>
        @if (error('code'); as text) {
          <p id="la-code-error" class="error-text">{{ text }}</p>
        }
      }
      <label
        >Name
        <input
          formControlName="name"
          autocomplete="off"
          required
          [attr.aria-invalid]="error('name') ? 'true' : null"
          [attr.aria-describedby]="error('name') ? 'la-name-error' : null"
      /></label>
      @if (error('name'); as text) {
        <p id="la-name-error" class="error-text">{{ text }}</p>
      }
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ editing() ? 'Save name' : 'Add local authority' }}
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
export class LocalAuthorityForm {
  readonly editing = input<LocalAuthorityView | null>(null);
  readonly busy = input(false);
  readonly problems = input<readonly FieldProblem[]>([]);
  readonly saved = input(0);
  readonly submitted = output<LocalAuthoritySubmission>();
  readonly cancelled = output<void>();

  readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [isRequired, Validators.pattern(CODE)]],
    name: ['', [isRequired, Validators.maxLength(200)]],
  });
  private readonly value = toSignal(this.form.valueChanges);

  constructor() {
    bindRecordForm(this.form, this.editing, this.saved, (la) => ({ code: la.code, name: la.name }));
  }

  error(field: 'code' | 'name'): string | null {
    this.value();
    return fieldMessage(this.form.controls[field], MESSAGES[field] ?? {}, this.problems(), field);
  }

  submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const editing = this.editing();
    if (editing)
      this.submitted.emit({
        kind: 'update',
        code: editing.code,
        change: { version: editing.version, name: v.name.trim() },
      });
    else this.submitted.emit({ kind: 'create', la: { code: v.code.trim(), name: v.name.trim() } });
  }
}
