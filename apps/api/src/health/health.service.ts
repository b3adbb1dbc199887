import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HealthReport } from '@attune/contract';

export type { HealthReport };

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<HealthReport> {
    const uptimeSeconds = Math.round(process.uptime());
    const started = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      const migrationsPending = await this.dataSource.showMigrations();
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
