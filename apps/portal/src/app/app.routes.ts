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
    path: 'supervision',
    title: 'Supervision · Attune',
    canActivate: [navEntryGuard('supervision')],
    loadChildren: () =>
      import('./features/supervision/supervision.routes').then((m) => m.SUPERVISION_ROUTES),
  },
  {
    path: 'accreditation',
    title: 'Accreditation · Attune',
    canActivate: [navEntryGuard('accreditation')],
    loadChildren: () =>
      import('./features/supervision/supervision.routes').then((m) => m.ACCREDITATION_ROUTES),
  },
  {
    path: 'rule-sets',
    title: 'Rule sets · Attune',
    canActivate: [navEntryGuard('rule-sets')],
    loadChildren: () => import('./features/supervision/rule-sets/rule-sets.routes'),
  },
  {
    path: 'my-progress',
    title: 'My progress · Attune',
    canActivate: [navEntryGuard('my-progress')],
    loadChildren: () =>
      import('./features/supervision/supervision.routes').then((m) => m.MY_PROGRESS_ROUTES),
  },
  {
    path: 'capacity',
    title: 'Capacity · Attune',
    canActivate: [navEntryGuard('capacity')],
    loadChildren: () =>
      import('./features/delivery/delivery.routes').then((m) => m.CAPACITY_ROUTES),
  },
  {
    path: 'families',
    title: 'Families · Attune',
    canActivate: [navEntryGuard('families')],
    loadChildren: () =>
      import('./features/delivery/delivery.routes').then((m) => m.FAMILIES_ROUTES),
  },
  {
    path: 'sign-off',
    title: 'Sign-off · Attune',
    canActivate: [navEntryGuard('sign-off')],
    loadChildren: () =>
      import('./features/delivery/delivery.routes').then((m) => m.SIGN_OFF_ROUTES),
  },
  {
    path: 'my-families',
    title: 'My families · Attune',
    canActivate: [navEntryGuard('my-families')],
    loadChildren: () =>
      import('./features/delivery/delivery.routes').then((m) => m.MY_FAMILIES_ROUTES),
  },
  {
    path: 'my-time',
    title: 'My time · Attune',
    canActivate: [navEntryGuard('my-time')],
    loadChildren: () => import('./features/delivery/delivery.routes').then((m) => m.MY_TIME_ROUTES),
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
    path: 'costs',
    title: 'Costs · Attune',
    canActivate: [navEntryGuard('costs')],
    loadChildren: () => import('./features/cost-summary/cost-summary.routes'),
  },
  {
    path: 'workbook-export',
    title: 'Export workbook · Attune',
    canActivate: [navEntryGuard('workbook-export')],
    loadChildren: () => import('./features/workbook-export/workbook-export.routes'),
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
