import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './platform/config/config';
import { openDatabase, runMigrations } from './platform/database/bootstrap';
import { afterFirstStart } from './startup';

// Measured (test/perf/time-import.bench.ts): once the demo load or any bulk read has made V8
// allocate a parser's objects straight into the old generation ("pretenuring"), a streamed
// 100,000-row import fills the old generation with short-lived rows until a full GC, peaking at
// ~400 MB instead of ~240 MB. Streaming code lives best without it; set before any work is done.
setFlagsFromString('--no-allocation-site-pretenuring');
// Sampled per phase (heap before/after each pass): an import's rows are garbage, not kept (a full
// GC takes the heap back to ~70 MB), but enough of each chunk outlives two scavenges to reach the
// old generation, which V8 lets grow up to ~4x its live size before collecting: 100,000 rows then
// peaked at 291 MB (CSV) and 318 MB (XLSX). Growing it by at most 50% of the live heap per full
// GC keeps the peaks at ~215 and ~245 MB, for more (mostly concurrent) marking.
setFlagsFromString('--heap-growing-percent=50');

/** `npm start`: database, migrations, first-start demo data, then the HTTP server. */
async function main(): Promise<void> {
  const started = performance.now();
  const logger = new Logger('Attune');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  const verbose = config.ATTUNE_LOG_LEVEL === 'debug' || config.ATTUNE_LOG_LEVEL === 'verbose';
  const database = await openDatabase(config, verbose ? (line) => logger.debug(line) : undefined);
  let closing = false;
  const shutdown = async (signal: string, app?: { close(): Promise<void> }) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: finishing requests in flight, then stopping`);
    try {
      await app?.close();
    } finally {
      await database.close();
    }
    process.exit(0);
  };
  // Until the app exists, a signal stops the database alone.
  const early = (signal: NodeJS.Signals) => void shutdown(signal);
  process.once('SIGINT', early).once('SIGTERM', early);

  try {
    const applied = await runMigrations(database.url);
    if (applied.length > 0) logger.log(`Applied ${applied.length} migration(s)`);
    const app = await createApp(config, database.url);
    process.removeListener('SIGINT', early).removeListener('SIGTERM', early);
    const onSignal = (signal: NodeJS.Signals) => void shutdown(signal, app);
    process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
    if (database.firstStart && config.ATTUNE_DEMO) await afterFirstStart(app, logger);
    await app.listen({ port: config.PORT, host: config.HOST });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.log(`Attune is listening on ${await app.getUrl()} (ready in ${seconds} s)`);
    logger.log(
      `Database: ${database.embedded ? `embedded PostgreSQL in ${config.ATTUNE_DATA_DIR}` : 'DATABASE_URL'}`,
    );
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await database.close();
    process.exit(1);
  }
}

void main();
