import {
  ChangeDetectionStrategy,
  Component,
  OnDestroy,
  OnInit,
  computed,
  inject,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { WorkbookExportPageActions } from '../workbook-export.actions';
import { workbookExportFeature } from '../workbook-export.feature';

/** The economist's "Export workbook": choose a programme, follow the export, download it. */
@Component({
  selector: 'att-workbook-export-page',
  imports: [MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule],
  templateUrl: './workbook-export-page.html',
  styleUrl: './workbook-export-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkbookExportPage implements OnInit, OnDestroy {
  private readonly store = inject(Store);
  readonly programmes = this.store.selectSignal(workbookExportFeature.selectProgrammes);
  readonly loading = this.store.selectSignal(workbookExportFeature.selectLoading);
  readonly loadError = this.store.selectSignal(workbookExportFeature.selectLoadError);
  readonly selectedId = this.store.selectSignal(workbookExportFeature.selectSelectedId);
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

  ngOnInit(): void {
    this.store.dispatch(WorkbookExportPageActions.opened());
  }

  ngOnDestroy(): void {
    this.store.dispatch(WorkbookExportPageActions.left());
  }

  select(programmeId: string): void {
    this.store.dispatch(WorkbookExportPageActions.programmeSelected({ programmeId }));
  }

  start(event?: Event): void {
    event?.preventDefault();
    const programmeId = this.selectedId();
    if (programmeId && !this.busy()) {
      this.store.dispatch(WorkbookExportPageActions.exportRequested({ programmeId }));
    }
  }
}
