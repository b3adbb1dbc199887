import { Module } from '@nestjs/common';
import { PackageImportController } from './package-import.controller';
import { PackageImportRepository } from './package-import.repository';
import { PackageImportService } from './package-import.service';

/** A data package in (POST /api/programmes/import, the CLI's import and seeds): a new programme, all or nothing. */
@Module({
  controllers: [PackageImportController],
  providers: [PackageImportService, PackageImportRepository],
  exports: [PackageImportService],
})
export class PackageImportModule {}
