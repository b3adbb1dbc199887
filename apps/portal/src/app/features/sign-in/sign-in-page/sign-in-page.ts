import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Store } from '@ngrx/store';
import { SignInPageActions } from '../../../core/auth/auth.actions';
import { Credentials } from '../../../core/auth/auth.models';
import { authFeature } from '../../../core/auth/auth.feature';
import { SignInForm } from '../sign-in-form/sign-in-form';

@Component({
  selector: 'att-sign-in-page',
  imports: [SignInForm],
  template: `
    <section class="page sign-in">
      <h1>Sign in to Attune</h1>
      @if (notice(); as message) {
        <p class="notice" role="status">{{ message }}</p>
      }
      <att-sign-in-form [busy]="signingIn()" [error]="error()" (submitted)="signIn($event)" />
    </section>
  `,
  styles: `
    .sign-in {
      max-width: 28rem;
    }
    .notice {
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly store = inject(Store);

  /** Where to go after signing in (a query parameter set by the guards). */
  readonly returnUrl = input<string | undefined>();

  readonly notice = this.store.selectSignal(authFeature.selectNotice);
  readonly error = this.store.selectSignal(authFeature.selectError);
  readonly signingIn = this.store.selectSignal(authFeature.selectSigningIn);

  signIn(credentials: Credentials): void {
    this.store.dispatch(
      SignInPageActions.submitted({ credentials, returnUrl: this.returnUrl() ?? null }),
    );
  }
}
