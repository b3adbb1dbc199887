// The cost summary and the background jobs that export the workbook.
import type {
  CostGap,
  CostSummary,
  NotStartedCost,
  NotStartedGroup,
  NotStartedReason,
  OneWayAssumption,
  OneWayItem,
  OneWaySensitivity,
} from '@attune/domain';

/**
 * GET /api/programmes/:id/cost-summary: DESIGN.md's summary, computed by the domain's cost engine.
 * `complete: false` and `gaps: [{costRole, from, to, lines, minutes}]` when some ledger lines have no
 * unit cost; the figures then total the costed lines only.
 */
export type { CostGap, CostSummary, NotStartedCost, NotStartedGroup, NotStartedReason };

/**
 * GET /api/programmes/:id/sensitivity: the domain's one-way analysis, `{base, complete, items}`,
 * items widest range first (packages/domain/src/costing/one-way.ts).
 */
export type { OneWayAssumption, OneWayItem, OneWaySensitivity };

/** POST /api/programmes/:id/workbook-jobs (202): poll GET /api/jobs/:jobId. */
export interface JobStarted {
  jobId: string;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** GET /api/jobs/:jobId */
export interface JobView {
  id: string;
  type: string;
  status: JobStatus;
  /** 0 to 100. */
  progress: number;
  /** Where to fetch the result once the job has succeeded; null before. */
  downloadUrl: string | null;
  /** Why it failed, safe to show. */
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}
