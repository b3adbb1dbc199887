import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as usersEffects from './users.effects';
import { usersFeature } from './users.feature';
import { UsersPage } from './users-page/users-page';

export default [
  {
    path: '',
    component: UsersPage,
    providers: [provideState(usersFeature), provideEffects(usersEffects)],
  },
] satisfies Routes;
