import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ImportRefusalTable } from '../import-refusal/import-refusal';
import { ImportState } from '../programmes.models';
import { ScrollRegion } from '../../../core/layout/scroll-region';

/** Where an import is, in one announced sentence, then its progress or its outcome in full. */
@Component({
  selector: 'att-import-status',
  imports: [ScrollRegion, MatProgressBarModule, ImportRefusalTable],
  templateUrl: './import-status.html',
  styleUrl: './import-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportStatus {
  readonly state = input.required<ImportState>();

  /** The one sentence a screen reader hears at each step. */
  readonly sentence = computed(() => {
    const state = this.state();
    switch (state.status) {
      case 'idle':
        return '';
      case 'uploading':
        return state.percent === null
          ? `Uploading ${state.fileName}…`
          : `Uploading ${state.fileName}: ${state.percent}%.`;
      case 'validating':
        return `Checking ${state.fileName}. Nothing is saved until every row has been checked.`;
      case 'imported':
        return `Imported ${state.fileName} as a new programme.`;
      case 'refused':
        return `The package ${state.fileName} was refused and nothing was imported.`;
      case 'failed':
        return `${state.error} Nothing was imported.`;
    }
  });

  readonly uploading = computed(() => {
    const state = this.state();
    return state.status === 'uploading' ? state : null;
  });

  readonly refused = computed(() => {
    const state = this.state();
    return state.status === 'refused' ? state : null;
  });

  readonly counts = computed(() => {
    const state = this.state();
    if (state.status !== 'imported') return [];
    return Object.entries(state.result.counts).map(([file, rows]) => ({ file, rows }));
  });

  readonly totalRows = computed(() => this.counts().reduce((sum, c) => sum + c.rows, 0));
}
