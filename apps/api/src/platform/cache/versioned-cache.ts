/** A value as computed, with the data version it was computed at (read in the same snapshot). */
export interface Versioned<T> {
  version: string;
  value: T;
}

/**
 * Answers already computed, each kept under the data version it was computed
 * at (delivery_versions, bumped by triggers in every transaction that writes
 * a source table): one is served only while that is still the version the
 * caller has just read, so no answer older than the last committed change is
 * ever given, whichever replica of the API answers (each reads the version
 * from the database). Requests that find the same version missing share one
 * computation instead of each running their own.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, Versioned<T>>();
  private readonly pending = new Map<string, Promise<Versioned<T>>>();

  constructor(private readonly maxEntries = 64) {}

  /** The value of `key` at `current`, from the cache or computed once by `compute`. */
  async get(key: string, current: string, compute: () => Promise<Versioned<T>>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit?.version === current) return hit.value;
    const flight = `${key}\u0000${current}`;
    let pending = this.pending.get(flight);
    if (!pending) {
      pending = compute()
        .then((computed) => {
          this.set(key, computed);
          return computed;
        })
        .finally(() => this.pending.delete(flight));
      this.pending.set(flight, pending);
    }
    // Computed at `current` or later (a write may have committed since): never older.
    return (await pending).value;
  }

  /** The value of `key` if it is held at `current`, computing nothing. */
  peek(key: string, current: string): T | undefined {
    const hit = this.entries.get(key);
    return hit?.version === current ? hit.value : undefined;
  }

  /** Keeps a value the caller computed itself (with the version read before or in its snapshot). */
  set(key: string, computed: Versioned<T>): void {
    const held = this.entries.get(key);
    // Versions only grow: a slower computation of an older version does not replace a newer one.
    if (held && BigInt(held.version) > BigInt(computed.version)) return;
    this.entries.delete(key);
    this.entries.set(key, computed);
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }
}
