import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { RecordExportsController } from './record-exports.controller';
import { RecordExportsRepository } from './record-exports.repository';
import { RecordExportsService } from './record-exports.service';

/** CSV exports of time, family sessions, supervision and training attendance. */
@Module({
  imports: [ProgrammeContextModule],
  controllers: [RecordExportsController],
  providers: [RecordExportsService, RecordExportsRepository],
})
export class RecordExportsModule {}
