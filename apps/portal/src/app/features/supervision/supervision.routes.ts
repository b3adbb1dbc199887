import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { AccreditationPage } from './accreditation-page/accreditation-page';
import { MyProgressPage } from './my-progress-page/my-progress-page';
import * as supervisionEffects from './supervision.effects';
import { supervisionFeature } from './supervision.feature';
import { SupervisionPage } from './supervision-page/supervision-page';

const providers = [provideState(supervisionFeature), provideEffects(supervisionEffects)];

export const SUPERVISION_ROUTES: Routes = [{ path: '', component: SupervisionPage, providers }];
export const ACCREDITATION_ROUTES: Routes = [{ path: '', component: AccreditationPage, providers }];
export const MY_PROGRESS_ROUTES: Routes = [{ path: '', component: MyProgressPage, providers }];
