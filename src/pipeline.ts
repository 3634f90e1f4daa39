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
import { actorsStage, type ActorsOptions } from './actors/stage.js';
import { eventsStage, type EventsOptions } from './events/stage.js';
import { quotesStage } from './quotes/stage.js';

/** What a user may add to one run of the pipeline: actor dictionaries (`--actors`) and verb dictionaries (`--verbs`), read by the actors and events stages. */
export type PipelineOptions = ActorsOptions & EventsOptions;

/** A stand-off layer of the document; `text` and `input` are the article as given, which no stage writes. */
export type Layer = Exclude<keyof DocumentModel, 'text' | 'input'>;

/**
 * One stage and the layers it reads and writes (as spaCy's components declare `requires` and
 * `assigns`): `checkStages` verifies the order, and test/pipeline.test.ts that a stage touches no
 * layer beyond its declaration.
 */
export interface Stage {
  name: string;
  reads: readonly Layer[];
  writes: readonly Layer[];
  run: (doc: DocumentModel, options?: PipelineOptions) => void;
}

/** Layers `createDocument` fills from the input before any stage runs: the article's id, title and date. */
export const INPUT_LAYERS: readonly Layer[] = ['article'];

/** The stages in order: ingest → text → mentions (names, times, people, places) → actors → quotes → events. */
export const STAGES: readonly Stage[] = [
  { name: 'ingest', reads: ['article'], writes: ['article'], run: ingestStage },
  { name: 'text', reads: ['article'], writes: ['paragraphs', 'sentences', 'tokens'], run: textStage },
  { name: 'names', reads: ['sentences', 'tokens'], writes: ['entities'], run: namesStage },
  { name: 'times', reads: ['article', 'sentences', 'tokens'], writes: ['times'], run: timesStage },
  { name: 'people', reads: ['sentences', 'tokens', 'entities'], writes: ['entities', 'nominals'], run: peopleStage },
  { name: 'places', reads: ['entities'], writes: ['places'], run: placesStage },
  { name: 'actors', reads: ['article', 'tokens', 'entities', 'nominals', 'places'], writes: ['entities', 'actors'], run: actorsStage },
  { name: 'quotes', reads: ['article', 'paragraphs', 'sentences', 'tokens', 'times', 'actors'], writes: ['quotes'], run: quotesStage },
  { name: 'events', reads: ['article', 'sentences', 'tokens', 'entities', 'actors', 'times', 'places'], writes: ['events'], run: eventsStage },
];

/**
 * What is wrong with the order of `stages` (as spaCy's `analyze_pipes` tells): each layer a stage
 * reads that neither the input nor an earlier stage writes. Empty when the order holds.
 */
export function checkStages(stages: readonly Stage[], input: readonly Layer[] = INPUT_LAYERS): string[] {
  const problems: string[] = [];
  const written = new Set<Layer>(input);
  for (const stage of stages) {
    for (const layer of stage.reads) if (!written.has(layer)) problems.push(`${stage.name} reads ${layer}, which no earlier stage writes`);
    for (const layer of stage.writes) written.add(layer);
  }
  return problems;
}

/**
 * Runs every stage on one article; `timings`, when given, adds up milliseconds per stage. The
 * stages match on the folded text (NFC, no zero-width characters); offsets go back to the original.
 */
export function analyzeArticle(input: ArticleInput, timings?: Map<string, number>, options: PipelineOptions = {}): DocumentModel {
  const folded = foldText(input.text);
  const doc = createDocument(folded ? { ...input, text: folded.text, title: input.title && (foldText(input.title)?.text ?? input.title) } : input);
  for (const stage of STAGES) {
    const started = timings ? performance.now() : 0;
    stage.run(doc, options);
    if (timings) timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - started);
  }
  return folded ? unfoldDocument(doc, input.text, folded) : doc;
}
