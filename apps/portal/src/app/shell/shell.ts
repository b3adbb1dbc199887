import {
  DOCUMENT,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, skip } from 'rxjs';
import { ShellActions } from '../core/auth/auth.actions';
import { authFeature } from '../core/auth/auth.feature';
import { ROLE_INTRO, linkOf, navFor } from '../core/nav/nav.model';
import { selectProgrammeId } from '../core/programme/programme-id.selector';
import { NavList } from './nav-list/nav-list';

/** The page frame: header, navigation for the signed-in role, and main content. */
@Component({
  selector: 'att-shell',
  imports: [RouterOutlet, RouterLink, NavList],
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
  /** The navigation's menu on a narrow screen (on a wide one it is always shown). */
  readonly menuOpen = signal(false);

  constructor() {
    // After moving to another page, start reading and tabbing from its content,
    // not from wherever the link that was followed used to be.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.menuOpen.set(false);
        this.document.getElementById('main')?.focus({ preventScroll: true });
      });
  }

  /** Escape in the open menu closes it and returns focus to its button. */
  closeMenu(button: HTMLButtonElement): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    button.focus();
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
