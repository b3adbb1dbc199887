import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/auth.feature';
import { ROLE_INTRO, navFor } from '../../../core/nav/nav.model';

/** Each role's start page: who they are here and the pages open to them. */
@Component({
  selector: 'att-home-page',
  imports: [RouterLink],
  templateUrl: './home-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class HomePage {
  private readonly store = inject(Store);
  readonly user = this.store.selectSignal(authFeature.selectUser);
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
}
