import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@attune/domain';
import type { FastifyReply } from 'fastify';
import { Authorize } from '../../identity/auth/authorize.decorator';
import { CurrentUser } from '../../identity/auth/current-user.decorator';
import { conflict } from '../../platform/http/errors';
import { JobsService, JobView } from './jobs.service';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get(':jobId')
  @Authorize('read', 'Workbook')
  @ApiOkResponse({
    description: '{status, progress, downloadUrl}: queued, running, succeeded or failed.',
  })
  view(@Param('jobId') jobId: string, @CurrentUser() user: Principal): Promise<JobView> {
    return this.jobs.view(jobId, user);
  }

  @Get(':jobId/download')
  @Authorize('read', 'Workbook')
  async download(
    @Param('jobId') jobId: string,
    @CurrentUser() user: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const job = await this.jobs.visible(jobId, user);
    if (job.status !== 'succeeded') {
      throw conflict(
        'job_not_finished',
        `Job ${jobId} is ${job.status}; there is nothing to download yet.`,
      );
    }
    void reply.header(
      'content-disposition',
      `attachment; filename="${job.resultFileName ?? 'result'}"`,
    );
    return new StreamableFile(this.jobs.result(job), {
      type: job.resultContentType ?? 'application/octet-stream',
      length: job.resultBytes ? Number(job.resultBytes) : undefined,
    });
  }
}
