import type { FastifyInstance } from 'fastify';

/**
 * `Cache-Control: no-store` on every API response: nearly all of them carry
 * personal data (families, staff, time, the audit log), and a rule with
 * exceptions per route would be one nobody checks. Only the health check and
 * the API's own documentation may be kept by caches; the portal's static
 * files are not under /api.
 */
const CACHEABLE = [/^\/api\/health(\?|$)/, /^\/api\/docs(\/|-json|\?|$)/];

export function registerNoStore(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const url = request.url;
    if (url.startsWith('/api') && !CACHEABLE.some((pattern) => pattern.test(url)))
      void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}

// Angular's build names every script, style and asset it emits with a hash of its content.
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+(\.(br|gz))?$/;

/**
 * The portal's files: a hashed name never changes content, so browsers may keep it for a year
 * without asking; everything else (index.html above all, which names the current hashes) is
 * revalidated on every visit so a deployment is seen at once.
 */
export function portalCacheControl(path: string): string {
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
