import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CostingError } from '@attune/domain';
import { WorkbookInputError, type WriteWorkbookOptions } from '@attune/workbook';
import type { ThreadData, ThreadMessage } from './workbook-thread';

/**
 * Heap of the workbook's thread. Its live data is the programme's small tables
 * (70,000 families at national scale, read here since workbook-input.ts) and a
 * batch of the ledger; the cap keeps V8 from letting garbage pile up to several
 * times that, as it does in a big process. 192 MB while each family had its own
 * hidden class (a spread) and three copies were held; about 45 MB live since
 * (heap snapshot of the same reader in the CLI), so 128 MB leaves room for two
 * exports at once in one API process.
 */
export const THREAD_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

const THREAD_FILE = join(__dirname, 'workbook-thread.js');

/**
 * Whether the compiled thread is there: it is in the built API (npm start, the
 * CLI); tests run from TypeScript sources, where the export stays in-thread.
 */
export function threadAvailable(): boolean {
  return existsSync(THREAD_FILE);
}

function errorOf(m: Extract<ThreadMessage, { type: 'failed' }>): Error {
  const error =
    m.kind === 'input'
      ? new WorkbookInputError(m.message)
      : m.kind === 'costing'
        ? new CostingError(m.message)
        : new Error(m.message);
  if (m.kind === 'other' && m.stack) error.stack = m.stack;
  return error;
}

/**
 * Writes the workbook in its own thread (workbook-thread.ts) into `output`,
 * which is ended on success and destroyed with the error on failure, as
 * writeWorkbook does. The thread's bytes are written no faster than `output`
 * takes them; an output closed early stops the thread.
 */
export function writeInThread(
  data: ThreadData,
  output: NodeJS.WritableStream,
  options: Pick<WriteWorkbookOptions, 'onProgress'> = {},
): Promise<void> {
  const worker = new Worker(THREAD_FILE, { workerData: data, resourceLimits: THREAD_LIMITS });
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const out = output as NodeJS.WritableStream & { destroy?(error?: Error): void };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      out.destroy?.(error);
      reject(error);
    };
    const closedEarly = () =>
      fail(new Error('The output of the workbook was closed before the end'));
    out.once('close', closedEarly);
    out.once('error', (error: Error) => fail(error));
    worker.on('message', (m: ThreadMessage) => {
      if (settled) return;
      switch (m.type) {
        case 'chunk':
          if (out.write(Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength))) {
            worker.postMessage('more');
          } else {
            out.once('drain', () => worker.postMessage('more'));
          }
          break;
        case 'progress':
          options.onProgress?.(m.done, m.total);
          break;
        case 'done':
          settled = true;
          out.removeListener('close', closedEarly);
          void worker.terminate(); // its port would keep it waiting for more messages
          out.end();
          resolve();
          break;
        case 'failed':
          fail(errorOf(m));
          break;
      }
    });
    worker.on('error', (error) => fail(error)); // ERR_WORKER_OUT_OF_MEMORY, say
    worker.on('exit', (code) =>
      fail(new Error(`The workbook's thread stopped (exit code ${code})`)),
    );
  });
}
