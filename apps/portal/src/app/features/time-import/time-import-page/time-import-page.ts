import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TIME_ENTRY_ACTIVITIES } from '@attune/domain';
import { Store } from '@ngrx/store';
import { ImportProblems } from '../import-problems/import-problems';
import { ImportSummary } from '../import-summary/import-summary';
import { TimeImportPageActions } from '../time-import.actions';
import { templateUrl } from '../time-import.api';
import { timeImportFeature } from '../time-import.feature';

const FORMATS = /\.(csv|xlsx)$/i;

/**
 * Load a spreadsheet of staff time: download a template, choose a file, check it
 * (a dry run shows what it would write by LA and activity), then import it. A
 * refused file lists every problem by line and column; nothing is written.
 */
@Component({
  selector: 'att-time-import-page',
  imports: [ImportSummary, ImportProblems],
  templateUrl: './time-import-page.html',
  styleUrl: './time-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TimeImportPage {
  private readonly store = inject(Store);
  /** From the address (`/p/:programmeId/time-import`), bound by the router. */
  readonly programmeId = input.required<string>();
  readonly activities = TIME_ENTRY_ACTIVITIES;
  readonly csvTemplate = computed(() => templateUrl(this.programmeId(), 'csv'));
  readonly xlsxTemplate = computed(() => templateUrl(this.programmeId(), 'xlsx'));

  readonly file = signal<File | null>(null);
  readonly fileError = signal<string | null>(null);
  readonly state = this.store.selectSignal(timeImportFeature.selectState);
  readonly busy = this.store.selectSignal(timeImportFeature.selectBusy);
  private readonly checkedFile = this.store.selectSignal(timeImportFeature.selectCheckedFile);
  /** Import is offered once the chosen file has passed its dry run. */
  readonly canImport = computed(
    () => !this.busy() && this.file() !== null && this.checkedFile() === this.file()!.name,
  );

  readonly sentence = computed(() => {
    const s = this.state();
    switch (s.status) {
      case 'idle':
        return '';
      case 'uploading':
        return s.percent === null
          ? `Uploading ${s.fileName}…`
          : `Uploading ${s.fileName}: ${s.percent}%.`;
      case 'checking':
        return `Checking every row of ${s.fileName}. Nothing is saved until all of them pass.`;
      case 'checked':
        return `${s.fileName} passed: ${s.result.rows} rows would be imported. Nothing is written until you choose Import.`;
      case 'imported':
        return `Imported ${s.result.rows} rows from ${s.fileName}.`;
      case 'refused':
        return `${s.fileName} was refused: ${s.refusal.total} problem(s), listed below. Nothing was written.`;
      case 'duplicate':
        return `${s.fileName} was refused as a duplicate. Nothing was written.`;
      case 'failed':
        return `${s.error} Nothing was written.`;
    }
  });
  readonly uploading = computed(() => {
    const s = this.state();
    return s.status === 'uploading' ? s : null;
  });
  readonly result = computed(() => {
    const s = this.state();
    return s.status === 'checked' || s.status === 'imported' ? s.result : null;
  });
  readonly refused = computed(() => {
    const s = this.state();
    return s.status === 'refused' ? s : null;
  });
  readonly duplicate = computed(() => {
    const s = this.state();
    return s.status === 'duplicate' ? s.message : null;
  });

  /** Checked as soon as it is chosen: the format is in the name. */
  choose(event: Event): void {
    const files = (event.target as HTMLInputElement).files;
    const file = files && files.length > 0 ? files[0]! : null;
    this.file.set(file);
    this.fileError.set(
      file && !FORMATS.test(file.name)
        ? `${file.name} is neither a .csv nor an .xlsx file: use one of the templates.`
        : null,
    );
    this.store.dispatch(TimeImportPageActions.fileChanged());
  }

  check(event: Event): void {
    event.preventDefault();
    this.send(true);
  }

  import(): void {
    if (this.canImport()) this.send(false);
  }

  private send(dryRun: boolean): void {
    if (this.busy()) return;
    const file = this.file();
    if (!file) {
      this.fileError.set('Choose the file to import (.csv or .xlsx).');
      return;
    }
    if (this.fileError()) return;
    this.store.dispatch(
      TimeImportPageActions.fileSubmitted({ programmeId: this.programmeId(), file, dryRun }),
    );
  }
}
