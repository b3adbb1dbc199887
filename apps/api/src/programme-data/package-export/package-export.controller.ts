import { pseudonymised } from '@attune/domain';
import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { PackageExportService } from './package-export.service';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('programmes')
@Controller('programmes')
export class PackageExportController {
  constructor(private readonly exporter: PackageExportService) {}

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
}
