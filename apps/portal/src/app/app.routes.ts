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
    loadChildren: () => import('./features/home/home.routes'),
  },
  {
    path: 'users',
    title: 'Users · Attune',
    canActivate: [navEntryGuard('users')],
    loadChildren: () => import('./features/users/users.routes'),
  },
  {
    path: 'audit-log',
    title: 'Audit log · Attune',
    canActivate: [navEntryGuard('audit-log')],
    loadChildren: () => import('./features/audit-log/audit-log.routes'),
  },
  {
    path: 'programmes',
    title: 'Programmes · Attune',
    canActivate: [navEntryGuard('programmes')],
    loadChildren: () => import('./features/programmes/programmes.routes'),
  },
  {
    path: 'health',
    title: 'System health · Attune',
    canActivate: [navEntryGuard('health')],
    loadChildren: () => import('./features/health/health.routes'),
  },
  // Programme pages (`/p/:programmeId/...`), their old addresses, the programme chooser.
  { path: '', loadChildren: () => import('./core/programme/programme.routes') },
  {
    path: '**',
    title: 'Page not found · Attune',
    loadComponent: () => import('./features/not-found/not-found'),
  },
];
