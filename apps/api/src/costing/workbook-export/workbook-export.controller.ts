import type { Principal } from '@attune/domain';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { auditContext } from '../../identity/audit/audit-context';
import { Authorize } from '../../identity/auth/authorize.decorator';
import type { AuthenticatedRequest } from '../../identity/auth/current-user.decorator';
import { CurrentUser } from '../../identity/auth/current-user.decorator';
import { WorkbookExportService, workbookFileName, XLSX } from './workbook-export.service';
import type { JobStarted } from '@attune/contract';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 400 });

@ApiTags('workbook')
@Controller('programmes')
export class WorkbookExportController {
  constructor(private readonly exports: WorkbookExportService) {}

  /** The cost-evaluation workbook, streamed as it is written. */
  @Get(':id/workbook')
  @Authorize('export', 'Workbook')
  @ApiOkResponse({ description: 'The cost-evaluation workbook (.xlsx), pseudonymised.' })
  @ApiNotFoundResponse({ description: 'No programme with that id that the caller can see.' })
  @ApiUnprocessableEntityResponse({
    description:
      'The costs cannot be worked out (which and why), or `cost_gaps`: some ledger lines have no unit cost.',
  })
  async workbook(
    @Param('id', uuid) id: string,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    await this.exports.assertVisible(user, id);
    const source = await this.exports.open(id, user.email);
    try {
      await this.exports.record(id, 'GET /api/programmes/:id/workbook', auditContext(request));
    } catch (error) {
      await source.close();
      throw error;
    }
    const name = workbookFileName(source.programmeName, source.generatedAt);
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(this.exports.stream(source));
  }

  /** Starts the export as a background job; poll GET /api/jobs/:jobId for progress. */
  @Post(':id/workbook-jobs')
  @HttpCode(202)
  @Authorize('export', 'Workbook')
  @ApiAcceptedResponse({ description: '{jobId}: poll GET /api/jobs/{jobId}.' })
  @ApiUnprocessableEntityResponse({
    description: '`cost_gaps`: some ledger lines have no unit cost (`gaps` lists them).',
  })
  @ApiNotFoundResponse({ description: 'No programme with that id that the caller can see.' })
  async startJob(
    @Param('id', uuid) id: string,
    @CurrentUser() user: Principal,
    @Req() request: AuthenticatedRequest,
  ): Promise<JobStarted> {
    await this.exports.assertVisible(user, id);
    return { jobId: await this.exports.enqueue(id, user, auditContext(request)) };
  }
}
