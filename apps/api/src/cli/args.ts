/** `--email a@b --role admin PATH` → { flags: {email, role}, positional: [PATH] }. */
export interface ParsedArgs {
  flags: Record<string, string>;
  positional: string[];
}

/** A failure the user can act on: its message is printed as it is, exit 1. */
export class CliError extends Error {}

/** The command was called wrongly: message and usage, exit 2. */
export class UsageError extends Error {}

export function parseArgs(argv: string[]): ParsedArgs {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`--${name} needs a value`);
      }
      if (inline === undefined) i++;
      flags[name] = value;
    } else {
      positional.push(arg);
    }
  }
  return { flags, positional };
}

export function requireFlag(args: ParsedArgs, name: string): string {
  const value = args.flags[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

export function requirePositional(args: ParsedArgs, index: number, name: string): string {
  const value = args.positional[index];
  if (!value) throw new UsageError(`${name} is required`);
  return value;
}
