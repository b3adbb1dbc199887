import {
  csvHeader,
  csvRecord,
  PACKAGE_FILES,
  programmeToCsvFiles,
  type PackageFile,
  type PackageRecord,
  type ProgrammeData,
} from '@attune/domain';
import archiver from 'archiver';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';

/** Writes a programme held in memory (the demo) as a package folder. */
export async function writeProgrammeFolder(dir: string, data: ProgrammeData): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files = programmeToCsvFiles(data);
  for (const file of PACKAGE_FILES) await writeFile(join(dir, file), files[file]);
}

/** Text gathered before a write: fewer, larger writes. */
const CHUNK = 256 * 1024;

/**
 * Writes a stream of `{file, record}` (any order, any size) as a package
 * folder: every file gets its header, records are appended as they come and
 * the writer waits when a file's stream is full, so memory stays flat.
 */
export async function writeRecordStream(
  dir: string,
  chunks:
    Iterable<{ file: string; record: unknown }> | AsyncIterable<{ file: string; record: unknown }>,
): Promise<Record<string, number>> {
  await mkdir(dir, { recursive: true });
  const streams = new Map<PackageFile, { out: WriteStream; pending: string }>();
  const counts: Record<string, number> = {};
  for (const file of PACKAGE_FILES) {
    streams.set(file, { out: createWriteStream(join(dir, file)), pending: csvHeader(file) });
    counts[file] = 0;
  }
  const drain = async (entry: { out: WriteStream; pending: string }) => {
    const text = entry.pending;
    entry.pending = '';
    if (!entry.out.write(text)) await once(entry.out, 'drain');
  };
  for await (const { file, record } of chunks) {
    const entry = streams.get(file as PackageFile);
    if (!entry) throw new Error(`${file} is not a file of the data package`);
    entry.pending += csvRecord(file as PackageFile, record as PackageRecord as never);
    counts[file]!++;
    if (entry.pending.length >= CHUNK) await drain(entry);
  }
  for (const entry of streams.values()) {
    entry.out.end(entry.pending);
    await once(entry.out, 'finish');
  }
  return counts;
}

/** Zips a package folder's CSV files (flat) into `zipPath`. */
export async function zipFolder(dir: string, zipPath: string): Promise<void> {
  const archive = archiver('zip', { zlib: { level: 6 } });
  const names = (await readdir(dir)).filter((n) => n.endsWith('.csv')).sort();
  for (const name of names) archive.file(join(dir, name), { name });
  const done = pipeline(archive, createWriteStream(zipPath));
  await archive.finalize();
  await done;
}
