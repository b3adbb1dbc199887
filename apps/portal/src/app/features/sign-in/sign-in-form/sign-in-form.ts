import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { isEmail, isRequired } from '../../../core/forms/validators';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Credentials } from '../../../core/auth/auth.models';

/** The sign-in form: checks what it can before asking the server. */
@Component({
  selector: 'att-sign-in-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  templateUrl: './sign-in-form.html',
  styleUrl: './sign-in-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInForm {
  readonly busy = input(false);
  /** The server's answer to the last attempt, announced to screen readers. */
  readonly error = input<string | null>(null);
  readonly submitted = output<Credentials>();

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [isRequired, isEmail]],
    password: ['', [isRequired]],
  });

  /** A summary of what is missing, set on a submit that cannot go ahead. */
  readonly problem = signal<string | null>(null);

  submit(): void {
    if (this.busy()) return;
    const { email, password } = this.form.controls;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set(this.describeProblems());
      // Put the cursor where the first fix is needed.
      (email.invalid ? this.emailInput() : this.passwordInput()).nativeElement.focus();
      return;
    }
    this.problem.set(null);
    this.submitted.emit({ email: email.value.trim(), password: password.value });
  }

  private describeProblems(): string {
    const problems: string[] = [];
    const { email, password } = this.form.controls;
    if (email.hasError('required')) problems.push('Enter your email address.');
    else if (email.hasError('email'))
      problems.push('Enter an email address like name@example.org.');
    if (password.hasError('required')) problems.push('Enter your password.');
    return problems.join(' ');
  }
}
