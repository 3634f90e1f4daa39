import type { DocumentModel } from '../model/document.js';
import { SCHEMA_VERSION, type Readout } from '../model/schema.js';

export interface OutputOptions {
  /** Adds the token layer, which is large and rarely wanted. */
  includeTokens?: boolean;
  /** Adds the article text that the offsets index (always wanted when it was extracted from a page). */
  includeText?: boolean;
}

/** The `readout/1` object for one analysed article. */
export function toReadout(doc: DocumentModel, options: OutputOptions = {}): Readout {
  return {
    schema: SCHEMA_VERSION,
    article: doc.article,
    ...(options.includeText ? { text: doc.text } : {}),
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    ...(options.includeTokens ? { tokens: doc.tokens } : {}),
    entities: doc.entities,
    actors: doc.actors,
    quotes: doc.quotes,
    times: doc.times,
    places: doc.places,
    events: doc.events,
  };
}
