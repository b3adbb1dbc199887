import { BreakpointObserver } from '@angular/cdk/layout';
import { DOCUMENT, ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, map, skip } from 'rxjs';
import { ShellActions } from '../core/auth/auth.actions';
import { authFeature } from '../core/auth/auth.feature';
import { ROLE_INTRO, linkOf, navFor } from '../core/nav/nav.model';
import { selectProgrammeId } from '../core/programme/programme-id.selector';
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
  private readonly router = inject(Router);
  /** The programme in the address: the navigation stays in it. */
  private readonly programmeId = this.store.selectSignal(selectProgrammeId);
  readonly entries = computed(() =>
    navFor(this.user()?.role ?? null).map((entry) => ({
      ...entry,
      path: linkOf(entry, this.programmeId()),
    })),
  );
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

  constructor() {
    // After moving to another page, start reading and tabbing from its content,
    // not from wherever the link that was followed used to be.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.document.getElementById('main')?.focus({ preventScroll: true }));
  }

  /** On a narrow screen the navigation covers the page: put it away once used. */
  closeOverlay(sidenav: MatSidenav): void {
    if (this.narrow()) void sidenav.close();
  }

  signOut(): void {
    this.store.dispatch(ShellActions.signOutClicked());
  }

  /** The base href would turn "#main" into a navigation to "/": focus directly. */
  skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }
}
