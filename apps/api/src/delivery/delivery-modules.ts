import { CapacityModule } from '../capacity/capacity.module';
import { FamiliesModule } from '../families/families.module';
import { FamilySessionsModule } from '../family-sessions/family-sessions.module';
import { PeriodLocksModule } from '../period-locks/period-locks.module';
import { TimeEntriesModule } from '../time-entries/time-entries.module';

/** Families, sessions, time, sign-off and capacity: the delivery side of the API. */
export const deliveryModules = [
  FamiliesModule,
  FamilySessionsModule,
  TimeEntriesModule,
  PeriodLocksModule,
  CapacityModule,
];
