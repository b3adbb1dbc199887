import 'reflect-metadata';
import type { HttpException } from '@nestjs/common';
import { ConfigError } from '../platform/config/config';
import { CliError, parseArgs, UsageError } from './args';
import { commandNames, loadCommand, type Command } from './commands';
import { CliContext } from './context';

/** The API's field names, as the command line spells them. */
function asFlags(problem: string): string {
  return problem.replace(/\blaCode\b/g, '--la').replace(/\bstaffCode\b/g, '--staff');
}

/** What a service refused, as sentences: each problem of a 400, else the message. */
function refusals(error: HttpException): string[] {
  const body = error.getResponse();
  if (typeof body === 'string') return [body];
  const { message, errors } = body as { message?: unknown; errors?: Array<{ problem: string }> };
  if (Array.isArray(message)) return message.map(String);
  if (Array.isArray(errors)) return errors.map((e) => e.problem);
  return [typeof message === 'string' ? message : error.message];
}

/**
 * One line for a database that cannot be reached or refused a statement; null for anything else.
 * Loaded on failure only: a command that never touched TypeORM does not pay for it at start-up.
 */
async function databaseFailure(error: unknown): Promise<string | null> {
  const [{ QueryFailedError }, { isConnectionError }] = await Promise.all([
    import('typeorm'),
    import('../platform/database/availability.js'),
  ]);
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  if (isConnectionError(error)) return `Cannot reach the database: ${message}`;
  if (error instanceof QueryFailedError) return `The database refused the command: ${message}`;
  return null;
}

/** The help loads every command's module (to read its usage); running one loads only its own. */
async function help(): Promise<string> {
  const all = await Promise.all(commandNames.map((name) => loadCommand(name)));
  const lines = all.map((c) => `  ${c!.usage}\n      ${c!.description}`);
  return `Usage: npm run attune -- <command> [options]\n\nCommands:\n${lines.join('\n')}`;
}

/** An HttpException (Nest's), checked without loading Nest for a command that never used it. */
async function isHttpException(error: unknown): Promise<boolean> {
  if (
    !(error instanceof Error) ||
    typeof (error as { getStatus?: unknown }).getStatus !== 'function'
  )
    return false;
  const { HttpException } = await import('@nestjs/common');
  return error instanceof HttpException;
}

/** Known failures print a clear message and exit 1 (2 for usage); anything else is a bug: stack. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    console.log(await help());
    return name ? 0 : 2;
  }
  const command: Command | undefined = await loadCommand(name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${await help()}`);
    return 2;
  }
  let context: CliContext | undefined;
  try {
    const args = parseArgs(rest);
    context = new CliContext();
    await command.run(args, context);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\nUsage: npm run attune -- ${command.usage}`);
      return 2;
    }
    if ((await isHttpException(error)) && (error as HttpException).getStatus() < 500) {
      console.error(
        `Refused: ${refusals(error as HttpException)
          .map(asFlags)
          .join('\n  ')}`,
      );
      return 1;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    if (error instanceof CliError) {
      console.error(error.message);
      return 1;
    }
    const line = await databaseFailure(error);
    if (line) {
      console.error(line);
      return 1;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  } finally {
    await context?.close();
  }
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
