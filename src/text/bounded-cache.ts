/**
 * A memo with at most 2 × `generation` entries that keeps what is in use. New entries go into the
 * young generation; when it is full it becomes the old one and the previous old one is dropped,
 * and an entry found in the old generation moves back to the young one. This approximates LRU at
 * the cost of one Map lookup per hit, where true LRU needs a delete and a set.
 */
export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly generation: number) {}

  get(key: K, compute: (key: K) => V): V {
    return this.find(key) ?? this.add(key, compute(key));
  }

  /** The value of `key`, or undefined; for callers that would otherwise make a closure per call for `get`. */
  find(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const old = this.old.get(key);
    return old === undefined ? undefined : this.add(key, old);
  }

  /** Adds `value` under `key` to the young generation; returns it. */
  add(key: K, value: V): V {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }
}
