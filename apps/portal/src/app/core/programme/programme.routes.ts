import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { navEntryGuard } from '../auth/auth.guards';
import { provideUkDates } from '../forms/uk-date-adapter';
import { NAV_ENTRIES } from '../nav/nav.model';
import * as programmeEffects from './programme.effects';
import { programmeFeature } from './programme.feature';
import { programmeGuard, programmelessMatcher, toProgrammeGuard } from './programme.guards';

/** The first path segments of the programme pages (`capacity`, …). */
const PROGRAMME_PAGES: ReadonlySet<string> = new Set(
  NAV_ENTRIES.filter((entry) => entry.programmePage).map((entry) => entry.path.slice(1)),
);

/** `/p/:programmeId/<page>`: each page of one programme, with its role check and lazy code. */
const PAGES: Routes = [
  {
    path: 'supervision',
    title: 'Supervision · Attune',
    canActivate: [navEntryGuard('supervision')],
    loadChildren: () =>
      import('../../features/supervision/supervision.routes').then((m) => m.SUPERVISION_ROUTES),
  },
  {
    path: 'accreditation',
    title: 'Accreditation · Attune',
    canActivate: [navEntryGuard('accreditation')],
    loadChildren: () =>
      import('../../features/supervision/supervision.routes').then((m) => m.ACCREDITATION_ROUTES),
  },
  {
    path: 'rule-sets',
    title: 'Rule sets · Attune',
    canActivate: [navEntryGuard('rule-sets')],
    loadChildren: () => import('../../features/supervision/rule-sets/rule-sets.routes'),
  },
  {
    path: 'my-progress',
    title: 'My progress · Attune',
    canActivate: [navEntryGuard('my-progress')],
    loadChildren: () =>
      import('../../features/supervision/supervision.routes').then((m) => m.MY_PROGRESS_ROUTES),
  },
  {
    path: 'settings',
    title: 'Programme settings · Attune',
    canActivate: [navEntryGuard('programme-settings')],
    loadChildren: () =>
      import('../../features/programme-admin/programme-admin.routes').then(
        (m) => m.SETTINGS_ROUTES,
      ),
  },
  {
    path: 'local-authorities',
    title: 'Local authorities · Attune',
    canActivate: [navEntryGuard('local-authorities')],
    loadChildren: () =>
      import('../../features/programme-admin/programme-admin.routes').then(
        (m) => m.LOCAL_AUTHORITIES_ROUTES,
      ),
  },
  {
    path: 'staff',
    title: 'Staff and practitioners · Attune',
    canActivate: [navEntryGuard('staff')],
    loadChildren: () =>
      import('../../features/programme-admin/programme-admin.routes').then((m) => m.STAFF_ROUTES),
  },
  {
    path: 'capacity',
    title: 'Capacity · Attune',
    canActivate: [navEntryGuard('capacity')],
    loadChildren: () =>
      import('../../features/delivery/delivery.routes').then((m) => m.CAPACITY_ROUTES),
  },
  {
    path: 'families',
    title: 'Families · Attune',
    canActivate: [navEntryGuard('families')],
    loadChildren: () =>
      import('../../features/delivery/delivery.routes').then((m) => m.FAMILIES_ROUTES),
  },
  {
    path: 'trial',
    title: 'Trial · Attune',
    canActivate: [navEntryGuard('trial')],
    loadChildren: () =>
      import('../../features/delivery/delivery.routes').then((m) => m.TRIAL_ROUTES),
  },
  {
    path: 'fidelity',
    title: 'Fidelity · Attune',
    canActivate: [navEntryGuard('fidelity')],
    loadChildren: () =>
      import('../../features/delivery/delivery.routes').then((m) => m.FIDELITY_ROUTES),
  },
  {
    path: 'sign-off',
    title: 'Sign-off · Attune',
    canActivate: [navEntryGuard('sign-off')],
    loadChildren: () =>
      import('../../features/delivery/delivery.routes').then((m) => m.SIGN_OFF_ROUTES),
  },
  {
    path: 'time-import',
    title: 'Import time · Attune',
    canActivate: [navEntryGuard('time-import')],
    loadChildren: () => import('../../features/time-import/time-import.routes'),
  },
  {
    path: 'my-families',
    title: 'My families · Attune',
    canActivate: [navEntryGuard('my-families')],
    loadChildren: () =>
      import('../../features/delivery/delivery.routes').then((m) => m.MY_FAMILIES_ROUTES),
  },
  {
    path: 'my-time',
    title: 'My time · Attune',
    canActivate: [navEntryGuard('my-time')],
    loadChildren: () =>
      import('../../features/delivery/delivery.routes').then((m) => m.MY_TIME_ROUTES),
  },
  {
    path: 'team-time',
    title: 'Team time · Attune',
    canActivate: [navEntryGuard('team-time')],
    loadChildren: () =>
      import('../../features/delivery/delivery.routes').then((m) => m.TEAM_TIME_ROUTES),
  },
  {
    path: 'costs',
    title: 'Costs · Attune',
    canActivate: [navEntryGuard('costs')],
    loadChildren: () => import('../../features/cost-summary/cost-summary.routes'),
  },
  {
    path: 'unit-costs',
    title: 'Unit costs · Attune',
    canActivate: [navEntryGuard('unit-costs')],
    loadChildren: () =>
      import('../../features/prices/prices.routes').then((m) => m.UNIT_COSTS_ROUTES),
  },
  {
    path: 'price-index',
    title: 'Price index · Attune',
    canActivate: [navEntryGuard('price-index')],
    loadChildren: () =>
      import('../../features/prices/prices.routes').then((m) => m.PRICE_INDEX_ROUTES),
  },
  {
    path: 'resources',
    title: 'Resources · Attune',
    canActivate: [navEntryGuard('resources')],
    loadChildren: () =>
      import('../../features/prices/prices.routes').then((m) => m.RESOURCES_ROUTES),
  },
  {
    path: 'ledger',
    title: 'Ledger · Attune',
    canActivate: [navEntryGuard('ledger')],
    loadChildren: () => import('../../features/ledger/ledger.routes'),
  },
  {
    path: 'sensitivity',
    title: 'Sensitivity · Attune',
    canActivate: [navEntryGuard('sensitivity')],
    loadChildren: () => import('../../features/cost-summary/sensitivity.routes'),
  },
  {
    path: 'workbook-export',
    title: 'Export workbook · Attune',
    canActivate: [navEntryGuard('workbook-export')],
    loadChildren: () => import('../../features/workbook-export/workbook-export.routes'),
  },
  // A programme alone is no page: its pages are in the navigation.
  { path: '', pathMatch: 'full', redirectTo: '/home' },
];

/**
 * Everything that needs a programme, loaded on first use: the programme pages,
 * the old addresses without a programme (redirected), and the question which one.
 */
const PROGRAMME_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(programmeFeature), provideEffects(programmeEffects), provideUkDates()],
    children: [
      {
        path: 'p/:programmeId',
        canActivate: [programmeGuard],
        loadComponent: () => import('./programme-frame/programme-frame'),
        children: PAGES,
      },
      {
        path: 'choose-programme',
        title: 'Choose a programme · Attune',
        canActivate: [navEntryGuard('home')],
        loadComponent: () => import('./choose-programme-page/choose-programme-page'),
      },
      {
        matcher: programmelessMatcher(PROGRAMME_PAGES),
        canActivate: [toProgrammeGuard],
        children: [],
      },
    ],
  },
];
export default PROGRAMME_ROUTES;
