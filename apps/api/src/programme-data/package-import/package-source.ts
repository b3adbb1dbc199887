import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** The files of a data package, opened one at a time, in any order. */
export interface PackageSource {
  /** File names (no folders), as found. */
  readonly names: readonly string[];
  /** Names that appear more than once (a zip with two `staff.csv` in different folders). */
  readonly duplicates: readonly string[];
  open(name: string): Promise<Readable>;
  close(): void;
}

/** A package the caller gave wrongly (not a folder or zip, unreadable zip): said as it is. */
export class PackageSourceError extends Error {}

/** Files a zip tool adds that are not part of anyone's package. */
function isJunk(path: string): boolean {
  const name = basename(path);
  return path.startsWith('__MACOSX/') || name.startsWith('.') || name === 'Thumbs.db';
}

export async function openPackageSource(path: string): Promise<PackageSource> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new PackageSourceError(`${path} does not exist`);
  }
  if (info.isDirectory()) return openFolder(path);
  return openZip(path);
}

async function openFolder(path: string): Promise<PackageSource> {
  const entries = await readdir(path, { withFileTypes: true });
  const names = entries.filter((e) => e.isFile() && !isJunk(e.name)).map((e) => e.name);
  return {
    names,
    duplicates: [],
    open: (name) => Promise.resolve(createReadStream(join(path, name))),
    close: () => undefined,
  };
}

/**
 * A zip, read from its central directory: entries can then be opened in any
 * order and each is streamed (inflated as it is read), never held whole.
 * Files in a folder (`demo/staff.csv`) count as if at the top.
 */
export function openZip(path: string): Promise<PackageSource> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, strictFileNames: false },
      (error, zip) => {
        if (error || !zip) {
          reject(
            new PackageSourceError(
              `${basename(path)} is not a readable .zip file (${error?.message ?? 'unknown error'})`,
            ),
          );
          return;
        }
        const entries = new Map<string, yauzl.Entry>();
        const duplicates: string[] = [];
        zip.on('entry', (entry: yauzl.Entry) => {
          const file = entry.fileName;
          if (!file.endsWith('/') && !isJunk(file)) {
            const name = basename(file);
            if (entries.has(name)) duplicates.push(name);
            else entries.set(name, entry);
          }
          zip.readEntry();
        });
        zip.once('error', (e: Error) =>
          reject(
            new PackageSourceError(`${basename(path)} is not a readable .zip file (${e.message})`),
          ),
        );
        zip.once('end', () =>
          resolve({
            names: [...entries.keys()],
            duplicates,
            open: (name) =>
              new Promise<Readable>((ok, fail) => {
                const entry = entries.get(name);
                if (!entry) return fail(new PackageSourceError(`${name} is not in the zip`));
                zip.openReadStream(entry, (e, stream) =>
                  e || !stream ? fail(e ?? new Error('no stream')) : ok(stream),
                );
              }),
            close: () => zip.close(),
          }),
        );
        zip.readEntry();
      },
    );
  });
}
