/**
 * The averaged perceptron (Collins 2002) every trainer shares: sparse integer features → class
 * scores, averaged weights, and a seeded shuffle so that a model is reproducible. What the features
 * are and how the weights are stored in a model file is each trainer's business.
 */

/**
 * Weights over rows of features: each row keeps only the classes it was ever updated for.
 * Averages are kept lazily: a weight's running total is brought up to date only when it changes.
 */
export class AveragedPerceptron {
  private readonly rows: ({ cls: number[]; slot: number[] } | undefined)[] = [];
  private weight = new Float64Array(1 << 16);
  private total = new Float64Array(1 << 16);
  private stamp = new Float64Array(1 << 16);
  private slots = 0;
  private instances = 0;
  private readonly out: Float64Array;

  constructor(readonly classes: number) {
    this.out = new Float64Array(classes);
  }

  /** Number of feature rows that ever had a weight (row ids are below it). */
  get features(): number {
    return this.rows.length;
  }

  /** Class scores of the first `n` features (negative ids are unknown features); reused buffer. */
  scores(feats: ArrayLike<number>, n = feats.length): Float64Array {
    const out = this.out.fill(0);
    for (let r = 0; r < n; r++) {
      const row = feats[r]! >= 0 ? this.rows[feats[r]!] : undefined;
      if (row) for (let k = 0; k < row.cls.length; k++) out[row.cls[k]!] += this.weight[row.slot[k]!]!;
    }
    return out;
  }

  /** The best-scoring class among those `allowed` admits (all by default); -1 when none is. */
  predict(feats: ArrayLike<number>, n = feats.length, allowed?: (cls: number) => boolean): number {
    const scores = this.scores(feats, n);
    let best = -1;
    for (let c = 0; c < this.classes; c++) {
      if (allowed && !allowed(c)) continue;
      if (best < 0 || scores[c]! > scores[best]!) best = c;
    }
    return best;
  }

  /** One training instance: counts for the average, and moves weights when the guess was wrong. */
  update(truth: number, guess: number, feats: ArrayLike<number>, n = feats.length): void {
    this.instances++;
    if (truth === guess) return;
    for (let r = 0; r < n; r++) {
      if (feats[r]! < 0) continue;
      this.bump(feats[r]!, truth, 1);
      if (guess >= 0) this.bump(feats[r]!, guess, -1);
    }
  }

  /** The averaged weights of feature `f`, as (class, weight) pairs. */
  averaged(f: number): [number, number][] {
    const row = this.rows[f];
    if (!row || this.instances === 0) return [];
    return row.cls.map((c, k) => {
      const s = row.slot[k]!;
      return [c, (this.total[s]! + (this.instances - this.stamp[s]!) * this.weight[s]!) / this.instances];
    });
  }

  /** The averaged weights of feature `f` as int16 multiples of 1/scale, (class, weight) pairs without zeros. */
  quantized(f: number, scale: number): [number, number][] {
    return this.averaged(f)
      .map(([c, w]): [number, number] => [c, quantize(w, scale)])
      .filter(([, q]) => q !== 0);
  }

  private bump(f: number, cls: number, delta: number): void {
    const row = (this.rows[f] ??= { cls: [], slot: [] });
    let k = row.cls.indexOf(cls);
    if (k < 0) {
      k = row.cls.push(cls) - 1;
      row.slot.push(this.newSlot());
    }
    const s = row.slot[k]!;
    this.total[s] += (this.instances - this.stamp[s]!) * this.weight[s]!;
    this.stamp[s] = this.instances;
    this.weight[s] += delta;
  }

  private newSlot(): number {
    if (this.slots === this.weight.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.weight = grow(this.weight);
      this.total = grow(this.total);
      this.stamp = grow(this.stamp);
    }
    return this.slots++;
  }
}

/** A weight as an int16 multiple of 1/scale (clamped). */
export function quantize(weight: number, scale: number): number {
  return Math.max(-32767, Math.min(32767, Math.round(weight * scale)));
}

/** Feature strings numbered in order of first sight, for models whose features are strings. */
export class FeatureIds {
  readonly ids = new Map<string, number>();

  /** The id of `key`, numbering it when `grow` and it is new; -1 for an unknown key otherwise. */
  id(key: string, grow: boolean): number {
    let f = this.ids.get(key);
    if (f === undefined && grow) this.ids.set(key, (f = this.ids.size));
    return f ?? -1;
  }
}

/** Deterministic PRNG (mulberry32) in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place with `random`; returns `items`. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
