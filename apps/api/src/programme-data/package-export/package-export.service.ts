import { csvHeader, csvRecord, PACKAGE_FILES, type PackageFile } from '@attune/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import archiver from 'archiver';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import type { AuditContext } from '../../identity/audit/audit-context';
import { AuditService } from '../../identity/audit/audit.service';
import { PackageExportRepository, type ExportSnapshot } from './package-export.repository';

/** One file's CSV text, a batch of lines per chunk. */
async function* csvChunks(
  snapshot: ExportSnapshot,
  programmeId: string,
  file: PackageFile,
  pseudonymise: boolean,
) {
  yield csvHeader(file);
  for await (const batch of snapshot.records(programmeId, file, pseudonymise)) {
    let text = '';
    for (const record of batch) text += csvRecord(file, record as never);
    yield text;
  }
}

/**
 * Streams a programme as its data package (.zip): file after file, each read
 * in batches from one REPEATABLE READ snapshot, so a large programme never
 * sits whole in memory and the files agree with each other.
 */
@Injectable()
export class PackageExportService {
  constructor(
    private readonly repository: PackageExportRepository,
    private readonly audit: AuditService,
  ) {}

  async export(
    programmeId: string,
    options: { pseudonymise: boolean; who: AuditContext },
  ): Promise<Readable> {
    if (!(await this.repository.exists(programmeId)))
      throw new NotFoundException(`There is no programme ${programmeId}.`);
    await this.audit.record({
      action: 'programme.export',
      entityType: 'Programme',
      entityId: programmeId,
      after: { format: 'package', pseudonymised: options.pseudonymise },
      ...options.who,
    });
    const snapshot = await this.repository.snapshot();
    const archive = archiver('zip', { zlib: { level: 6 } });
    const release = () => snapshot.release();
    archive.on('error', () => void release());
    archive.on('close', () => void release());
    // One file at a time: archiver would otherwise start every stream at once, and they share one connection.
    const append = async () => {
      for (const file of PACKAGE_FILES) {
        const written = once(archive, 'entry');
        archive.append(
          Readable.from(csvChunks(snapshot, programmeId, file, options.pseudonymise)),
          {
            name: file,
          },
        );
        await written;
      }
      await release(); // every row is read: the connection goes back before the zip's last bytes
      await archive.finalize();
    };
    append().catch((error: unknown) => {
      archive.destroy(error instanceof Error ? error : new Error(String(error)));
      void release();
    });
    return archive;
  }
}
