import type { JobStatus } from '@attune/contract';

export type { JobStatus, JobView } from '@attune/contract';

export const isFinished = (status: JobStatus): boolean =>
  status === 'succeeded' || status === 'failed';
