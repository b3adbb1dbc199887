import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiMain } from './paths.js';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The data directory of its embedded database. */
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGTERM and waits for a clean exit; returns the exit code. */
  stop(): Promise<number | null>;
  process: ChildProcess;
}

export interface ServerOptions {
  env?: Record<string, string>;
  /** Reuse a data directory (for restart tests); a fresh temporary one otherwise. */
  dataDir?: string;
  timeoutMs?: number;
  /** Options for node itself, before the script (`--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
}

/* Listening ports are chosen below Linux's ephemeral range (32768-60999):
 * a port the kernel handed out by listen(0) may meanwhile be taken as the
 * local end of any outgoing connection (to PostgreSQL, say) before the
 * server binds it. Ports already handed out by this process are skipped. */
const LOW_PORT = 20_000;
const HIGH_PORT = 32_767;
const handedOut = new Set<number>();

function listenable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOW_PORT + Math.floor(Math.random() * (HIGH_PORT - LOW_PORT + 1));
    if (handedOut.has(port)) continue;
    if (await listenable(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`No free port between ${LOW_PORT} and ${HIGH_PORT}`);
}

export function temporaryDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'attune-e2e-'));
  chmodSync(dir, 0o755); // PostgreSQL runs as another user when we are root
  return dir;
}

/**
 * Starts the BUILT API (apps/api/dist/main.js) as `npm start` would, on a free
 * port with its own embedded database, and waits until /api/health is ok.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  // Another test process may bind the chosen port first: then, once more, on another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOn(await freePort(), options);
    } catch (error) {
      if (attempt === 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startOn(port: number, options: ServerOptions): Promise<RunningServer> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? temporaryDataDir();
  let output = '';
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), apiMain], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ATTUNE_DATA_DIR: dataDir,
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let healthy = false;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) {
        healthy = true;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const code = await exited;
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    return code;
  };
  if (!healthy) {
    await stop();
    throw new Error(`The server did not become healthy at ${url}. Its output:\n${output}`);
  }
  return { url, dataDir, output: () => output, stop, process: child };
}
