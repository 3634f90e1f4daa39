import { analyzeArticle } from '../../src/pipeline.js';

/** One coded event as the dyad tests read it: type, status, and the countries on each side. */
export interface Dyad {
  type: string;
  cameo: string | null;
  status: string;
  source: string[];
  target: string[];
  sectors: string[];
  rule: string;
  statusRule: string;
}

/** The events of a fixture sentence (written for the tests), as dyads of actor countries. */
export function dyads(text: string, published: string | null = '2024-03-06'): Dyad[] {
  const doc = analyzeArticle({ id: 'fixture', text, published, title: null, url: null });
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const countries = (ids: string[]) => ids.map((id) => byId.get(id)?.country ?? byId.get(id)?.cameo?.slice(0, 3) ?? '?');
  return doc.events.map((e) => ({
    type: e.type,
    cameo: e.cameo,
    status: e.status,
    source: countries(e.actors),
    target: countries(e.recipients),
    sectors: e.actors.map((id) => byId.get(id)?.sector ?? '-'),
    rule: e.evidence.rule,
    statusRule: e.history[0]?.rule ?? '',
  }));
}
