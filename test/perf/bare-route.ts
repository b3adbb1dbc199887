/**
 * The anchor of endpoints.bench.ts: a bare Fastify + pg server, in its own
 * process as the API is, whose routes run SQL captured from the API's own
 * requests and answer with the rows as JSON. Nothing else: no session, no
 * guard, no validation, no domain code. Each route is a list of backend
 * groups (the statements one API connection ran, in order); groups run at
 * once on their own pooled clients, as the API ran them, statements within a
 * group one after another on one client (so BEGIN ... COMMIT stay together).
 * With BODIES.json, each route also has /NAME/as-api: the same statements,
 * then the API's own answer (its bytes, made once) instead of the rows, so
 * that what an answer's size costs (writing it, the client reading it) is
 * weighed apart from what the API does to make it.
 *   node test/dist/perf/bare-route.js ROUTES.json [BODIES.json]   (DATABASE_URL, POOL_SIZE in the environment)
 * Prints `listening PORT` when ready.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { repositoryRoot } from '../support/paths.js';

export interface CapturedStatement {
  text: string;
  values: Array<string | null>;
}
/** Route name -> the statements of each API connection the request used. */
export type BareRoutes = Record<string, CapturedStatement[][]>;
/** Route name -> the body the API answered that request with. */
export type BareBodies = Record<string, string>;

interface Reply {
  header(name: string, value: string): Reply;
  send(body: string | Buffer): void;
}
interface FastifyApp {
  get(path: string, handler: (request: unknown, reply: Reply) => Promise<void>): void;
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
}
// Fastify is the API's (through @nestjs/platform-fastify): the same version the API serves with.
const requireApi = createRequire(join(repositoryRoot, 'apps', 'api', 'dist', 'main.js'));
const fastify = requireApi('fastify') as (options: { logger: boolean }) => FastifyApp;

const routes = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as BareRoutes;
const bodies = process.argv[3]
  ? (JSON.parse(readFileSync(process.argv[3], 'utf8')) as BareBodies)
  : {};
const pool = new pg.Pool({
  connectionString: process.env['DATABASE_URL'],
  max: Number(process.env['POOL_SIZE'] ?? 10),
  application_name: 'bare-route',
  connectionTimeoutMillis: 5000, // as the API's pool (data-source.ts)
});

const EXPORT = /pg_export_snapshot\(\)/;
const IMPORT = /^SET TRANSACTION SNAPSHOT '/;

/**
 * One request's groups. The cost summary's second connection reads in the
 * first one's snapshot (pg_export_snapshot, SET TRANSACTION SNAPSHOT) as the
 * API does: the importing group starts once the snapshot is exported, with
 * this request's snapshot id, and the exporting group goes on once it is imported.
 */
async function runRequest(groups: CapturedStatement[][]): Promise<unknown[][][]> {
  let exported!: (snapshot: string) => void;
  const snapshot = new Promise<string>((resolve) => (exported = resolve));
  let imported!: () => void;
  const importDone = new Promise<void>((resolve) => (imported = resolve));
  const importing = groups.some((g) => g.some((s) => IMPORT.test(s.text)));

  const runGroup = async (group: CapturedStatement[]): Promise<unknown[][]> => {
    const imports = group.some((s) => IMPORT.test(s.text));
    const id = imports ? await snapshot : '';
    const client = await pool.connect();
    try {
      const results: unknown[][] = [];
      for (const statement of group) {
        const text = IMPORT.test(statement.text)
          ? `SET TRANSACTION SNAPSHOT '${id}'`
          : statement.text;
        const result = await client.query(text, statement.values);
        results.push(result.rows as unknown[]);
        if (IMPORT.test(text)) imported();
        if (EXPORT.test(text)) {
          exported((result.rows[0] as { snapshot: string }).snapshot);
          if (importing) await importDone;
        }
      }
      return results;
    } finally {
      client.release();
    }
  };
  return Promise.all(groups.map(runGroup));
}

/**
 * At most `limit` requests at once: a request needing two connections never
 * holds one while waiting for the other behind requests doing the same (which
 * would leave the pool full of half-started requests until they time out).
 */
function admission(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

const app = fastify({ logger: false });
for (const [name, groups] of Object.entries(routes)) {
  const admit = admission(Math.max(1, Math.floor(pool.options.max / groups.length)));
  app.get(`/${name}`, async (_request, reply) => {
    const rows = await admit(() => runRequest(groups));
    reply.header('content-type', 'application/json').send(JSON.stringify(rows));
  });
  const body = bodies[name];
  if (body === undefined) continue;
  const bytes = Buffer.from(body, 'utf8');
  app.get(`/${name}/as-api`, async (_request, reply) => {
    await admit(() => runRequest(groups));
    reply.header('content-type', 'application/json; charset=utf-8').send(bytes);
  });
}
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening ${new URL(address).port}`);
// A clean exit on SIGTERM, so that node --cpu-prof writes its profile.
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => pool.end())
    .finally(() => process.exit(0));
});
