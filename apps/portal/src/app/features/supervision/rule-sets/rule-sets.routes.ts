import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import RuleSetsPage from './rule-sets-page/rule-sets-page';
import * as ruleSetsEffects from './rule-sets.effects';
import { ruleSetsFeature } from './rule-sets.feature';

const RULE_SETS_ROUTES: Routes = [
  {
    path: '',
    component: RuleSetsPage,
    providers: [provideState(ruleSetsFeature), provideEffects(ruleSetsEffects)],
  },
];
export default RULE_SETS_ROUTES;
