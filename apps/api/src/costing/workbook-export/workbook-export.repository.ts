import { Inject, Injectable } from '../../platform/nest/nest-parts';
import { DataSource } from 'typeorm';
import { readRunner, type ReadFrom } from '../../platform/database/read-replica';
import { WorkbookSnapshot } from './workbook-snapshot';

export { LEDGER_BATCH, WorkbookSnapshot } from './workbook-snapshot';

/** The workbook's read model over a programme's tables, read-only. */
@Injectable()
export class WorkbookExportRepository {
  // @Inject(DataSource) is @InjectDataSource() (the default data source's token is the class)
  // without loading @nestjs/typeorm and Nest's core: the CLI's `workbook` builds this by hand.
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Where the database is, for a connection of the workbook's own thread. */
  connectionUrl(): string {
    return (this.dataSource.options as { url: string }).url;
  }

  /** `replica` for the ledger report (platform/database/read-replica.ts); the workbook reads the primary. */
  async snapshot(programmeId: string, from: ReadFrom = 'primary'): Promise<WorkbookSnapshot> {
    const runner = await readRunner(this.dataSource, from);
    const snapshot = new WorkbookSnapshot(runner, programmeId);
    try {
      await runner.startTransaction('REPEATABLE READ');
    } catch (error) {
      await snapshot.close();
      throw error;
    }
    return snapshot;
  }
}
