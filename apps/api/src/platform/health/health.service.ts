import type { HealthReport } from '@attune/contract';
import { Injectable } from '@nestjs/common';
import { HealthRepository } from './health.repository';

export type { HealthReport };

@Injectable()
export class HealthService {
  constructor(private readonly database: HealthRepository) {}

  async check(): Promise<HealthReport> {
    const uptimeSeconds = Math.round(process.uptime());
    const started = performance.now();
    try {
      await this.database.ping();
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      const migrationsPending = await this.database.migrationsPending();
      return {
        status: migrationsPending ? 'error' : 'ok',
        database: { status: 'up', latencyMs, migrationsPending },
        uptimeSeconds,
      };
    } catch {
      return { status: 'error', database: { status: 'down' }, uptimeSeconds };
    }
  }
}
