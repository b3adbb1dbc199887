import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app.factory';
import { AppConfig, loadConfig } from '../platform/config/config';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  config: AppConfig;
  close(): Promise<void>;
}

/** The whole API on a fresh migrated database, for integration tests (use app.inject). */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ ATTUNE_DEMO: 'false', ATTUNE_PORTAL_DIR: '/nonexistent', ...env });
  const app = await createApp(config, db.url, { logger: false });
  return {
    app,
    db,
    config,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
