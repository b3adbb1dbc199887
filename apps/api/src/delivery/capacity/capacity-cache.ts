import { Injectable } from '@nestjs/common';
import type { CapacityFigures } from './capacity.repository';

const MAX_ENTRIES = 256;

interface Entry {
  version: string;
  rows: CapacityFigures[];
  /** Answers already serialised from these rows, by page. */
  pages: Map<string, string>;
}

/**
 * Capacity figures already computed, each under the programme's data version
 * (delivery_versions, bumped by triggers in every transaction that changes a
 * table the figures come from). An entry is used only while that version is
 * still the current one, so the cache never answers with figures older than
 * the last committed change; it spares the aggregates over every session of
 * an LA (and the serialising of hundreds of rows) when nothing has changed
 * between two requests.
 */
@Injectable()
export class CapacityCache {
  private readonly entries = new Map<string, Entry>();

  get(key: string, version: string): CapacityFigures[] | undefined {
    return this.entry(key, version)?.rows;
  }

  set(key: string, version: string, rows: CapacityFigures[]): void {
    this.entries.delete(key);
    this.entries.set(key, { version, rows, pages: new Map() });
    while (this.entries.size > MAX_ENTRIES) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }

  page(key: string, version: string, page: string): string | undefined {
    return this.entry(key, version)?.pages.get(page);
  }

  /** Kept only with rows of the same version (a newer entry may have replaced them meanwhile). */
  setPage(key: string, version: string, page: string, json: string): void {
    const entry = this.entries.get(key);
    if (entry?.version === version && entry.pages.size < 64) entry.pages.set(page, json);
  }

  private entry(key: string, version: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) return undefined;
    // Map order is insertion order: re-inserting keeps recently used entries last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }
}
