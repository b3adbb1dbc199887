import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { Router, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { ProgrammeChooserActions, ProgrammeRouteActions } from '../programme.actions';
import { selectProgrammeId } from '../programme-id.selector';
import { programmeFeature } from '../programme.feature';
import { ProgrammeChooser } from '../programme-chooser/programme-chooser';
import { pageForAnotherProgramme, splitProgrammeUrl } from '../programme-urls';

/** Every programme page: which programme it shows (and another to choose), then the page. */
@Component({
  selector: 'att-programme-frame',
  imports: [ProgrammeChooser, RouterOutlet],
  template: `
    <div class="programme-bar">
      <att-programme-chooser
        [programmes]="programmes()"
        [selectedId]="programmeId()"
        (chosen)="choose($event)"
      />
    </div>
    <router-outlet />
  `,
  styles: `
    .programme-bar {
      max-width: 72rem;
      padding: 1rem 1.5rem 0;
    }
    /* The page's own margins on a phone (styles.scss, .page). */
    @media (max-width: 599.98px) {
      .programme-bar {
        padding: 1rem 1rem 0;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ProgrammeFrame implements OnInit {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  readonly programmes = this.store.selectSignal(programmeFeature.selectProgrammes);
  readonly programmeId = this.store.selectSignal(selectProgrammeId);

  ngOnInit(): void {
    // The guard has the list; this only loads it if it has never been read.
    this.store.dispatch(ProgrammeRouteActions.listNeeded({ fresh: false }));
  }

  choose(programmeId: string): void {
    const here = splitProgrammeUrl(this.router.url);
    const next = pageForAnotherProgramme(here?.page ?? '');
    this.store.dispatch(ProgrammeChooserActions.chosen({ programmeId, next }));
  }
}
