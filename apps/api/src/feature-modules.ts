import { entitiesOf, type EntityClass } from './platform/database/module-entities';
import { AuditModule } from './identity/audit/audit.module';
import { AuthModule } from './identity/auth/auth.module';
import { UsersModule } from './identity/users/users.module';
import { CapacityModule } from './delivery/capacity/capacity.module';
import { FamiliesModule } from './delivery/families/families.module';
import { FidelityModule } from './delivery/fidelity/fidelity.module';
import { FamilySessionsModule } from './delivery/family-sessions/family-sessions.module';
import { PeriodLocksModule } from './delivery/period-locks/period-locks.module';
import { RecordExportsModule } from './delivery/record-exports/record-exports.module';
import { TimeEntriesModule } from './delivery/time-entries/time-entries.module';
import { TrialModule } from './delivery/trial/trial.module';
import { MilestonesModule } from './accreditation/milestones/milestones.module';
import { ProgressModule } from './accreditation/progress/progress.module';
import { RuleSetsModule } from './accreditation/rule-sets/rule-sets.module';
import { SupervisionModule } from './accreditation/supervision/supervision.module';
import { TrainingModule } from './accreditation/training/training.module';
import { PackageExportModule } from './programme-data/package-export/package-export.module';
import { PackageImportModule } from './programme-data/package-import/package-import.module';
import { LocalAuthoritiesModule } from './programme-data/local-authorities/local-authorities.module';
import { StaffModule } from './programme-data/staff/staff.module';
import { PractitionersModule } from './programme-data/practitioners/practitioners.module';
import { ProgrammesModule } from './programme-data/programmes/programmes.module';
import { ReferenceModule } from './programme-data/reference/reference.module';
import { UnitCostsModule } from './programme-data/unit-costs/unit-costs.module';
import { PriceIndexModule } from './programme-data/price-index/price-index.module';
import { ResourcesModule } from './programme-data/resources/resources.module';
import { CostSummaryModule } from './costing/cost-summary/cost-summary.module';
import { JobsModule } from './costing/jobs/jobs.module';
import { WorkbookExportModule } from './costing/workbook-export/workbook-export.module';
import { LedgerModule } from './costing/ledger/ledger.module';

/** Every domain module of the API, by area, in one list so that AppModule stays short. */
export const featureModules = [
  // costing's JobsModule first: it is global, and handlers register with its worker.
  JobsModule,
  // identity
  UsersModule,
  AuditModule,
  AuthModule,
  // programme-data
  ProgrammesModule,
  PackageImportModule,
  PackageExportModule,
  ReferenceModule,
  UnitCostsModule,
  PriceIndexModule,
  ResourcesModule,
  LocalAuthoritiesModule,
  StaffModule,
  PractitionersModule,
  // delivery
  FamiliesModule,
  FamilySessionsModule,
  TimeEntriesModule,
  PeriodLocksModule,
  CapacityModule,
  FidelityModule,
  RecordExportsModule,
  TrialModule,
  // accreditation
  SupervisionModule,
  MilestonesModule,
  TrainingModule,
  RuleSetsModule,
  ProgressModule,
  // costing
  CostSummaryModule,
  WorkbookExportModule,
  LedgerModule,
];

/** The entities those modules register: for a DataSource built outside Nest. */
export function featureEntities(): EntityClass[] {
  return entitiesOf(featureModules);
}
