import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CliError, requirePositional, UsageError } from '../../cli/args';
import type { Command } from '../../cli/commands';
import type { CliContext } from '../../cli/context';
import { createDemoAccounts, demoAccountsBlock } from '../../identity/auth/demo-accounts';
import { scaleRecords } from '../../seed/scale-programme';
import { loadDemoProgramme } from './demo-programme.loader';
import { PackageImportService, type ImportResult } from './package-import.service';
import { writeRecordStream, zipFolder } from './package-folder';
import { PackageSourceError } from './package-source';

const CLI = { principal: null, requestId: 'cli', address: 'cli' };

/** Prints the counts, then the programme id as the last line (scripts read it); a refusal is an error. */
function report(result: ImportResult): string {
  if (!result.ok) {
    const lines = result.errors.map(
      (e) => `  ${e.file}:${e.line} ${e.column ? `${e.column}: ` : ''}${e.problem}`,
    );
    const more =
      result.total > result.errors.length
        ? `\n  ... and ${result.total - result.errors.length} more`
        : '';
    throw new CliError(
      `Refused: ${result.total} problem(s) in the package; nothing was written.\n${lines.join('\n')}${more}`,
    );
  }
  for (const [file, rows] of Object.entries(result.counts))
    console.log(`  ${file.padEnd(26)} ${rows}`);
  return result.programmeId;
}

async function importPath(context: CliContext, path: string): Promise<ImportResult> {
  const importer = (await context.nest()).get(PackageImportService);
  try {
    // Per-file timings go to standard error: standard output ends with the programme id.
    return await importer.importPath(resolve(path), CLI, (file, rows, ms) =>
      console.error(
        `  ${file.padEnd(26)} ${String(rows).padStart(9)} rows  ${(ms / 1000).toFixed(1)} s`,
      ),
    );
  } catch (error) {
    if (error instanceof PackageSourceError) throw new CliError(error.message);
    throw error;
  }
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** This process's peak memory and CPU so far (the database server's are its own). */
function usage(): string {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  return `peak RSS ${megabytes(maxRSS * 1024)} MB, CPU ${((userCPUTime + systemCPUTime) / 1e6).toFixed(1)} s`;
}

function intFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number`);
  return Number(value);
}

/** import, seed:demo and seed:scale. */
export const packageImportCommands: Record<string, Command> = {
  import: {
    usage: 'import PATH  (a package folder or .zip)',
    description:
      'Import a data package as a new programme, all or nothing; prints the programme id last.',
    async run(args, context) {
      const path = requirePositional(args, 0, 'PATH');
      await context.nest();
      const started = performance.now();
      const result = await importPath(context, path);
      console.error(`Import took ${seconds(started)} s; ${usage()}`);
      console.log(report(result));
    },
  },
  'seed:demo': {
    usage: 'seed:demo',
    description:
      'Load the demo programme (4 LAs, 21 practitioners) and the demo accounts; prints the programme id last.',
    async run(_args, context) {
      const app = await context.nest();
      const result = await loadDemoProgramme(app, CLI);
      const id = report(result);
      const { accounts, password } = await createDemoAccounts(app);
      console.log(demoAccountsBlock(accounts, password));
      console.log(id);
    },
  },
  'seed:scale': {
    usage:
      'seed:scale [OUT]  [--las N] [--practitioners N] [--lines N] [--seed N] [--generate-only true]  (OUT: a folder or .zip to keep)',
    description:
      'Generate a national-scale synthetic package (150 LAs, 5,000 practitioners, ~2M ledger lines), then import it.',
    async run(args, context) {
      const options = {
        localAuthorities: intFlag(args.flags['las'], 'las'),
        practitioners: intFlag(args.flags['practitioners'], 'practitioners'),
        targetLedgerLines: intFlag(args.flags['lines'], 'lines'),
        seed: intFlag(args.flags['seed'], 'seed'),
      };
      const out = args.positional[0] ? resolve(args.positional[0]) : undefined;
      const zip = out?.endsWith('.zip') ? out : undefined;
      // Benchmarks time a clean import of the package on its own.
      const generateOnly = args.flags['generate-only'] === 'true';
      if (generateOnly && !out)
        throw new UsageError('--generate-only needs OUT, where to keep the package');
      const scratch = await mkdtemp(join(tmpdir(), 'attune-scale-'));
      const dir = out && !zip ? out : join(scratch, 'package');
      try {
        let started = performance.now();
        const counts = await writeRecordStream(dir, scaleRecords(options));
        const rows = Object.values(counts).reduce((a, b) => a + b, 0);
        console.log(`Generated ${rows} rows in ${seconds(started)} s: ${dir}`);
        let source = dir;
        if (zip) {
          started = performance.now();
          await zipFolder(dir, zip);
          console.log(`Zipped in ${seconds(started)} s: ${zip}`);
          source = zip;
        }
        if (generateOnly) return;
        await context.nest();
        started = performance.now();
        const result = await importPath(context, source);
        const took = seconds(started);
        const id = report(result);
        console.log(`Imported in ${took} s (${usage()})`);
        console.log(id);
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
  },
};
