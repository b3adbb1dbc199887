/** A value as computed, with the data version it was computed at (read in the same snapshot). */
export interface Versioned<T> {
  version: string;
  value: T;
}

export interface Entry<T> extends Versioned<T> {
  /** Answers already serialised from this value, by variant (a page, a view). */
  bodies: Map<string, Buffer>;
}

/** Serialised answers kept per entry: pages of one list, a view or two. */
const MAX_BODIES = 64;

/**
 * Answers already computed, each kept under the data version it was computed
 * at (delivery_versions, bumped by triggers in every transaction that writes
 * a source table): one is served only while that is still the version the
 * caller has just read, so no answer older than the last committed change is
 * ever given, whichever replica of the API answers (each reads the version
 * from the database). Requests that find the same version missing share one
 * computation instead of each running their own. On top of each value, the
 * answers made from it as JSON bytes (`body`): a cached answer is sent as it
 * was serialised, not serialised again for every request.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly pending = new Map<string, Promise<Entry<T>>>();

  constructor(private readonly maxEntries = 64) {}

  /** The value of `key` at `current`, from the cache or computed once by `compute`. */
  async get(key: string, current: string, compute: () => Promise<Versioned<T>>): Promise<T> {
    return (await this.entry(key, current, compute)).value;
  }

  /**
   * The answer `render` makes of the value of `key` at `current`, as JSON
   * bytes, made once per variant (the page asked for, say) and version.
   */
  async body(
    key: string,
    current: string,
    compute: () => Promise<Versioned<T>>,
    variant: string,
    render: (value: T) => unknown,
  ): Promise<Buffer> {
    const entry = await this.entry(key, current, compute);
    let body = entry.bodies.get(variant);
    if (!body) {
      body = Buffer.from(JSON.stringify(render(entry.value)), 'utf8');
      if (entry.bodies.size < MAX_BODIES) entry.bodies.set(variant, body);
    }
    return body;
  }

  /** The value of `key` if it is held at `current`, computing nothing. */
  peek(key: string, current: string): T | undefined {
    const hit = this.entries.get(key);
    return hit?.version === current ? hit.value : undefined;
  }

  /** Keeps a value the caller computed itself (with the version read before or in its snapshot). */
  set(key: string, computed: Versioned<T>): Entry<T> {
    const entry = { ...computed, bodies: new Map<string, Buffer>() };
    const held = this.entries.get(key);
    // Versions only grow: a slower computation of an older version does not replace a newer one.
    if (held && BigInt(held.version) > BigInt(computed.version)) return entry;
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return entry;
  }

  private async entry(
    key: string,
    current: string,
    compute: () => Promise<Versioned<T>>,
  ): Promise<Entry<T>> {
    const hit = this.entries.get(key);
    if (hit?.version === current) {
      // Map order is insertion order: moving a hit last keeps the entries in use longest.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const flight = `${key}\u0000${current}`;
    let pending = this.pending.get(flight);
    if (!pending) {
      pending = compute()
        .then((computed) => this.set(key, computed))
        .finally(() => this.pending.delete(flight));
      this.pending.set(flight, pending);
    }
    // Computed at `current` or later (a write may have committed since): never older.
    return pending;
  }
}
