import { Routes } from '@angular/router';
import { landingGuard, navEntryGuard, signedOutGuard } from './core/auth/auth.guards';

export const routes: Routes = [
  { path: '', pathMatch: 'full', canActivate: [landingGuard], children: [] },
  {
    path: 'sign-in',
    title: 'Sign in · Attune',
    canActivate: [signedOutGuard],
    loadChildren: () => import('./features/sign-in/sign-in.routes'),
  },
  {
    path: 'home',
    title: 'Home · Attune',
    canActivate: [navEntryGuard('home')],
    loadComponent: () => import('./features/home/home-page/home-page'),
  },
  {
    path: 'users',
    title: 'Users · Attune',
    canActivate: [navEntryGuard('users')],
    loadChildren: () => import('./features/users/users.routes'),
  },
  {
    path: 'health',
    title: 'System health · Attune',
    canActivate: [navEntryGuard('health')],
    loadChildren: () => import('./features/health/health.routes'),
  },
  {
    path: '**',
    title: 'Page not found · Attune',
    loadComponent: () => import('./features/not-found/not-found'),
  },
];
