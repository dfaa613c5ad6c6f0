/**
 * Values kept in this process for a few seconds, e.g. an API client's row for a burst of calls.
 * A change in this process calls `clear()` and applies at once; another process's change shows
 * after at most `ms`. Bounded: past `maxEntries` it starts afresh.
 */
export class ShortCache<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();

  constructor(private readonly ms: number, private readonly maxEntries = 10_000) {}

  /** The kept value of `key`, or what `load` gives (then kept, also when it is undefined). */
  async get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < this.ms) return hit.value;
    const value = await load();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, at: Date.now() });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
