import { Module } from '@nestjs/common';
import { WorkbookExportModule } from '../workbook-export/workbook-export.module';
import { LedgerController } from './ledger.controller';
import { LedgerService } from './ledger.service';

/** The ledger of a programme (GET /api/programmes/:id/ledger, ledger.csv, ledger/months): every costed line, pseudonymised. */
@Module({
  // The workbook's reader of record-level lines: one snapshot, keyset batches, codes not names.
  imports: [WorkbookExportModule],
  controllers: [LedgerController],
  providers: [LedgerService],
})
export class LedgerModule {}
