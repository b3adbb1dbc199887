import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig, loadConfig } from '../platform/config/config';
import type { OpenDatabase } from '../platform/database/bootstrap';

/**
 * What a command gets: config, and on demand the migrated database, a plain DataSource and the Nest
 * services. Each is loaded when first asked for (TypeORM, the whole AppModule), not at start-up.
 */
export class CliContext {
  /** A CLI process never takes background jobs off the queue: it would exit mid-job. */
  readonly config: AppConfig = { ...loadConfig(), ATTUNE_JOB_WORKER: false };
  private database?: OpenDatabase;
  private app?: INestApplicationContext;
  private plain?: DataSource;

  async databaseUrl(): Promise<string> {
    if (!this.database) {
      const { openDatabase, runMigrations } = await import('../platform/database/bootstrap.js');
      this.database = await openDatabase(this.config);
      await runMigrations(this.database.url);
    }
    return this.database.url;
  }

  async nest(): Promise<INestApplicationContext> {
    if (!this.app) {
      const url = await this.databaseUrl();
      const [{ NestFactory }, { AppModule }] = await Promise.all([
        import('@nestjs/core'),
        import('../app.module.js'),
      ]);
      this.app = await NestFactory.createApplicationContext(AppModule.register(this.config, url), {
        logger: ['error'],
        abortOnError: false,
      });
    }
    return this.app;
  }

  /**
   * A plain TypeORM DataSource on the migrated database, without Nest: for a command that builds
   * the few services it needs by hand (`workbook`) rather than pay for the whole AppModule.
   * `entities` are those its repositories use through TypeORM's entity API; raw SQL needs none.
   */
  async dataSource(entities: NonNullable<DataSourceOptions['entities']>): Promise<DataSource> {
    if (!this.plain) {
      const url = await this.databaseUrl();
      const [{ DataSource }, { dataSourceOptions }] = await Promise.all([
        import('typeorm'),
        import('../platform/database/data-source-options.js'),
      ]);
      const dataSource = new DataSource(dataSourceOptions(url, 3, entities));
      await dataSource.initialize();
      this.plain = dataSource;
    }
    return this.plain;
  }

  async close(): Promise<void> {
    await this.app?.close();
    await this.plain?.destroy();
    await this.database?.close();
  }
}

/** Reads a secret: piped standard input whole, or typed at a terminal without echo. */
export async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          reject(new Error('cancelled'));
          return;
        }
        value = char === '\u007f' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on('data', onData);
  });
}
