import {
  ChangeDetectionStrategy,
  Component,
  OnDestroy,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { programmeFeature } from '../../../core/programme/programme.feature';
import { dispatchOnOpen } from '../../../core/store/dispatch-on-open';
import { WorkbookExportPageActions } from '../workbook-export.actions';
import { workbookExportFeature } from '../workbook-export.feature';

/** The economist's "Export workbook": choose a programme, follow the export, download it. */
@Component({
  selector: 'att-workbook-export-page',
  imports: [MatButtonModule, MatProgressBarModule],
  templateUrl: './workbook-export-page.html',
  styleUrl: './workbook-export-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkbookExportPage implements OnDestroy {
  private readonly store = inject(Store);
  /** The programme of the address, bound by the router. */
  readonly programmeId = input.required<string>();
  readonly programme = this.store.selectSignal(programmeFeature.selectCurrent);
  readonly status = this.store.selectSignal(workbookExportFeature.selectStatus);
  readonly progress = this.store.selectSignal(workbookExportFeature.selectProgress);
  readonly downloadUrl = this.store.selectSignal(workbookExportFeature.selectDownloadUrl);
  readonly error = this.store.selectSignal(workbookExportFeature.selectError);
  readonly announcement = this.store.selectSignal(workbookExportFeature.selectAnnouncement);
  readonly busy = this.store.selectSignal(workbookExportFeature.selectBusy);

  /** What is happening, in words, next to the bar (the live region says less, less often). */
  readonly statusText = computed(() => {
    switch (this.status()) {
      case 'starting':
        return 'Starting the export…';
      case 'queued':
        return 'Waiting for the export to start…';
      case 'running':
        return `Writing the workbook: ${this.progress()}% done.`;
      case 'succeeded':
        return 'The workbook is ready.';
      case 'failed':
        return 'The export failed.';
      default:
        return '';
    }
  });

  constructor() {
    dispatchOnOpen(() => WorkbookExportPageActions.opened({ programmeId: this.programmeId() }));
  }

  ngOnDestroy(): void {
    this.store.dispatch(WorkbookExportPageActions.left());
  }

  start(event?: Event): void {
    event?.preventDefault();
    const programmeId = this.programmeId();
    if (!this.busy()) {
      this.store.dispatch(WorkbookExportPageActions.exportRequested({ programmeId }));
    }
  }
}
