import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { CliError, requirePositional, UsageError } from '../../cli/args';
import type { Command } from '../../cli/commands';
import { describeFailure, WorkbookExportService } from './workbook-export.service';

const CLI = { principal: null, requestId: 'cli', address: 'cli' };

/** `workbook PROGRAMME_ID OUT.xlsx`. */
export const workbookCommands: Record<string, Command> = {
  workbook: {
    usage: 'workbook PROGRAMME_ID OUT.xlsx',
    description: 'Write the cost-evaluation workbook of a programme (pseudonymised .xlsx).',
    async run(args, context) {
      const id = requirePositional(args, 0, 'PROGRAMME_ID');
      const out = resolve(requirePositional(args, 1, 'OUT.xlsx'));
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
        throw new UsageError('PROGRAMME_ID must be a programme id (a UUID)');
      const exports = (await context.nest()).get(WorkbookExportService);
      const started = performance.now();
      let source;
      try {
        source = await exports.open(id, 'command line');
      } catch (error) {
        throw new CliError(describeFailure(error) ?? String(error));
      }
      // Written under a temporary name in the same folder and renamed at the end:
      // a failure never leaves a file that looks complete.
      const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.partial`);
      try {
        await exports.record(id, 'cli workbook', CLI);
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
