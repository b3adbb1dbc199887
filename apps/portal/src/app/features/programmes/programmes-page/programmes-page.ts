import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { ImportStatus } from '../import-status/import-status';
import { PackageImportForm } from '../package-import-form/package-import-form';
import { ProgrammesPageActions } from '../programmes.actions';
import { programmesFeature } from '../programmes.feature';
import { ProgrammesTable } from '../programmes-table/programmes-table';

@Component({
  selector: 'att-programmes-page',
  imports: [ProgrammesTable, PackageImportForm, ImportStatus],
  templateUrl: './programmes-page.html',
  styleUrl: './programmes-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammesPage implements OnInit {
  private readonly store = inject(Store);
  readonly items = this.store.selectSignal(programmesFeature.selectItems);
  readonly total = this.store.selectSignal(programmesFeature.selectTotal);
  readonly page = this.store.selectSignal(programmesFeature.selectPage);
  readonly pageSize = this.store.selectSignal(programmesFeature.selectPageSize);
  readonly loading = this.store.selectSignal(programmesFeature.selectLoading);
  readonly loadError = this.store.selectSignal(programmesFeature.selectLoadError);
  readonly importState = this.store.selectSignal(programmesFeature.selectImport);
  readonly importing = this.store.selectSignal(programmesFeature.selectImporting);

  ngOnInit(): void {
    this.store.dispatch(ProgrammesPageActions.opened());
  }

  changePage(change: { page: number; pageSize: number }): void {
    this.store.dispatch(ProgrammesPageActions.pageChanged(change));
  }

  importPackage(file: File): void {
    this.store.dispatch(ProgrammesPageActions.importSubmitted({ file }));
  }
}
