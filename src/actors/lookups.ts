import { partitionPoint } from '../model/sorted-search.js';
import type { Actor } from '../model/schema.js';

/**
 * The people holding a title word ("secretary" in "Secretary of State"), in the registry's order.
 * Each role's list is built on first use and extended as the registry grows (titles do not change
 * while role phrases are resolved), so a long article does not test every actor for every phrase.
 */
export class TitleHolders {
  private seen = 0;
  private readonly byRole = new Map<string, { pattern: RegExp; holders: Actor[] }>();

  constructor(private readonly actors: readonly Actor[]) {}

  of(role: string): readonly Actor[] {
    for (; this.seen < this.actors.length; this.seen++) {
      const actor = this.actors[this.seen];
      for (const entry of this.byRole.values()) if (holds(actor, entry.pattern)) entry.holders.push(actor);
    }
    let entry = this.byRole.get(role);
    if (!entry) {
      const pattern = new RegExp(`\\b${role}\\b`, 'i');
      entry = { pattern, holders: this.actors.filter((a) => holds(a, pattern)) };
      this.byRole.set(role, entry);
    }
    return entry.holders;
  }

  /**
   * The holder of `role` (agreeing with `accept`) mentioned last before `offset`: a definite role
   * ("the president", "the spokesman") refers back to someone already named, never ahead.
   */
  before(role: string, offset: number, accept: (actor: Actor) => boolean = () => true): Actor | undefined {
    let best: Actor | undefined;
    let bestAt = -1;
    for (const actor of this.of(role)) {
      const { mentions } = actor;
      const k = partitionPoint(mentions.length, (i) => mentions[i].start < offset) - 1;
      if (k >= 0 && mentions[k].start > bestAt && accept(actor)) {
        best = actor;
        bestAt = mentions[k].start;
      }
    }
    return best;
  }
}

function holds(actor: Actor, pattern: RegExp): boolean {
  return actor.kind === 'person' && actor.title !== null && pattern.test(actor.title);
}

export interface AnonymousSource {
  actor: Actor;
  head: string;
  plural: boolean;
  modifiers: string;
}

/**
 * The anonymous sources met so far, indexed for what a definite mention ("the official") refers
 * back to: the last singular source of that head sharing a modifier word ("the administration
 * official" is the earlier "an administration official"), else the last singular one, else the last.
 */
export class AnonymousSources {
  private count = 0;
  private readonly last = new Map<string, AnonymousSource>();
  private readonly lastSingular = new Map<string, AnonymousSource>();
  private readonly lastSingularWith = new Map<string, { source: AnonymousSource; order: number }>();

  add(source: AnonymousSource): void {
    const order = this.count++;
    this.last.set(source.head, source);
    if (source.plural) return;
    this.lastSingular.set(source.head, source);
    for (const word of source.modifiers.split(' ').filter(Boolean)) this.lastSingularWith.set(`${source.head}\t${word}`, { source, order });
  }

  previous(head: string, modifiers: string): AnonymousSource | undefined {
    let sharing: { source: AnonymousSource; order: number } | undefined;
    for (const word of modifiers.split(' ').filter(Boolean)) {
      const found = this.lastSingularWith.get(`${head}\t${word}`);
      if (found && (!sharing || found.order > sharing.order)) sharing = found;
    }
    return sharing?.source ?? this.lastSingular.get(head) ?? this.last.get(head);
  }
}
