import { BreakpointObserver } from '@angular/cdk/layout';
import { DOCUMENT, ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { ShellActions } from '../core/auth/auth.actions';
import { authFeature } from '../core/auth/auth.feature';
import { ROLE_INTRO, navFor } from '../core/nav/nav.model';
import { NavList } from './nav-list/nav-list';

/** The page frame: header, navigation for the signed-in role, and main content. */
@Component({
  selector: 'att-shell',
  imports: [MatToolbarModule, MatSidenavModule, MatButtonModule, RouterOutlet, RouterLink, NavList],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);

  readonly user = this.store.selectSignal(authFeature.selectUser);
  readonly entries = computed(() => navFor(this.user()?.role ?? null));
  readonly roleTitle = computed(() => {
    const role = this.user()?.role;
    return role ? ROLE_INTRO[role].title : '';
  });
  readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 48rem)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  signOut(): void {
    this.store.dispatch(ShellActions.signOutClicked());
  }

  /** The base href would turn "#main" into a navigation to "/": focus directly. */
  skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }
}
