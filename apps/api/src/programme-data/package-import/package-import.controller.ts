import {
  BadRequestException,
  Controller,
  HttpCode,
  Post,
  Req,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { PackageImportService } from './package-import.service';
import { PackageSourceError } from './package-source';

/** 400 with the usual `errors` at the one field of the form, `package`. */
function noPackage(message: string): BadRequestException {
  return new BadRequestException({ message, errors: [{ field: 'package', problem: message }] });
}

@ApiTags('programmes')
@Controller('programmes')
export class PackageImportController {
  constructor(private readonly importer: PackageImportService) {}

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
  async import(
    @Req() request: AuthenticatedRequest,
  ): Promise<{ programmeId: string; counts: Record<string, number> }> {
    if (!request.isMultipart())
      throw noPackage('Send the package as multipart/form-data, field "package".');
    const part = await request.file();
    if (!part || part.fieldname !== 'package') {
      part?.file.resume();
      throw noPackage(
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
        });
      }
      return { programmeId: result.programmeId, counts: result.counts };
    } catch (error) {
      if (error instanceof PackageSourceError) {
        throw new UnprocessableEntityException({
          message: error.message,
          errors: [{ file: part.filename, line: 0, column: '', problem: error.message }],
          total: 1,
        });
      }
      throw error;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
