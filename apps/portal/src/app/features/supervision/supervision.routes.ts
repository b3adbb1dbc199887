import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { AccreditationPage } from './accreditation-page/accreditation-page';
import { MyProgressPage } from './my-progress-page/my-progress-page';
import { MilestonesPage } from './records/milestones-page/milestones-page';
import * as recordsEffects from './records/records.effects';
import { recordsFeature } from './records/records.feature';
import { TrainingPage } from './records/training-page/training-page';
import * as supervisionEffects from './supervision.effects';
import { supervisionFeature } from './supervision.feature';
import { SupervisionPage } from './supervision-page/supervision-page';

const providers = [provideState(supervisionFeature), provideEffects(supervisionEffects)];
const recordsProviders = [provideState(recordsFeature), provideEffects(recordsEffects)];

export const SUPERVISION_ROUTES: Routes = [
  {
    path: '',
    providers: [...providers, ...recordsProviders],
    children: [
      { path: '', component: SupervisionPage },
      { path: 'milestones', title: 'Milestones · Attune', component: MilestonesPage },
      { path: 'training-events', title: 'Training events · Attune', component: TrainingPage },
    ],
  },
];
export const ACCREDITATION_ROUTES: Routes = [{ path: '', component: AccreditationPage, providers }];
export const MY_PROGRESS_ROUTES: Routes = [{ path: '', component: MyProgressPage, providers }];
