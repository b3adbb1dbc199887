import type { JobStatus } from '../entities/job.entity';

/** GET /api/jobs/:jobId */
export interface JobView {
  id: string;
  type: string;
  status: JobStatus;
  progress: number;
  /** Where to fetch the result once the job has succeeded; null before. */
  downloadUrl: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}
