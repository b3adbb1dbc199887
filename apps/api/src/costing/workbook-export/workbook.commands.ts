import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { CliError, requirePositional, UsageError } from '../../cli/args';
import type { CliContext } from '../../cli/context';
import type { Command } from '../../cli/commands';
import { isUuid } from '../../platform/ids/uuid';
import { describeFailure, recordWorkbookExport } from './workbook-export-audit';
import type { WorkbookReader } from './workbook-reader';

const CLI = { principal: null, requestId: 'cli', address: 'cli' };

/**
 * The reader and the audit log on a plain DataSource, built by hand: the same classes the API's
 * container makes (WorkbookReader, CostSummaryService, AuditService and their repositories), without
 * Nest's core and the AppModule's hundred-odd providers, which cost this process more resident
 * memory than the export itself.
 */
async function services(context: CliContext) {
  const [reader, summary, audit, entity, exportRepository] = await Promise.all([
    import('./workbook-reader.js'),
    import('../cost-summary/cost-summary.service.js'),
    import('../../identity/audit/audit.service.js'),
    import('../../identity/audit/audit-event.entity.js'),
    import('./workbook-export.repository.js'),
  ]);
  const dataSource = await context.dataSource([entity.AuditEventEntity]);
  const auditService = audit.AuditService.on(dataSource);
  const workbooks: WorkbookReader = new reader.WorkbookReader(
    new exportRepository.WorkbookExportRepository(dataSource),
    summary.CostSummaryService.on(dataSource, auditService),
  );
  return { workbooks, audit: auditService };
}

/**
 * V8's heap for this process, set before any work (as the API's main.ts does for imports). The
 * export writes in this thread (no second isolate); its live heap is about 40 MB at national size
 * (the families, the staff and the loaded code), but its per-batch rows, lines and XML reach the
 * old generation, which V8 lets grow to several times the live heap before a full GC: 340 MB peak
 * RSS at 1.35 million lines. Growing by at most 25 % per full GC (no pretenuring: it sends those
 * rows straight to the old generation) held it near 158 MB at 2.0 million lines.
 *
 * The rest is the young generation. Its maximum is fixed when the heap is made (a later
 * --max-semi-space-size changes nothing, measured), but V8 grows it up to that maximum by
 * --semi-space-growth-factor, which it reads at each growth: 1 keeps it at the 16 MB start-up
 * grew it to instead of letting it double to the default maximum. Each batch's garbage dies young
 * either way: measured at 2.0 million lines, 137-141 MB peak RSS and less CPU time (25.5 s
 * against 28-33 s under the same load). A worker with resourceLimits (the API's path) measured
 * 261 MB: a second isolate loads exceljs, pg and the domain again.
 */
function boundHeap(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
  setFlagsFromString('--heap-growing-percent=25');
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** `workbook PROGRAMME_ID OUT.xlsx`. */
export const workbookCommands: Record<string, Command> = {
  workbook: {
    usage: 'workbook PROGRAMME_ID OUT.xlsx',
    description: 'Write the cost-evaluation workbook of a programme (pseudonymised .xlsx).',
    async run(args, context) {
      const id = requirePositional(args, 0, 'PROGRAMME_ID');
      const out = resolve(requirePositional(args, 1, 'OUT.xlsx'));
      if (!isUuid(id)) throw new UsageError('PROGRAMME_ID must be a programme id (a UUID)');
      boundHeap();
      const { workbooks, audit } = await services(context);
      const started = performance.now();
      let source;
      try {
        source = await workbooks.open(
          id,
          { generatedAt: new Date(), generatedBy: 'command line' },
          { thread: false },
        );
      } catch (error) {
        throw new CliError(describeFailure(error) ?? String(error));
      }
      // Written under a temporary name in the same folder and renamed at the end:
      // a failure never leaves a file that looks complete.
      const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.partial`);
      try {
        await recordWorkbookExport(audit, id, 'cli workbook', CLI);
        const file = createWriteStream(temporary, { mode: 0o600 });
        await source.write(file);
        await finished(file); // every byte is on disk before the file gets its name
        await rename(temporary, out);
      } catch (error) {
        await rm(temporary, { force: true });
        const message = describeFailure(error);
        if (message) throw new CliError(message);
        if (error instanceof Error && 'code' in error && typeof error.code === 'string')
          throw new CliError(`Could not write ${out}: ${error.message}`);
        throw error;
      } finally {
        await source.close();
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);
      console.log(
        `Wrote ${out} (${source.ledgerLineCount} ledger lines in ${seconds} s, peak RSS of this process ${rss} MB)`,
      );
    },
  },
};
