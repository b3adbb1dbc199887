import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { provideUkDates } from '../../core/forms/uk-date-adapter';
import * as auditLogEffects from './audit-log.effects';
import { auditLogFeature } from './audit-log.feature';
import { AuditLogPage } from './audit-log-page/audit-log-page';

export default [
  {
    path: '',
    component: AuditLogPage,
    providers: [provideState(auditLogFeature), provideEffects(auditLogEffects), provideUkDates()],
  },
] satisfies Routes;
