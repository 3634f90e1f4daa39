import type { ArticleFact } from './store.js';

/** An actor of an article as the adapters read it: its mentions as a JSON list of [start, end]. */
export interface ActorFactRow {
  ref: number;
  name: string;
  kind: string;
  mentions: string;
}

/** An event report of an article as the adapters read it: evidence and status history as JSON. */
export interface EventFactRow {
  ref: number;
  type: string;
  cameo: string | null;
  status: string;
  start: number;
  end: number;
  evidence: string;
  history: string;
}

/** A quote of an article as the adapters read it, with its speaker's name or its source's words. */
export interface QuoteFactRow {
  ref: number;
  kind: string;
  start: number;
  end: number;
  rule: string | null;
  speaker: string | null;
}

/** Every stored fact of an article at its characters, in text order (a longer span before those inside it). */
export function articleFacts(actors: ActorFactRow[], events: EventFactRow[], quotes: QuoteFactRow[]): ArticleFact[] {
  const facts: ArticleFact[] = [];
  for (const a of actors) {
    for (const [start, end] of JSON.parse(a.mentions) as [number, number][]) facts.push({ layer: 'actor', start, end, ref: a.ref, label: `${a.name} (${a.kind})`, rule: null });
  }
  for (const e of events) {
    const evidence = JSON.parse(e.evidence) as { rule: string; entry?: string };
    const label = `${e.type}${e.cameo ? ` (${e.cameo})` : ''} ${e.status}`;
    facts.push({ layer: 'event', start: e.start, end: e.end, ref: e.ref, label, rule: evidence.entry ? `${evidence.rule} · ${evidence.entry}` : evidence.rule });
    for (const step of JSON.parse(e.history) as { status: string; start: number; end: number; rule: string }[]) {
      facts.push({ layer: 'status', start: step.start, end: step.end, ref: e.ref, label: `${step.status} (${e.type})`, rule: step.rule });
    }
  }
  for (const q of quotes) facts.push({ layer: 'quote', start: q.start, end: q.end, ref: q.ref, label: `${q.kind} quote${q.speaker ? ` by ${q.speaker}` : ''}`, rule: q.rule });
  return facts.sort((a, b) => a.start - b.start || b.end - a.end);
}
