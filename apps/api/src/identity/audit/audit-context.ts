import type { Principal } from '@attune/domain';
import type { FastifyRequest } from 'fastify';

export interface AuditContext {
  principal: Principal | null;
  requestId: string | null;
  address: string | null;
}

/** Who is asking, from where, under which request id: spread it into AuditService.record(). */
export function auditContext(request: FastifyRequest & { principal?: Principal }): AuditContext {
  return {
    principal: request.principal ?? null,
    requestId: request.id ? String(request.id) : null,
    address: request.ip ?? null,
  };
}
