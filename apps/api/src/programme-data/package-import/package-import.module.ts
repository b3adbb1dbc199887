import { Module } from '@nestjs/common';
import { ProgrammeContextModule } from '../../platform/programme-context/programme-context.module';
import { PackageImportController } from './package-import.controller';
import { PackageImportRepository } from './package-import.repository';
import { PackageImportService } from './package-import.service';

/** A data package in (POST /api/programmes/import, the CLI's import and seeds): a new programme, all or nothing. */
@Module({
  // For today's date, which closes the delivery window.
  imports: [ProgrammeContextModule],
  controllers: [PackageImportController],
  providers: [PackageImportService, PackageImportRepository],
  exports: [PackageImportService],
})
export class PackageImportModule {}
