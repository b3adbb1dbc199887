import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * A route that begins by reading its programme's data version (a cached
 * report) names the route parameter holding the programme's id: the session
 * check, which reads the database first on every request anyway, reads the
 * version in the same statement (SessionsRepository), one round trip instead
 * of two. On the primary: a report that reads its version from a replica
 * takes it from there when replicas are configured (SessionsService).
 */
export const READS_DATA_VERSION = 'attune:readsDataVersion';

export const ReadsDataVersion = (param = 'id') => SetMetadata(READS_DATA_VERSION, param);

/** What the session check read beside the session: the data version of one programme. */
export interface RequestDataVersion {
  programmeId: string;
  /** delivery_versions' version, null when the programme has no row there (yet). */
  version: string | null;
}

export type RequestWithDataVersion = FastifyRequest & { dataVersion?: RequestDataVersion };

/**
 * The data version of the route's programme read with this request's session
 * (null: no version row), or undefined when it was not read (replicas, a
 * malformed id): then the route reads it itself.
 */
export const DataVersionRead = createParamDecorator(
  (param: string | undefined, context: ExecutionContext): string | null | undefined => {
    const request = context.switchToHttp().getRequest<RequestWithDataVersion>();
    const programmeId = (request.params as Record<string, string | undefined>)[param ?? 'id'];
    const read = request.dataVersion;
    return read && read.programmeId === programmeId ? read.version : undefined;
  },
);
