import { JobsModule } from './jobs/jobs.module';
import { UsersModule } from './users/users.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { SupervisionModule } from './supervision/supervision.module';
import { AccreditationModule } from './accreditation/accreditation.module';
import { MilestonesModule } from './milestones/milestones.module';
import { TrainingModule } from './training/training.module';
import { RuleSetsModule } from './rule-sets/rule-sets.module';
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
  UsersModule,
  AuditModule,
  AuthModule,
  ProgrammesModule,
  SupervisionModule,
  AccreditationModule,
  MilestonesModule,
  TrainingModule,
  RuleSetsModule,
  WorkbookExportModule,
  ...delivery,
];
