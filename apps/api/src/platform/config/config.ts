import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from '../http/client-address';

/**
 * The repository root: the nearest directory above this file with turbo.json, so it is found
 * from dist/ and from the test build (dist-test/src/) alike.
 */
export const repositoryRoot = findRoot(__dirname);

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'turbo.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..', '..', '..', '..', '..');
  }
}

const booleanString = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  // Streaming read replicas of DATABASE_URL that serve the reports (docs/deployment.md).
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((raw, ctx): string[] => {
      const urls = (raw ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter((u) => u !== '');
      for (const url of urls) {
        if (!/^postgres(ql)?:\/\//.test(url))
          ctx.addIssue({
            code: 'custom',
            message: 'must be postgres:// or postgresql:// URLs, comma-separated',
          });
      }
      return urls;
    }),
  ATTUNE_DATA_DIR: z.string().min(1).default('.attune'),
  ATTUNE_DEMO: booleanString.default(true),
  ATTUNE_PORTAL_DIR: z.string().min(1).optional(),
  ATTUNE_LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  ATTUNE_SECURE_COOKIES: booleanString.optional(),
  // Off unless a reverse proxy is named: X-Forwarded-For from anyone else is not believed.
  ATTUNE_TRUST_PROXY: z
    .string()
    .optional()
    .transform((raw, ctx): TrustProxy => {
      const parsed = parseTrustProxy(raw);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
      return typeof parsed === 'string' ? false : parsed;
    }),
  ATTUNE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  ATTUNE_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  // Sign-in throttling (README, Security): failures for one account from one address within the window.
  ATTUNE_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  // One account from all addresses: this many failures in an hour, then one attempt per delay.
  ATTUNE_SIGNIN_ACCOUNT_FAILURES: z.coerce.number().int().min(1).max(100000).default(20),
  ATTUNE_SIGNIN_ACCOUNT_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  ATTUNE_SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  ATTUNE_SIGNIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100000).default(20),
  // The demo accounts' password (first start, seed:demo); a fixed one when unset.
  ATTUNE_DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  ATTUNE_BODY_LIMIT_MB: z.coerce.number().int().min(1).max(2048).default(1),
  ATTUNE_UPLOAD_LIMIT_MB: z.coerce.number().int().min(1).max(4096).default(512),
  ATTUNE_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  ATTUNE_JOB_WORKER: booleanString.default(true),
  ATTUNE_JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  ATTUNE_JOB_RETENTION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24),
});

export type RawConfig = z.infer<typeof schema>;

export interface AppConfig extends Omit<RawConfig, 'ATTUNE_DATA_DIR' | 'ATTUNE_PORTAL_DIR'> {
  /** Absolute path of the data directory (embedded PostgreSQL cluster and job output). */
  ATTUNE_DATA_DIR: string;
  /** Absolute path of the built portal, or undefined when it has not been built. */
  ATTUNE_PORTAL_DIR: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates configuration from the environment; throws ConfigError naming every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings mean "unset", as they do in most .env files.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const key = i.path.join('.');
        const value = env[key];
        return `${key}: ${i.message}${value !== undefined ? ` (got "${value}")` : ''}`;
      }),
    );
  }
  const raw = parsed.data;
  // A replica follows a primary named by DATABASE_URL; the embedded database has none.
  if (raw.DATABASE_REPLICA_URLS.length > 0 && !raw.DATABASE_URL) {
    throw new ConfigError(['DATABASE_REPLICA_URLS: needs DATABASE_URL (the primary) to be set']);
  }
  const dataDir = isAbsolute(raw.ATTUNE_DATA_DIR)
    ? raw.ATTUNE_DATA_DIR
    : join(repositoryRoot, raw.ATTUNE_DATA_DIR);
  const portalDir =
    raw.ATTUNE_PORTAL_DIR !== undefined
      ? resolve(raw.ATTUNE_PORTAL_DIR)
      : join(repositoryRoot, 'apps', 'portal', 'dist', 'browser');
  return {
    ...raw,
    ATTUNE_DATA_DIR: dataDir,
    ATTUNE_PORTAL_DIR: existsSync(join(portalDir, 'index.html')) ? portalDir : undefined,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
