import { CostingError, pseudonymised, type CostSummary } from '@attune/domain';
import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { auditContext } from '../audit/audit-context';
import { PageQueryDto } from '../audit/dto/page-query.dto';
import { Authorize } from '../auth/authorize.decorator';
import type { AuthenticatedRequest } from '../auth/current-user.decorator';
import { CostSummaryService } from './cost-summary/cost-summary.service';
import { PackageExporter } from './export/package-exporter';
import { PackageImporter } from './import/package-importer';
import { PackageSourceError } from './package/package-source';
import { ProgrammesService } from './programmes.service';
import type { ImportRefusal, ImportResult } from '@attune/contract';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly importer: PackageImporter,
    private readonly exporter: PackageExporter,
    private readonly costs: CostSummaryService,
  ) {}

  @Get()
  @Authorize('read', 'Programme')
  @ApiOkResponse({
    description:
      '{items, total}: the programmes the caller may see (an LA-bound user: those with their LA), by name.',
  })
  list(@Query() query: PageQueryDto, @Req() request: AuthenticatedRequest) {
    return this.programmes.list(request.principal!, query.page, query.pageSize);
  }

  /** Multipart field `package`: a .zip of the data package's CSV files. All or nothing. */
  @Post('import')
  @HttpCode(201)
  @Authorize('import', 'DataPackage')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['package'],
      properties: {
        package: { type: 'string', format: 'binary', description: 'A .zip of the 15 CSV files' },
      },
    },
  })
  @ApiCreatedResponse({ description: '{programmeId, counts: {"families.csv": rows, ...}}' })
  @ApiUnprocessableEntityResponse({
    description: '{errors: [{file, line, column, problem}], total}; nothing was written.',
  })
  async import(@Req() request: AuthenticatedRequest): Promise<ImportResult> {
    if (!request.isMultipart())
      throw new BadRequestException('Send the package as multipart/form-data, field "package".');
    const part = await request.file();
    if (!part || part.fieldname !== 'package') {
      part?.file.resume();
      throw new BadRequestException(
        'Send the package in the multipart field "package" (a .zip of the CSV files).',
      );
    }
    // yauzl reads a zip from its central directory at the end: the upload goes to a private temp file first.
    const dir = await mkdtemp(join(tmpdir(), 'attune-import-'));
    try {
      const path = join(dir, 'package.zip');
      await pipeline(part.file, createWriteStream(path, { mode: 0o600 }));
      const result = await this.importer.importPath(path, auditContext(request));
      if (!result.ok) {
        throw new UnprocessableEntityException({
          message: `The package was refused: ${result.total} problem(s); nothing was written.`,
          errors: result.errors,
          total: result.total,
        } satisfies ImportRefusal);
      }
      return { programmeId: result.programmeId, counts: result.counts };
    } catch (error) {
      if (error instanceof PackageSourceError) {
        throw new UnprocessableEntityException({
          message: error.message,
          errors: [{ file: part.filename, line: 0, column: '', problem: error.message }],
          total: 1,
        } satisfies ImportRefusal);
      }
      throw error;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The programme as its data package (.zip); pseudonymised for economists (staff names become codes). */
  @Get(':id/package')
  @Authorize('export', 'DataPackage')
  @ApiOkResponse({ description: 'application/zip: the data package, re-importable.' })
  async package(
    @Param('id', uuid) id: string,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ) {
    const stream = await this.exporter.export(id, {
      pseudonymise: pseudonymised(request.principal!),
      who: auditContext(request),
    });
    return reply
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="programme-${id}.zip"`)
      .send(stream);
  }

  @Get(':id/cost-summary')
  @Authorize('read', 'CostSummary')
  @ApiOkResponse({
    description: "DESIGN.md's cost summary: money as strings in pounds with two decimals.",
  })
  async costSummary(@Param('id', uuid) id: string): Promise<CostSummary> {
    try {
      return await this.costs.summary(id);
    } catch (error) {
      if (error instanceof NotFoundException) throw error;
      // Records edited since the import can leave a line without a unit cost: say which, never a silent zero.
      if (error instanceof CostingError)
        throw new UnprocessableEntityException(`The costs cannot be worked out: ${error.message}`);
      throw error;
    }
  }
}
