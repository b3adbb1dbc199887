export type { HealthReport } from '@attune/contract';
