import type { Actor, Span } from '../model/schema.js';

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

/** Adds a mention once, keeping mentions in text order; returns the actor. */
export function addMention(actor: Actor, mention: Span): Actor {
  if (!actor.mentions.some((m) => m.start === mention.start && m.end === mention.end)) {
    actor.mentions.push({ start: mention.start, end: mention.end });
    actor.mentions.sort((a, b) => a.start - b.start);
  }
  return actor;
}

/** CAMEO-style actor code: country (or organisation) code followed by the sector, "USAGOV". */
export function cameoCode(country: string | null, sector: string | null): string | null {
  return country ? `${country}${sector ?? ''}` : null;
}
