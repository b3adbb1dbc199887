import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { ROLE_INTRO, navFor } from '../../../core/nav/nav.model';
import {
  describeProgramme,
  describeProgrammes,
} from '../../../core/programme/programme-chooser/programme-chooser';
import type { ProgrammeOption } from '../../../core/programme/programme.models';
import { programmeFeature } from '../../../core/programme/programme.feature';
import type { ProgrammeView } from '../home.models';
import { CapacityOverview } from '../capacity-overview/capacity-overview';
import { CostsOverview } from '../costs-overview/costs-overview';
import { DueSummary } from '../due-summary/due-summary';
import { PaceOverview } from '../pace-overview/pace-overview';
import { PractitionerOverview } from '../practitioner-overview/practitioner-overview';
import { ProgrammeStatus } from '../programme-status/programme-status';
import { HomePageActions } from '../home.actions';
import { homeFeature } from '../home.feature';

/** Who sees the count of collection points due: those who chase them. */
const COUNTS_DUE = new Set(['la_manager', 'admin']);

/**
 * Each role's start page: the figures that answer their first question (see
 * RoleFigures), who they are here and the pages open to them.
 */
@Component({
  selector: 'att-home-page',
  imports: [
    RouterLink,
    DueSummary,
    CapacityOverview,
    PaceOverview,
    PractitionerOverview,
    CostsOverview,
    ProgrammeStatus,
  ],
  templateUrl: './home-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class HomePage implements OnInit {
  private readonly store = inject(Store);
  readonly user = this.store.selectSignal(authFeature.selectUser);
  readonly due = this.store.selectSignal(homeFeature.selectDue);
  readonly dueLoading = this.store.selectSignal(homeFeature.selectLoading);
  readonly dueError = this.store.selectSignal(homeFeature.selectError);
  readonly figures = this.store.selectSignal(homeFeature.selectFigures);
  readonly figuresLoading = this.store.selectSignal(homeFeature.selectFiguresLoading);
  readonly figuresError = this.store.selectSignal(homeFeature.selectFiguresError);
  readonly needsChoice = this.store.selectSignal(homeFeature.selectNeedsChoice);
  readonly countsDue = computed(() => COUNTS_DUE.has(this.user()?.role ?? ''));
  readonly intro = computed(() => {
    const role = this.user()?.role;
    return role ? ROLE_INTRO[role] : null;
  });
  readonly scope = computed(() => {
    const la = this.user()?.laCode;
    return la ? ` for local authority ${la}` : '';
  });
  /** Everything on the navigation except this page. */
  readonly pages = computed(() =>
    navFor(this.user()?.role ?? null).filter((entry) => entry.id !== 'home'),
  );

  /** Every programme in the chooser's words, which tell apart imports that read alike. */
  // The programme list's state is registered with the programme pages: before the first of
  // them is opened there is none, and each programme is described alone.
  private readonly programmes = this.store.selectSignal(programmeFeature.selectProgrammes);
  private readonly described = computed(() =>
    describeProgrammes((this.programmes() as ProgrammeOption[] | undefined) ?? []),
  );

  /** What follows the name in the chooser's words: `: 1 Jun 2021 to 30 Jun 2022, imported …`. */
  programmeDetails(programme: ProgrammeView): string {
    const words = this.described().get(programme.id) ?? describeProgramme(programme);
    return words.slice(programme.name.length);
  }

  ngOnInit(): void {
    const user = this.user();
    if (!user) return;
    this.store.dispatch(
      HomePageActions.figuresOpened({
        email: user.email,
        role: user.role,
        staffCode: user.staffCode ?? null,
      }),
    );
    if (this.countsDue()) this.store.dispatch(HomePageActions.opened({ email: user.email }));
  }
}
