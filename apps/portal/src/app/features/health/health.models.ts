/** GET /api/health (apps/api health/health.service.ts). */
export interface HealthReport {
  status: 'ok' | 'error';
  database: { status: 'up' | 'down'; latencyMs?: number; migrationsPending?: boolean };
  uptimeSeconds: number;
}
