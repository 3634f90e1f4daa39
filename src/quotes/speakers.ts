import type { Actor, Span } from '../model/schema.js';
import { partitionPoint } from '../model/sorted-search.js';

const KIND_ORDER: Actor['kind'][] = ['person', 'anonymous', 'organisation', 'group', 'country'];

interface Mention extends Span {
  actor: Actor;
}

/**
 * Who speaks: the actor mentioned in the source span, or the antecedent of a pronoun. "he" and "she"
 * go back to the last speaker when that was a person, else to the first person of the previous
 * sentence, else to the nearest person before; "it" and "they" to the last speaker of their kind,
 * else the nearest such actor; "who"/"which" to the mention right before them. Definite anonymous
 * sources ("the source") already point back through the actors layer.
 */
export class SpeakerResolver {
  private readonly mentions: Mention[];
  /** The furthest end among mentions [0, i]: how far back an overlapping mention may start. */
  private readonly reach: number[] = [];
  private last: Actor | null = null;
  private readonly heads = new Map<string, Actor>();

  constructor(actors: Actor[], private readonly sentences: Span[]) {
    this.mentions = actors.flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor })));
    this.mentions.sort((a, b) => a.start - b.start);
    for (const [i, m] of this.mentions.entries()) this.reach.push(Math.max(m.end, i > 0 ? this.reach[i - 1] : -Infinity));
  }

  /** The actor a source names (null when none is known); remembers it as the last speaker. */
  speaker(source: Span, text: string): Actor | null {
    const head = text.toLowerCase().match(/([\p{L}-]+)\W*$/u)?.[1] ?? '';
    // "the readout" is the source met before with that head noun ("a State Department readout").
    const actor = this.resolve(source, text.toLowerCase()) ?? (/^the\s/i.test(text) ? this.heads.get(head) ?? null : null);
    if (actor) {
      this.last = actor;
      this.heads.set(head, actor);
    }
    return actor;
  }

  /** The actor a span mentions, preferring people (the name in "Kremlin spokesperson Ivan Petrov"). */
  mentioned(span: Span): Actor | null {
    const inSpan: Mention[] = [];
    for (let i = this.startingBefore(span.end) - 1; i >= 0 && this.reach[i] > span.start; i--) if (span.start < this.mentions[i].end) inSpan.push(this.mentions[i]);
    inSpan.reverse();
    inSpan.sort((a, b) => KIND_ORDER.indexOf(a.actor.kind) - KIND_ORDER.indexOf(b.actor.kind) || a.start - b.start);
    return inSpan[0]?.actor ?? null;
  }

  private resolve(source: Span, word: string): Actor | null {
    switch (word) {
      case 'he': case 'she': case 'i':
        return this.antecedent(source, (a) => a.kind === 'person', true);
      case 'it':
        return this.antecedent(source, (a) => a.kind === 'organisation' || a.kind === 'country', false);
      case 'they': case 'we':
        return this.antecedent(source, (a) => a.kind !== 'person', false);
      case 'who': case 'which':
        return this.lastBefore(source.start, (m) => source.start - m.end <= 3, 3)?.actor ?? null;
      default:
        return this.mentioned(source);
    }
  }

  private antecedent(source: Span, fits: (a: Actor) => boolean, subject: boolean): Actor | null {
    if (this.last && fits(this.last)) return this.last;
    if (subject) {
      const s = partitionPoint(this.sentences.length, (i) => this.sentences[i].end <= source.start) - 1;
      const previous = s >= 0 ? this.sentences[s] : null;
      if (previous) {
        for (let i = this.startingBefore(previous.start); i < this.mentions.length && this.mentions[i].start < previous.end; i++) {
          const m = this.mentions[i];
          if (m.end <= previous.end && fits(m.actor)) return m.actor;
        }
      }
    }
    return this.lastBefore(source.start, (m) => fits(m.actor), Infinity)?.actor ?? null;
  }

  /** How many mentions start before `offset` (the index of the first at or after it). */
  private startingBefore(offset: number): number {
    return partitionPoint(this.mentions.length, (i) => this.mentions[i].start < offset);
  }

  /** The last mention (in start order) that ends by `offset` and passes `test`, looking back at most `within` characters. */
  private lastBefore(offset: number, test: (m: Mention) => boolean, within: number): Mention | undefined {
    for (let i = this.startingBefore(offset) - 1; i >= 0 && this.reach[i] >= offset - within; i--) {
      const m = this.mentions[i];
      if (m.end <= offset && test(m)) return m;
    }
    return undefined;
  }
}
