import { spawn } from 'node:child_process';
import { cliMain } from './paths.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run attune -- ARGS` (the built CLI) with INPUT on standard input. */
export function runCli(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliMain, ...args], {
      env: { ...process.env, DATABASE_URL: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A run that had to work: its result, or an error with everything it printed. */
export function must(result: CliResult, what: string): CliResult {
  if (result.code !== 0)
    throw new Error(`${what} failed (${result.code}):\n${result.stderr}\n${result.stdout}`);
  return result;
}
