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
  fastify.addHook('onSend', async (request, reply) => {
    const url = request.url;
    if (!url.startsWith('/api')) return;
    if (CACHEABLE.some((pattern) => pattern.test(url))) return;
    void reply.header('cache-control', 'no-store');
  });
}
