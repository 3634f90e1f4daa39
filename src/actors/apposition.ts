import { findAgent } from '../knowledge/agents.js';
import { findCountry } from '../knowledge/countries.js';
import { dependencies } from '../model/dependencies.js';
import type { DocumentModel } from '../model/document.js';
import type { Actor, Entity } from '../model/schema.js';
import { tokenRange } from '../model/token-index.js';
import { cameoCode } from './registry.js';

/**
 * A person of no known country takes the country that an apposition to one of their mentions
 * names, read off the parse: "Salaheddine X, Algeria's leading human rights activist", "a Kenyan
 * lawyer, Jane Y". The apposition must be headed by an agent noun, which gives the sector when the
 * person has none.
 */
export function countryFromApposition(doc: DocumentModel, entity: Entity, actor: Actor): void {
  if (actor.kind !== 'person' || actor.country) return;
  const deps = dependencies(doc.tokens);
  const [first, last] = tokenRange(doc.tokens, entity);
  if (first >= last) return;
  const head = Array.from({ length: last - first }, (_, k) => first + k).find((t) => doc.tokens[t].head < first || doc.tokens[t].head >= last);
  if (head === undefined) return;
  // The apposition hangs on the name, or the name on it ("a Kenyan lawyer, Jane Y").
  const phrases = deps.dependents(head, 'appos');
  const governor = doc.tokens[head].head;
  if (doc.tokens[head].deprel === 'appos' && governor >= 0) phrases.push(governor);
  // Each phrase with its head, which must be an agent noun: "Uganda's fiercest critic" is not Ugandan.
  const ranges = phrases.map((p): [number, number, number] => (p === governor ? [deps.subtree(p)[0], first, p] : [...deps.subtree(p), p]));
  // Where the parse missed the apposition: a phrase between commas right after the name, ending on its noun.
  const comma = commaPhrase(doc, last);
  if (comma) ranges.push([comma[0], comma[1], comma[1] - 1]);
  for (const [from, to, phraseHead] of ranges) {
    const agent = doc.tokens[phraseHead].upos === 'NOUN' ? findAgent(doc.tokens[phraseHead].lemma.toLowerCase()) : null;
    if (!agent) continue;
    let country: string | null = null;
    for (let t = from; t < to && !country; t++) {
      if (t >= first && t < last) continue;
      const word = doc.text.slice(doc.tokens[t].start, doc.tokens[t].end).replace(/['’]s$/, '');
      const upos = doc.tokens[t].upos;
      if (/^[A-Z]/.test(word) && (upos === 'PROPN' || upos === 'ADJ')) {
        const match = findCountry(word);
        if (match && match.via !== 'seat') country = match.country.code;
      }
    }
    if (country) {
      actor.country = country;
      actor.sector ??= agent.sector;
      actor.cameo = cameoCode(country, actor.sector);
      return;
    }
  }
}

/** The tokens of ", Algeria's leading human rights activist," right after token `end`. */
function commaPhrase(doc: DocumentModel, end: number): [number, number] | null {
  const { tokens, text } = doc;
  const word = (t: number) => text.slice(tokens[t].start, tokens[t].end);
  if (end >= tokens.length || word(end) !== ',') return null;
  for (let t = end + 1; t < tokens.length && t <= end + 9; t++) {
    if (word(t) === ',') return t > end + 1 ? [end + 1, t] : null;
  }
  return null;
}
