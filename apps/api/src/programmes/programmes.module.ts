import { Module } from '@nestjs/common';
import { CostSummaryService } from './cost-summary/cost-summary.service';
import { PackageExporter } from './export/package-exporter';
import { PackageImporter } from './import/package-importer';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesService } from './programmes.service';

/** Programmes: import and export of the data package, the list, and the cost summary. */
@Module({
  controllers: [ProgrammesController],
  providers: [ProgrammesService, PackageImporter, PackageExporter, CostSummaryService],
  exports: [ProgrammesService, PackageImporter, PackageExporter, CostSummaryService],
})
export class ProgrammesModule {}
