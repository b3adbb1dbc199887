import { Injectable } from '@nestjs/common';
import type { CapacityFigures } from './capacity.query';

const MAX_ENTRIES = 256;

/**
 * Capacity figures already computed, each under the programme's data version
 * (delivery_versions, bumped by triggers in every transaction that changes a
 * table the figures come from). An entry is used only while that version is
 * still the current one, so the cache never answers with figures older than
 * the last committed change; it spares the aggregates over every session of
 * an LA when nothing has changed between two requests.
 */
@Injectable()
export class CapacityCache {
  private readonly entries = new Map<string, { version: string; rows: CapacityFigures[] }>();

  get(key: string, version: string): CapacityFigures[] | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) return undefined;
    // Map order is insertion order: re-inserting keeps recently used entries last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.rows;
  }

  set(key: string, version: string, rows: CapacityFigures[]): void {
    this.entries.delete(key);
    this.entries.set(key, { version, rows });
    while (this.entries.size > MAX_ENTRIES) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }
}
