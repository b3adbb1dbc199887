import 'reflect-metadata';
import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ConfigError } from '../platform/config/config';
import { isConnectionError } from '../platform/database/availability';
import { CliError, parseArgs, UsageError } from './args';
import { commands } from './commands';
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

/** One line for a database that cannot be reached or refused a statement; null for anything else. */
function databaseFailure(error: unknown): string | null {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  if (isConnectionError(error)) return `Cannot reach the database: ${message}`;
  if (error instanceof QueryFailedError) return `The database refused the command: ${message}`;
  return null;
}

function help(): string {
  const lines = Object.values(commands).map((c) => `  ${c.usage}\n      ${c.description}`);
  return `Usage: npm run attune -- <command> [options]\n\nCommands:\n${lines.join('\n')}`;
}

/** Known failures print a clear message and exit 1 (2 for usage); anything else is a bug: stack. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${help()}`);
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
    if (error instanceof HttpException && error.getStatus() < 500) {
      console.error(`Refused: ${refusals(error).map(asFlags).join('\n  ')}`);
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
    const line = databaseFailure(error);
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
