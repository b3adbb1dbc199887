import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as workbookExportEffects from './workbook-export.effects';
import { workbookExportFeature } from './workbook-export.feature';
import { WorkbookExportPage } from './workbook-export-page/workbook-export-page';

export default [
  {
    path: '',
    component: WorkbookExportPage,
    providers: [provideState(workbookExportFeature), provideEffects(workbookExportEffects)],
  },
] satisfies Routes;
