import { Controller, Get, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { Authorize } from '../auth/authorize.decorator';
import type { AuthenticatedRequest } from '../auth/current-user.decorator';
import { auditContext } from './audit-context';
import { AuditFilter, AuditService, AuditEventView } from './audit.service';
import { AuditFilterDto, AuditQueryDto } from './dto/audit-query.dto';
import { invalidSentences } from '../../platform/http/errors';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A date alone means the whole day (UTC): `to=2026-01-31` includes the 31st. */
function toFilter(dto: AuditFilterDto): AuditFilter {
  const from = dto.from
    ? new Date(DATE_ONLY.test(dto.from) ? `${dto.from}T00:00:00Z` : dto.from)
    : undefined;
  let toExclusive: Date | undefined;
  if (dto.to) {
    toExclusive = DATE_ONLY.test(dto.to)
      ? new Date(Date.parse(`${dto.to}T00:00:00Z`) + DAY_MS)
      : new Date(Date.parse(dto.to) + 1);
  }
  if (from && toExclusive && from >= toExclusive)
    throw invalidSentences({ field: 'from', problem: 'from must not be after to' });
  return {
    action: dto.action,
    entityType: dto.entityType,
    userEmail: dto.userEmail,
    from,
    toExclusive,
  };
}

const COLUMNS = [
  'id',
  'at',
  'user_email',
  'user_role',
  'user_id',
  'action',
  'entity_type',
  'entity_id',
  'request_id',
  'address',
  'before',
  'after',
] as const;

/** A spreadsheet would run a cell starting with = + - @ as a formula: such text gets a leading quote. */
function safeCell(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvRow(e: AuditEventView): string[] {
  return [
    e.id,
    e.at,
    e.userEmail,
    e.userRole,
    e.userId,
    e.action,
    e.entityType,
    e.entityId,
    e.requestId,
    e.address,
    e.before === null ? null : JSON.stringify(e.before),
    e.after === null ? null : JSON.stringify(e.after),
  ].map(safeCell);
}

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit-events')
  @Authorize('read', 'AuditEvent')
  @ApiOkResponse({ description: '{items, total}, newest first.' })
  list(@Query() query: AuditQueryDto) {
    return this.audit.list(toFilter(query), query.page, query.pageSize);
  }

  @Get('audit-events.csv')
  @Authorize('export', 'AuditEvent')
  @ApiProduces('text/csv')
  async csv(
    @Query() query: AuditFilterDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const filter = toFilter(query);
    // Exporting the log is itself recorded, before the first byte leaves.
    await this.audit.record({
      action: 'audit.export',
      entityType: 'AuditEvent',
      after: { format: 'csv', filter: { ...query } },
      ...auditContext(request),
    });
    const rows = Readable.from(
      (async function* (events: AsyncGenerator<AuditEventView>) {
        for await (const event of events) yield csvRow(event);
      })(this.audit.stream(filter)),
    );
    const stamp = new Date().toISOString().slice(0, 10);
    void reply.header('content-disposition', `attachment; filename="audit-events-${stamp}.csv"`);
    return new StreamableFile(rows.pipe(stringify({ header: true, columns: [...COLUMNS] })), {
      type: 'text/csv; charset=utf-8',
    });
  }
}
