import { JobsModule } from './jobs/jobs.module';
import { UsersModule } from './identity/users/users.module';
import { AuditModule } from './identity/audit/audit.module';
import { AuthModule } from './identity/auth/auth.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { SupervisionModule } from './accreditation/supervision/supervision.module';
import { ProgressModule } from './accreditation/progress/progress.module';
import { MilestonesModule } from './accreditation/milestones/milestones.module';
import { TrainingModule } from './accreditation/training/training.module';
import { RuleSetsModule } from './accreditation/rule-sets/rule-sets.module';
import { WorkbookExportModule } from './workbook-export/workbook-export.module';
import { CapacityModule } from './delivery/capacity/capacity.module';
import { FamiliesModule } from './delivery/families/families.module';
import { FamilySessionsModule } from './delivery/family-sessions/family-sessions.module';
import { PeriodLocksModule } from './delivery/period-locks/period-locks.module';
import { TimeEntriesModule } from './delivery/time-entries/time-entries.module';

/** Families, sessions, time, sign-off and capacity: the delivery side of the API. */
const delivery = [
  FamiliesModule,
  FamilySessionsModule,
  TimeEntriesModule,
  PeriodLocksModule,
  CapacityModule,
];

/** Every domain module of the API, in one list so that AppModule stays short. */
export const featureModules = [
  JobsModule,
  // identity/
  UsersModule,
  AuditModule,
  AuthModule,
  ProgrammesModule,
  // accreditation/
  SupervisionModule,
  MilestonesModule,
  TrainingModule,
  RuleSetsModule,
  ProgressModule,
  WorkbookExportModule,
  ...delivery,
];
