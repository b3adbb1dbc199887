import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CliError, requirePositional, UsageError } from '../../cli/args';
import type { Command } from '../../cli/commands';
import { PackageExportService } from './package-export.service';

const CLI = { principal: null, requestId: 'cli', address: 'cli' };

/** `package PROGRAMME_ID OUT.zip`. */
export const packageExportCommands: Record<string, Command> = {
  package: {
    usage: 'package PROGRAMME_ID OUT.zip',
    description: 'Export a programme as its data package (.zip), re-importable.',
    async run(args, context) {
      const id = requirePositional(args, 0, 'PROGRAMME_ID');
      const out = resolve(requirePositional(args, 1, 'OUT.zip'));
      if (!/^[0-9a-f-]{36}$/i.test(id))
        throw new UsageError('PROGRAMME_ID must be a programme id (a UUID)');
      const exporter = (await context.nest()).get(PackageExportService);
      let stream;
      try {
        stream = await exporter.export(id, { pseudonymise: false, who: CLI });
      } catch (error) {
        if (error instanceof Error && error.name === 'NotFoundException')
          throw new CliError(error.message);
        throw error;
      }
      await pipeline(stream, createWriteStream(out));
      console.log(`Wrote ${out}`);
    },
  },
};
