import { performance } from 'node:perf_hooks';
import type { ArticleInput } from './model/schema.js';
import { foldText, unfoldDocument } from './ingest/folded-text.js';
import { ingestStage } from './ingest/stage.js';
import { createDocument, type DocumentModel } from './model/document.js';
import { textStage } from './text/stage.js';
import { namesStage } from './mentions/names/stage.js';
import { timesStage } from './mentions/times/stage.js';
import { peopleStage } from './mentions/people-stage.js';
import { placesStage } from './mentions/places/stage.js';
import { actorsStage } from './actors/stage.js';
import { eventsStage } from './events/stage.js';
import { quotesStage } from './quotes/stage.js';

/** The stages in order: ingest → text → mentions (names, times, people, places) → actors → quotes → events. */
export const STAGES: { name: string; run: (doc: DocumentModel) => void }[] = [
  { name: 'ingest', run: ingestStage },
  { name: 'text', run: textStage },
  { name: 'names', run: namesStage },
  { name: 'times', run: timesStage },
  { name: 'people', run: peopleStage },
  { name: 'places', run: placesStage },
  { name: 'actors', run: actorsStage },
  { name: 'quotes', run: quotesStage },
  { name: 'events', run: eventsStage },
];

/**
 * Runs every stage on one article; `timings`, when given, adds up milliseconds per stage. The
 * stages match on the folded text (NFC, no zero-width characters); offsets go back to the original.
 */
export function analyzeArticle(input: ArticleInput, timings?: Map<string, number>): DocumentModel {
  const folded = foldText(input.text);
  const doc = createDocument(folded ? { ...input, text: folded.text, title: input.title && (foldText(input.title)?.text ?? input.title) } : input);
  for (const stage of STAGES) {
    const started = timings ? performance.now() : 0;
    stage.run(doc);
    if (timings) timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - started);
  }
  return folded ? unfoldDocument(doc, input.text, folded) : doc;
}
