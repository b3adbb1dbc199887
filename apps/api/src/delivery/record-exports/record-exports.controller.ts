import type { Principal } from '@attune/domain';
import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser } from '../../identity/auth/current-user.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { RecordExportQueryDto, TimeEntryExportQueryDto } from './dto/record-export.dto';
import { EXPORT_COLUMNS, ExportKind, ExportRow } from './record-exports.repository';
import { RecordExportsService } from './record-exports.service';

/** A spreadsheet would run a cell starting like a formula: quote it as text. */
function safeCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const CSV_DESCRIPTION =
  'CSV (UTF-8, header row), streamed: the rows the caller may see, scoped like the list; codes and pseudonymous references only, never names or notes.';

@ApiTags('exports')
@Controller('programmes/:programmeId')
export class RecordExportsController {
  constructor(private readonly exports: RecordExportsService) {}

  @Get('time-entries.csv')
  @Authorize('read', 'TimeEntry')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: `${CSV_DESCRIPTION} Columns as time_entries.csv.` })
  timeEntries(
    @Param('programmeId') programmeId: string,
    @Query() query: TimeEntryExportQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.send('time-entries', programmeId, query, user, request, reply);
  }

  @Get('family-sessions.csv')
  @Authorize('read', 'FamilySession')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: `${CSV_DESCRIPTION} Columns as family_sessions.csv, then la_code.`,
  })
  familySessions(
    @Param('programmeId') programmeId: string,
    @Query() query: RecordExportQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.send('family-sessions', programmeId, query, user, request, reply);
  }

  @Get('supervision-sessions.csv')
  @Authorize('read', 'SupervisionSession')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: `${CSV_DESCRIPTION} One row per attendee.` })
  supervisionSessions(
    @Param('programmeId') programmeId: string,
    @Query() query: RecordExportQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.send('supervision-sessions', programmeId, query, user, request, reply);
  }

  @Get('training-attendance.csv')
  @Authorize('read', 'TrainingEvent')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: `${CSV_DESCRIPTION} One row per attendee of each event.` })
  trainingAttendance(
    @Param('programmeId') programmeId: string,
    @Query() query: RecordExportQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.send('training-attendance', programmeId, query, user, request, reply);
  }

  private async send(
    kind: ExportKind,
    programmeId: string,
    query: RecordExportQueryDto & { staffCode?: string },
    user: Principal,
    request: AuthenticatedRequest,
    reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { laCode, staffCode, from, to } = query;
    const rows = await this.exports.open(
      user,
      programmeId,
      kind,
      { laCode, staffCode, from, to },
      auditContext(request),
    );
    const columns = EXPORT_COLUMNS[kind];
    const cells = Readable.from(
      (async function* (source: AsyncGenerator<ExportRow>) {
        for await (const row of source) yield columns.map((c) => safeCell(row[c] ?? null));
      })(rows),
    );
    void reply.header('content-disposition', `attachment; filename="${kind}.csv"`);
    return new StreamableFile(cells.pipe(stringify({ header: true, columns })), {
      type: 'text/csv; charset=utf-8',
    });
  }
}
