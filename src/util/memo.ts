/**
 * Values computed once per key, for a long-running process: the `max` most recently used are kept, the least
 * recently used forgotten first. Only for pure computations (the key must say everything the value depends on), so a
 * kept value is never stale; the values are shared between callers and must not be changed.
 */
export class Memo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string, compute: () => V): V {
    if (this.values.has(key)) {
      const known = this.values.get(key) as V;
      // A Map keeps insertion order: taking the key out and putting it back makes it the most recent.
      this.values.delete(key);
      this.values.set(key, known);
      return known;
    }
    const value = compute();
    this.values.set(key, value);
    if (this.values.size > this.max) this.values.delete(this.values.keys().next().value as string);
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}
