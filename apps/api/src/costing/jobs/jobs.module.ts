import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobChunkEntity } from './entities/job-chunk.entity';
import { JobEntity } from './entities/job.entity';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';
import { JobsWorker } from './jobs.worker';

/** The background-job queue; global so feature modules can enqueue and register handlers. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([JobEntity, JobChunkEntity])],
  controllers: [JobsController],
  providers: [JobsService, JobsRepository, JobsWorker],
  exports: [JobsService, JobsWorker],
})
export class JobsModule {}
