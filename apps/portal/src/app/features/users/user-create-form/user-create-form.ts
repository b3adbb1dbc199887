import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';
import { isEmail, isRequired } from '../../../core/forms/validators';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ROLE_BINDINGS, ROLES, type Role, passwordProblems } from '@attune/domain';
import { valueHeading } from '../../../core/format/words';
import { NewUser } from '../users.models';

/** The domain's password rules (NCSC), checked here too so the form can say why at once. */
const passwordPolicy: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = control.value ?? '';
  if (value === '') return null; // `required` speaks for an empty field
  const email = (control.parent?.get('email')?.value as string | undefined) ?? '';
  const problems = passwordProblems(value, { email });
  return problems.length > 0 ? { policy: problems.join(' ') } : null;
};

@Component({
  selector: 'att-user-create-form',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
  ],
  templateUrl: './user-create-form.html',
  styleUrl: './user-create-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserCreateForm {
  readonly busy = input(false);
  /** Changes each time an account was created: the form then clears itself. */
  readonly created = input(0);
  readonly submitted = output<NewUser>();

  readonly roles = ROLES.map((role) => ({ value: role, label: valueHeading(role) }));
  readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [isRequired, isEmail]],
    password: ['', [isRequired, passwordPolicy]],
    role: ['' as Role | '', [isRequired]],
    laCode: [''],
    staffCode: [''],
  });
  /** What the chosen role's account is bound to, as the server checks it (the domain's ROLE_BINDINGS). */
  readonly needsLa = signal(false);
  readonly takesStaffCode = signal(false);
  readonly needsStaffCode = signal(false);
  private formDirective: FormGroupDirective | null = null;

  constructor() {
    // Synchronously, so that the LA rule holds the moment the role changes.
    this.form.controls.role.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((role) => this.applyRole(role));
    effect(() => {
      if (this.created() > 0) untracked(() => this.reset());
    });
  }

  submit(directive: FormGroupDirective): void {
    this.formDirective = directive;
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password, role, laCode, staffCode } = this.form.getRawValue();
    if (role === '') return;
    const user: NewUser = { email: email.trim(), password, role };
    if (this.needsLa() && laCode.trim()) user.laCode = laCode.trim();
    if (this.takesStaffCode() && staffCode.trim()) user.staffCode = staffCode.trim();
    this.submitted.emit(user);
  }

  private applyRole(role: Role | ''): void {
    const bindings = role === '' ? null : ROLE_BINDINGS[role];
    this.needsLa.set(bindings !== null && bindings.laCode !== 'none');
    this.takesStaffCode.set(bindings !== null && bindings.staffCode !== 'none');
    this.needsStaffCode.set(bindings?.staffCode === 'required');
    const { laCode, staffCode } = this.form.controls;
    laCode.setValidators(bindings?.laCode === 'required' ? [isRequired] : []);
    laCode.updateValueAndValidity({ emitEvent: false });
    staffCode.setValidators(this.needsStaffCode() ? [isRequired] : []);
    staffCode.updateValueAndValidity({ emitEvent: false });
  }

  private reset(): void {
    // Resetting through the directive also clears "submitted", so no errors show.
    if (this.formDirective) this.formDirective.resetForm();
    else this.form.reset();
  }
}
