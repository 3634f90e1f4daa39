import type { FeatureTable } from '../../src/text/feature-table.js';
import type { WeightTables } from '../../src/text/weights-file.js';

/**
 * Averaged perceptron for the dependency parser's trainer, with sparse weights over the rows of a
 * FeatureTable: each row keeps only the classes it was ever updated for. Averages are kept lazily
 * (Collins 2002): a weight's running total is brought up to date only when the weight changes.
 * (The tagger's trainer has its own; a shared trainer module is planned.)
 */
export class ParserPerceptron {
  private readonly rows: ({ cls: number[]; slot: number[] } | undefined)[] = [];
  private weight = new Float64Array(1 << 22);
  private total = new Float64Array(1 << 22);
  private stamp = new Float64Array(1 << 22);
  private slots = 0;
  private instances = 0;

  /** Adds the weights of the first `n` rows of `feats` to `scores` (zeroed first). */
  score(feats: Int32Array, n: number, scores: Float64Array): void {
    scores.fill(0);
    for (let r = 0; r < n; r++) {
      const row = this.rows[feats[r]];
      if (row) for (let k = 0; k < row.cls.length; k++) scores[row.cls[k]] += this.weight[row.slot[k]];
    }
  }

  /** Counts one decision; call it for every decision, right or wrong, so that averages are exact. */
  tick(): void {
    this.instances++;
  }

  update(truth: number, guess: number, feats: Int32Array, n: number): void {
    for (let r = 0; r < n; r++) {
      this.bump(feats[r], truth, 1);
      this.bump(feats[r], guess, -1);
    }
  }

  private bump(f: number, cls: number, delta: number): void {
    const row = (this.rows[f] ??= { cls: [], slot: [] });
    let k = row.cls.indexOf(cls);
    if (k < 0) {
      k = row.cls.push(cls) - 1;
      row.slot.push(this.newSlot());
    }
    const s = row.slot[k];
    this.total[s] += (this.instances - this.stamp[s]) * this.weight[s];
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

  /** The averaged weights of row `f` as int16 multiples of 1/scale, (class, weight) pairs, zeros left out. */
  averaged(f: number, scale: number): number[] {
    const row = this.rows[f];
    const out: number[] = [];
    row?.cls.forEach((c, k) => {
      const s = row.slot[k];
      const avg = (this.total[s] + (this.instances - this.stamp[s]) * this.weight[s]) / this.instances;
      const q = Math.max(-32768, Math.min(32767, Math.round(avg * scale)));
      if (q !== 0) out.push(c, q);
    });
    return out;
  }
}

/**
 * The weights of perceptrons that share the rows of `table`, as one model: per row, the classes of
 * the first perceptron, then those of the second shifted by `classBases[1]`, and so on, each run
 * sorted by class. Features left with no weight are dropped; features are sorted by key, so that
 * the file is deterministic.
 */
export function exportWeights(table: FeatureTable, scale: number, models: ParserPerceptron[], classBases: number[]): WeightTables {
  const kept: { key: [number, number, number]; weights: number[] }[] = [];
  for (let f = 0; f < table.size; f++) {
    const weights: number[] = [];
    models.forEach((m, i) => {
      const pairs = m.averaged(f, scale);
      const order = pairs.filter((_, k) => k % 2 === 0).map((_, j) => j).sort((x, y) => pairs[2 * x] - pairs[2 * y]);
      for (const j of order) weights.push(pairs[2 * j] + classBases[i], pairs[2 * j + 1]);
    });
    if (weights.length > 0) kept.push({ key: table.key(f), weights });
  }
  kept.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  let total = 0;
  for (const f of kept) total += f.weights.length / 2;
  const cls = new Uint8Array(total);
  const weight = new Int16Array(total);
  let k = 0;
  for (const f of kept) {
    for (let j = 0; j < f.weights.length; j += 2, k++) {
      cls[k] = f.weights[j];
      weight[k] = f.weights[j + 1];
    }
  }
  return {
    template: Uint8Array.from(kept, (f) => f.key[0]),
    a: Int32Array.from(kept, (f) => f.key[1]),
    b: Int32Array.from(kept, (f) => f.key[2]),
    counts: Uint8Array.from(kept, (f) => f.weights.length / 2),
    cls,
    weight,
  };
}
