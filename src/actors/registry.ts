import type { Actor, Span } from '../model/schema.js';
import { partitionPoint } from '../model/sorted-search.js';

/** The actors of one article, created once per referent and found again by key. */
export class ActorRegistry {
  readonly actors: Actor[] = [];
  private readonly byKey = new Map<string, Actor>();

  /** The actor under `key`, created with `make` on first use; the mention is added either way. */
  get(key: string, mention: Span, make: () => Omit<Actor, 'id' | 'mentions'>): Actor {
    let actor = this.byKey.get(key);
    if (!actor) {
      actor = { id: `a${this.actors.length + 1}`, ...make(), mentions: [] };
      this.actors.push(actor);
      this.byKey.set(key, actor);
    }
    addMention(actor, mention);
    return actor;
  }

  find(key: string): Actor | undefined {
    return this.byKey.get(key);
  }

  alias(key: string, actor: Actor): void {
    if (!this.byKey.has(key)) this.byKey.set(key, actor);
  }
}

/**
 * Adds a mention once, keeping mentions in text order (after any that start at the same offset);
 * returns the actor. A binary search, as an actor may have thousands of mentions in a long text.
 */
export function addMention(actor: Actor, mention: Span): Actor {
  const { mentions } = actor;
  const lo = partitionPoint(mentions.length, (i) => mentions[i].start <= mention.start);
  for (let i = lo - 1; i >= 0 && mentions[i].start === mention.start; i--) if (mentions[i].end === mention.end) return actor;
  mentions.splice(lo, 0, { start: mention.start, end: mention.end });
  return actor;
}

/** CAMEO-style actor code: country (or organisation) code followed by the sector, "USAGOV". */
export function cameoCode(country: string | null, sector: string | null): string | null {
  return country ? `${country}${sector ?? ''}` : null;
}
