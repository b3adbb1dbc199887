import { Module } from '@nestjs/common';
import { PackageExportController } from './package-export.controller';
import { PackageExportRepository } from './package-export.repository';
import { PackageExportService } from './package-export.service';

/** A programme out as its data package (GET /api/programmes/:id/package, the CLI's package). */
@Module({
  controllers: [PackageExportController],
  providers: [PackageExportService, PackageExportRepository],
  exports: [PackageExportService],
})
export class PackageExportModule {}
