import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What helmet's middleware does to a response, recorded once: the headers it sets and removes. */
interface HelmetEffect {
  set: Array<[name: string, value: string]>;
  removed: string[];
}

/**
 * Helmet run once on a stand-in response. With these options (no nonces, no
 * functions of the request) helmet writes the same headers on every response,
 * so they are recorded here and written as they are: per request, eleven
 * setHeader calls instead of helmet's chain of middlewares (one closure and
 * callback each, a few per cent of a cached report's cost).
 */
export function helmetEffect(options: HelmetOptions): HelmetEffect {
  const effect: HelmetEffect = { set: [], removed: [] };
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      if (typeof value !== 'string') throw new Error(`helmet set ${name} to a non-string`);
      effect.set.push([name, value]);
      return recorder;
    },
    removeHeader(name: string) {
      effect.removed.push(name);
    },
  };
  let done = false;
  helmet(options)(
    { headers: {} } as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      if (error) throw error instanceof Error ? error : new Error('helmet failed');
      done = true;
    },
  );
  // Helmet's middleware is synchronous; one that is not could not be recorded.
  if (!done) throw new Error('helmet did not finish synchronously');
  return effect;
}

/** Helmet's headers on every response, the same ones with the same options (recorded by helmetEffect). */
export function registerSecurityHeaders(fastify: FastifyInstance, options: HelmetOptions): void {
  const { set, removed } = helmetEffect(options);
  fastify.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw;
    for (const name of removed) raw.removeHeader(name);
    for (const [name, value] of set) raw.setHeader(name, value);
    done();
  });
}
