import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { ProgrammeChooserActions, ProgrammeRouteActions } from '../programme.actions';
import { programmeFeature } from '../programme.feature';
import { ProgrammeChooser } from '../programme-chooser/programme-chooser';

/** Asked when a page needs a programme and none is chosen yet (or a link named one not visible). */
@Component({
  selector: 'att-choose-programme-page',
  imports: [ProgrammeChooser, RouterLink],
  template: `
    <section class="page">
      <h1>Choose a programme</h1>
      @if (unknown()) {
        <p role="alert" data-testid="unknown-programme">
          The programme in that link does not exist or is not one you can see.
        </p>
      }
      @if (error(); as text) {
        <p class="error-text" role="alert">{{ text }}</p>
      }
      @if (status() === 'loading') {
        <p aria-live="polite">Loading…</p>
      } @else if (programmes().length === 0 && !error()) {
        <p>There is no programme you can see yet. An admin can import one from its data package.</p>
      } @else {
        <p>Which programme do you want to work in? Attune remembers your choice.</p>
        <att-programme-chooser [programmes]="programmes()" (chosen)="choose($event)" />
      }
      <p><a routerLink="/home">Back to your home page</a></p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ChooseProgrammePage implements OnInit {
  private readonly store = inject(Store);
  /** Query parameters, bound by the router: the page to go on to, and a programme not found. */
  readonly next = input<string>();
  readonly unknown = input<string>();
  readonly programmes = this.store.selectSignal(programmeFeature.selectProgrammes);
  readonly status = this.store.selectSignal(programmeFeature.selectStatus);
  readonly error = this.store.selectSignal(programmeFeature.selectError);
  /** Only a page of the portal (never another site) is gone on to. */
  private readonly page = computed(() => {
    const next = this.next() ?? '';
    return /^[a-z][a-z0-9-]*(\/|\?|$)/.test(next) ? next : '';
  });

  ngOnInit(): void {
    this.store.dispatch(ProgrammeRouteActions.listNeeded({ fresh: true }));
  }

  choose(programmeId: string): void {
    this.store.dispatch(ProgrammeChooserActions.chosen({ programmeId, next: this.page() }));
  }
}
