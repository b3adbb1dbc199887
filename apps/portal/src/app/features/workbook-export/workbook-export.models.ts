export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** GET /api/jobs/:jobId */
export interface JobView {
  id: string;
  status: JobStatus;
  /** 0 to 100. */
  progress: number;
  /** Set once the job has succeeded. */
  downloadUrl: string | null;
  /** Why it failed, safe to show. */
  error: string | null;
}

export const isFinished = (status: JobStatus): boolean =>
  status === 'succeeded' || status === 'failed';
