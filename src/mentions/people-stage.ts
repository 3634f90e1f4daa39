import type { DocumentModel } from '../model/document.js';
import { tokenRange } from '../model/token-index.js';
import { findNominals } from './nominals.js';
import { findTitle } from './titles.js';

/**
 * People mentions beyond names: the title beside each named person ("Kremlin spokesperson Ivan
 * Petrov") and the people named only by role or left anonymous ("the US president", "a source").
 */
export function peopleStage(doc: DocumentModel): void {
  let e = 0;
  let inSentence = 0;
  for (const sentence of doc.sentences) {
    const [from, to] = tokenRange(doc.tokens, sentence);
    for (; e < doc.entities.length && doc.entities[e].start < sentence.end; e++) {
      const entity = doc.entities[e];
      if (entity.type !== 'person' || entity.start < sentence.start) continue;
      const [first, last] = tokenRange(doc.tokens, entity);
      const title = findTitle(doc.text, doc.tokens, first, last, from, to);
      if (title) entity.title = { start: title.start, end: title.end, text: title.text, country: title.country, organisation: title.organisation, sector: title.sector, rule: title.rule };
    }
    // Entities are sorted by start: the sentence's own run from the first at or after its start to e.
    while (inSentence < doc.entities.length && doc.entities[inSentence].start < sentence.start) inSentence++;
    const named = doc.entities.slice(inSentence, e).filter((x) => x.end <= sentence.end);
    for (const nominal of findNominals(doc.text, doc.tokens, from, to)) {
      // A role phrase that is already a person's title is not a second person.
      if (!named.some((x) => x.title && x.title.start <= nominal.start && nominal.end <= x.title.end)) doc.nominals.push(nominal);
    }
  }
}
