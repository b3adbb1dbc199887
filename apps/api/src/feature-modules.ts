import { JobsModule } from './costing/jobs/jobs.module';
import { UsersModule } from './users/users.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { deliveryModules } from './delivery/delivery-modules';
import { PackageExportModule } from './programme-data/package-export/package-export.module';
import { PackageImportModule } from './programme-data/package-import/package-import.module';
import { ProgrammesModule } from './programme-data/programmes/programmes.module';
import { ReferenceModule } from './programme-data/reference/reference.module';
import { SupervisionModule } from './supervision/supervision.module';
import { AccreditationModule } from './accreditation/accreditation.module';
import { MilestonesModule } from './milestones/milestones.module';
import { TrainingModule } from './training/training.module';
import { RuleSetsModule } from './rule-sets/rule-sets.module';
import { CostSummaryModule } from './costing/cost-summary/cost-summary.module';
import { WorkbookExportModule } from './costing/workbook-export/workbook-export.module';

/** Every domain module of the API, in one list so that AppModule stays short. */
export const featureModules = [
  JobsModule,
  UsersModule,
  AuditModule,
  AuthModule,
  // programme-data
  ProgrammesModule,
  PackageImportModule,
  PackageExportModule,
  ReferenceModule,
  SupervisionModule,
  AccreditationModule,
  MilestonesModule,
  TrainingModule,
  RuleSetsModule,
  // costing (JobsModule, first above, is global: handlers register with its worker)
  CostSummaryModule,
  WorkbookExportModule,
  ...deliveryModules,
];
