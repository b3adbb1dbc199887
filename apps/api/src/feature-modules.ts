import { JobsModule } from './jobs/jobs.module';
import { UsersModule } from './identity/users/users.module';
import { AuditModule } from './identity/audit/audit.module';
import { AuthModule } from './identity/auth/auth.module';
import { deliveryModules } from './delivery/delivery-modules';
import { ProgrammesModule } from './programmes/programmes.module';
import { SupervisionModule } from './accreditation/supervision/supervision.module';
import { ProgressModule } from './accreditation/progress/progress.module';
import { MilestonesModule } from './accreditation/milestones/milestones.module';
import { TrainingModule } from './accreditation/training/training.module';
import { RuleSetsModule } from './accreditation/rule-sets/rule-sets.module';
import { WorkbookExportModule } from './workbook-export/workbook-export.module';

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
  ...deliveryModules,
];
