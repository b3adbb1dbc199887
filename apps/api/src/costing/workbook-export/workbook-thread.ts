/**
 * The workbook's own thread (worker_threads): reads the small tables and the ledger from PostgreSQL
 * in the snapshot the API opened, prices it, writes the xlsx and sends the zip's
 * bytes back to the API's thread, which puts them on the file, the response or
 * the job. Its heap is capped (resourceLimits), so a national programme's
 * millions of lines cannot grow the API process; and the API's thread stays free
 * for requests while it works. Loads neither Nest nor TypeORM.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { CostingError } from '@attune/domain';
import { writeWorkbook, WorkbookInputError } from '@attune/workbook';
import { Client } from 'pg';
import { readWorkbookInput, type WorkbookInputHead } from './workbook-input';
import { WorkbookSnapshot, type SnapshotRunner } from './workbook-snapshot';

/** What the API's thread sends to start the thread. */
export interface ThreadData {
  url: string;
  /** pg_export_snapshot() of the API's open REPEATABLE READ transaction. */
  snapshotId: string;
  programmeId: string;
  /** What the API's thread read or checked; the small tables and the ledger are read here. */
  head: WorkbookInputHead;
}

/** Messages from the thread; the API's thread answers each `chunk` with `'more'`. */
export type ThreadMessage =
  | { type: 'chunk'; data: Uint8Array }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done' }
  | { type: 'failed'; kind: 'input' | 'costing' | 'other'; message: string; stack?: string };

/** Zip chunks sent before the thread waits for the API's thread to take them. */
const IN_FLIGHT = 8;

async function run(data: ThreadData, port: NonNullable<typeof parentPort>): Promise<void> {
  const client = new Client({ connectionString: data.url, application_name: 'attune-workbook' });
  await client.connect();
  let active = false;
  const runner: SnapshotRunner = {
    query: async (sql, parameters) => (await client.query(sql, parameters)).rows as unknown,
    get isTransactionActive() {
      return active;
    },
    rollbackTransaction: async () => {
      await client.query('ROLLBACK');
      active = false;
    },
    release: () => client.end(),
  };
  const snapshot = new WorkbookSnapshot(runner, data.programmeId);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    active = true;
    // The id comes from pg_export_snapshot (hex and dashes); checked so it cannot be anything else.
    if (!/^[0-9A-F-]+$/i.test(data.snapshotId)) throw new Error('not a snapshot id');
    await client.query(`SET TRANSACTION SNAPSHOT '${data.snapshotId}'`);

    let inFlight = 0;
    let resume: (() => void) | null = null;
    port.on('message', (message: unknown) => {
      if (message !== 'more') return;
      inFlight--;
      const next = resume;
      resume = null;
      next?.();
    });
    const output = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        const copy = new Uint8Array(chunk); // its own buffer, so it can be transferred
        inFlight++;
        port.postMessage({ type: 'chunk', data: copy } satisfies ThreadMessage, [copy.buffer]);
        if (inFlight < IN_FLIGHT) callback();
        else resume = () => callback();
      },
    });
    await writeWorkbook(await readWorkbookInput(snapshot, data.head), output, {
      onProgress: (done, total) =>
        port.postMessage({ type: 'progress', done, total } satisfies ThreadMessage),
    });
    await finished(output); // the zip ends it; every chunk has been posted
  } finally {
    await snapshot.close();
  }
  port.postMessage({ type: 'done' } satisfies ThreadMessage);
}

if (parentPort) {
  const port = parentPort;
  run(workerData as ThreadData, port).catch((error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    const kind =
      error instanceof WorkbookInputError
        ? 'input'
        : error instanceof CostingError
          ? 'costing'
          : 'other';
    port.postMessage({
      type: 'failed',
      kind,
      message: e.message,
      stack: e.stack,
    } satisfies ThreadMessage);
  });
}
