import {
  IMPORT_ORDER,
  isPackageFile,
  PACKAGE_COLUMNS,
  PackageValidator,
  type PackageFile,
  type PackageProblem,
} from '@attune/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { csvRows, CsvSyntaxError } from './csv-rows';
import { openPackageSource, type PackageSource } from './package-source';
import { ProgrammeContextService } from '../../platform/programme-context/programme-context.service';
import { PackageImportRepository } from './package-import.repository';
import { PackageWriter } from './package-writer';

/** Told after each file: its name, rows read and the milliseconds it took (for timings in the CLI). */
export type ImportProgress = (file: PackageFile, rows: number, milliseconds: number) => void;

export type ImportResult =
  | { ok: true; programmeId: string; counts: Record<string, number> }
  | { ok: false; errors: PackageProblem[]; total: number };

/**
 * Imports a data package (folder or .zip) as a new programme, all or
 * nothing: every row is validated as it streams in, and the good rows are
 * fed to PostgreSQL's COPY (a table at a time) inside one transaction, which
 * commits only when the whole package is good. The first problem stops the
 * writing (the open COPY is abandoned); validation goes on to list (up to a
 * cap) and count every problem, and the transaction is rolled back.
 */
@Injectable()
export class PackageImportService {
  private readonly logger = new Logger(PackageImportService.name);

  constructor(
    private readonly repository: PackageImportRepository,
    private readonly audit: AuditService,
    private readonly programmes: ProgrammeContextService,
  ) {}

  async importPath(
    path: string,
    who: AuditContext,
    onFile?: ImportProgress,
  ): Promise<ImportResult> {
    const source = await openPackageSource(path);
    try {
      return await this.importSource(source, who, onFile);
    } finally {
      source.close();
    }
  }

  async importSource(
    source: PackageSource,
    who: AuditContext,
    onFile?: ImportProgress,
  ): Promise<ImportResult> {
    const started = performance.now();
    // Nothing delivered may be dated after today, in a package as in the API.
    const validator = new PackageValidator(undefined, this.programmes.today());
    for (const name of source.names) if (!isPackageFile(name)) validator.unknownFile(name);
    for (const name of source.duplicates) {
      validator.problems.add({
        file: name,
        line: 1,
        column: '',
        problem: 'appears more than once in the package',
      });
    }
    const tx = await this.repository.begin();
    const writer = new PackageWriter(tx);
    try {
      for (const file of IMPORT_ORDER) {
        const fileStarted = performance.now();
        await this.readFile(source, file, validator, writer);
        validator.endFile(file);
        if (validator.problems.empty) {
          await writer.endFile(file);
          await writer.flush();
        } else await writer.abort();
        onFile?.(file, validator.counts.get(file) ?? 0, performance.now() - fileStarted);
      }
      if (!validator.finish()) {
        await writer.abort();
        await tx.rollback();
        return { ok: false, errors: validator.problems.items, total: validator.problems.total };
      }
      await writer.drain();
      const counts = Object.fromEntries(IMPORT_ORDER.map((f) => [f, validator.counts.get(f) ?? 0]));
      await this.audit.record(
        {
          action: 'programme.import',
          entityType: 'Programme',
          entityId: writer.programmeId,
          after: { name: validator.programme?.name, counts },
          ...who,
        },
        tx.manager,
      );
      await tx.commit();
      await tx.analyze();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      this.logger.log(`Imported programme ${writer.programmeId} in ${seconds} s`);
      return { ok: true, programmeId: writer.programmeId, counts };
    } catch (error) {
      await writer.abort().catch(() => undefined);
      await tx.rollback();
      throw error;
    } finally {
      await tx.release();
    }
  }

  /** Streams one file through the validator, writing its good rows while the package is still good. */
  private async readFile(
    source: PackageSource,
    file: PackageFile,
    validator: PackageValidator,
    writer: PackageWriter,
  ): Promise<void> {
    if (!source.names.includes(file)) {
      validator.beginFile(file, null);
      return;
    }
    const rows = csvRows(await source.open(file));
    try {
      const header = await rows.next();
      if (!validator.beginFile(file, header.done ? [] : header.value.cells)) return;
      // The file's own header: an older programme.csv may stop before the optional columns.
      const columns = (PACKAGE_COLUMNS[file] as readonly string[]).slice(
        0,
        header.done ? 0 : header.value.cells.length,
      );
      for await (const { line, cells } of rows) {
        if (cells.length !== columns.length) {
          validator.counts.set(file, (validator.counts.get(file) ?? 0) + 1);
          validator.problems.add({
            file,
            line,
            column: '',
            problem: `has ${cells.length} cells; the header has ${columns.length}`,
          });
          continue;
        }
        const named: Record<string, string> = {};
        for (let i = 0; i < columns.length; i++) named[columns[i]!] = cells[i]!;
        const record = validator.row(file, line, named);
        if (record && validator.problems.empty) await writer.write(file, record);
      }
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      validator.problems.add({ file, line: error.line, column: '', problem: error.message });
    } finally {
      await rows.return(undefined);
    }
  }
}
