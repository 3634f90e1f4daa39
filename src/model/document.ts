import type { Actor, Article, ArticleInput, Entity, Event, NominalMention, Place, Quote, Span, Time, Token } from './schema.js';

/**
 * The shared document model: the text exactly as decoded, and one stand-off layer per stage. Each
 * stage reads the layers before it and fills its own; none re-parses the text another stage parsed.
 */
export interface DocumentModel {
  readonly text: string;
  readonly input: ArticleInput;
  article: Article;
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
  entities: Entity[];
  /** People named by role or left anonymous; the actors stage resolves them (not in the output). */
  nominals: NominalMention[];
  actors: Actor[];
  quotes: Quote[];
  times: Time[];
  places: Place[];
  events: Event[];
}

export function createDocument(input: ArticleInput): DocumentModel {
  return {
    text: input.text,
    input,
    article: {
      id: input.id,
      title: input.title,
      byline: null,
      dateline: null,
      published: input.published,
      url: input.url,
      body: { start: 0, end: input.text.length },
      parts: [],
    },
    paragraphs: [],
    sentences: [],
    tokens: [],
    entities: [],
    nominals: [],
    actors: [],
    quotes: [],
    times: [],
    places: [],
    events: [],
  };
}
