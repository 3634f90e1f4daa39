import type { Span, Token } from './schema.js';

/**
 * Relations that attach a clause to its governor: the head of a token's clause is the nearest
 * token (itself or an ancestor) that bears one of them, or a conjunct of such a predicate.
 */
const CLAUSAL = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'csubj', 'parataxis']);

/**
 * Read-only views over the dependency layer of a token array (Token.head, Token.deprel), for the
 * stages that read participants off the parse. Built once per token array (see `dependencies`).
 */
export class Dependencies {
  private readonly children: number[][];

  constructor(readonly tokens: readonly Token[]) {
    this.children = tokens.map(() => []);
    tokens.forEach((t, i) => {
      if (t.head >= 0 && t.head < tokens.length) this.children[t.head].push(i);
    });
  }

  /** The dependents of token `i`, in text order; only those with one of `relations` if any are given. */
  dependents(i: number, ...relations: string[]): number[] {
    const all = this.children[i] ?? [];
    return relations.length === 0 ? all : all.filter((c) => relations.includes(this.tokens[c].deprel));
  }

  /** The first dependent of `i` with one of `relations`, or -1. */
  dependent(i: number, ...relations: string[]): number {
    return this.dependents(i, ...relations)[0] ?? -1;
  }

  /** Token `i` and its ancestors up to its sentence root, nearest first. */
  ancestors(i: number): number[] {
    const out: number[] = [];
    // The length bound stops on a cycle, which a well-formed layer never has.
    for (let t = i; t >= 0 && out.length <= this.tokens.length; t = this.tokens[t].head) out.push(t);
    return out;
  }

  /** The token range [first, last) covered by the subtree of `i` (its outermost descendants). */
  subtree(i: number): [first: number, last: number] {
    let first = i;
    let last = i;
    const stack = [i];
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (t < first) first = t;
      if (t > last) last = t;
      stack.push(...this.children[t]);
    }
    return [first, last + 1];
  }

  /** The characters the subtree of `i` spans. */
  subtreeSpan(i: number): Span {
    const [first, last] = this.subtree(i);
    return { start: this.tokens[first].start, end: this.tokens[last - 1].end };
  }

  /**
   * The head of the clause that token `i` belongs to: the nearest of `i` and its ancestors that
   * attaches a clause (root, ccomp, xcomp, advcl, acl, csubj, parataxis) or is a verbal conjunct.
   */
  clauseHead(i: number): number {
    const path = this.ancestors(i);
    for (const t of path) {
      const { deprel, upos } = this.tokens[t];
      if (CLAUSAL.has(deprel) || (deprel === 'conj' && (upos === 'VERB' || upos === 'AUX'))) return t;
    }
    return path[path.length - 1];
  }

  /**
   * The tokens on the tree path from `i` to `j`, both included (up from `i` to their lowest common
   * ancestor, then down to `j`), or null if they are in different trees (sentences).
   */
  path(i: number, j: number): number[] | null {
    const up = this.ancestors(i);
    const down = this.ancestors(j);
    const onUp = new Map(up.map((t, k) => [t, k]));
    const meet = down.findIndex((t) => onUp.has(t));
    if (meet < 0) return null;
    return [...up.slice(0, onUp.get(down[meet])! + 1), ...down.slice(0, meet).reverse()];
  }
}

const built = new WeakMap<readonly Token[], Dependencies>();

/** The dependency views of `tokens`, built on first use (token arrays are not changed after the text stage). */
export function dependencies(tokens: readonly Token[]): Dependencies {
  let deps = built.get(tokens);
  if (!deps) {
    deps = new Dependencies(tokens);
    built.set(tokens, deps);
  }
  return deps;
}
