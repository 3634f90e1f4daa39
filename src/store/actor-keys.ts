import type { Actor } from '../model/schema.js';

/**
 * The identity of an actor across articles. People are one actor per name and country, countries
 * one per ISO code, organisations one per CAMEO code (so "the Kremlin" and "the Russian
 * government" meet) or else per name. Anonymous sources are never merged across articles: "a
 * senior official" in two stories need not be one person.
 */
export function actorKey(actor: Actor, articleRow: number): string {
  switch (actor.kind) {
    case 'anonymous':
      return `anonymous:${articleRow}:${actor.id}`;
    case 'country':
      return `country:${actor.country ?? normalName(actor.name)}`;
    case 'organisation':
      return actor.cameo ? `organisation:${actor.cameo}` : `organisation:${normalName(actor.name)}|${actor.country ?? ''}`;
    default:
      return `${actor.kind}:${normalName(actor.name)}|${actor.country ?? ''}`;
  }
}

/**
 * What cross-article merging compares: the country an actor stands for, or the actor itself when
 * it has none (an international organisation, an unplaced group). "Trump" and "Washington" both
 * stand for USA; reports name the same side in different ways.
 */
export function sideKey(actor: { key: string; country: string | null }): string {
  return actor.country ?? actor.key;
}

function normalName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
