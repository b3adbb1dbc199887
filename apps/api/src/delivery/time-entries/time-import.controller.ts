import type { Principal } from '@attune/domain';
import type { TimeImportResult } from '@attune/contract';
import {
  BadRequestException,
  Controller,
  Get,
  Param,
  PayloadTooLargeException,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser } from '../../identity/auth/current-user.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { DryRunQueryDto, isDryRun } from '../../costing/cost-summary/dto/dry-run-query.dto';
import type { ImportFormat } from './time-import-reader';
import { TimeImportService } from './time-import.service';
import { TimeImportTemplates } from './time-import.templates';

/** 400 at the form's one field, `file`. */
function noFile(message: string): BadRequestException {
  return new BadRequestException({ message, errors: [{ field: 'file', problem: message }] });
}

function formatOf(fileName: string, mimetype: string): ImportFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || mimetype === 'text/csv') return 'csv';
  if (
    name.endsWith('.xlsx') ||
    mimetype === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  )
    return 'xlsx';
  return null;
}

@ApiTags('time entries')
@Controller('programmes/:programmeId/time-entries')
export class TimeImportController {
  constructor(
    private readonly importer: TimeImportService,
    private readonly templates: TimeImportTemplates,
  ) {}

  /** Multipart field `file`: a .csv or .xlsx with the columns of time_entries.csv. All or nothing. */
  @Post('import')
  @Authorize('import', 'TimeEntry')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'CSV or XLSX: staff_code,date,activity,minutes,la_code,family_reference',
        },
      },
    },
  })
  @ApiCreatedResponse({ description: 'TimeImportResult: what was written, by LA and activity.' })
  @ApiOkResponse({ description: 'With ?dryRun=true: what would be written; nothing is.' })
  @ApiBadRequestResponse({
    description:
      '{message, errors: [{field: "file", line, column, problem}], total}; nothing written.',
  })
  @ApiConflictResponse({ description: 'duplicate_import: the same file was imported before.' })
  async import(
    @Param('programmeId') programmeId: string,
    @Query() query: DryRunQueryDto,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TimeImportResult> {
    if (!request.isMultipart())
      throw noFile('Send the file as multipart/form-data, field "file" (.csv or .xlsx).');
    const part = await request.file();
    if (!part || part.fieldname !== 'file') {
      part?.file.resume();
      throw noFile('Send the file in the multipart field "file" (.csv or .xlsx).');
    }
    const format = formatOf(part.filename, part.mimetype);
    if (!format) {
      part.file.resume();
      throw noFile(`${part.filename} is neither a .csv nor an .xlsx file.`);
    }
    // To a private temp file, hashed on the way: the duplicate check needs the whole file's hash first.
    const dir = await mkdtemp(join(tmpdir(), 'attune-time-import-'));
    try {
      const path = join(dir, `upload.${format}`);
      const hash = createHash('sha256');
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(part.file, hashing, createWriteStream(path, { mode: 0o600 }));
      if (part.file.truncated)
        throw new PayloadTooLargeException('The file is larger than the upload limit.');
      const dryRun = isDryRun(query);
      const result = await this.importer.import(
        user,
        programmeId,
        { path, fileName: part.filename, format, contentHash: hash.digest('hex') },
        dryRun,
        auditContext(request),
      );
      reply.status(dryRun ? 200 : 201);
      return result;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  @Get('template.csv')
  @Authorize('import', 'TimeEntry')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The header of time_entries.csv and one example row.' })
  async templateCsv(
    @Param('programmeId') programmeId: string,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const body = await this.templates.csv(user, programmeId);
    reply.header('Content-Type', 'text/csv; charset=utf-8');
    reply.header('Content-Disposition', 'attachment; filename="time-entries-template.csv"');
    return new StreamableFile(Buffer.from(body, 'utf8'));
  }

  @Get('template.xlsx')
  @Authorize('import', 'TimeEntry')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description: 'The same as a workbook, the activities listed and offered as a drop-down.',
  })
  async templateXlsx(
    @Param('programmeId') programmeId: string,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const body = await this.templates.xlsx(user, programmeId);
    reply.header(
      'Content-Type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    reply.header('Content-Disposition', 'attachment; filename="time-entries-template.xlsx"');
    return new StreamableFile(body);
  }
}
