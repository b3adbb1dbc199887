import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as costSummaryEffects from './cost-summary.effects';
import { costSummaryFeature } from './cost-summary.feature';
import { CostSummaryPage } from './cost-summary-page/cost-summary-page';

export default [
  {
    path: '',
    component: CostSummaryPage,
    providers: [provideState(costSummaryFeature), provideEffects(costSummaryEffects)],
  },
] satisfies Routes;
