import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ploverRecords } from '../jobs/export.js';
import { findActors, findEventPage, findQuotes } from '../jobs/queries.js';
import { eventMap, eventNetwork, eventTimeline } from '../jobs/views.js';
import type { Store } from '../store/store.js';
import { encodeCursor } from './event-cursor.js';
import { ActorQuery, ArticleIdParam, EventListQuery, IdParam, NetworkQuery, PlacesQuery, QuoteQuery, SearchQuery, TimelineQuery } from './params.js';

const EVENT_COLUMNS = ['id', 'date', 'status', 'type', 'cameo', 'actors', 'recipients', 'place', 'sources', 'first_reported', 'last_reported', 'text'];

const notFound = (what: string) => Object.assign(new Error(`no ${what}`), { statusCode: 404 });
const badRequest = (message: string) => Object.assign(new Error(message), { statusCode: 400 });

/** The read endpoints: lists, one record with what hangs off it, full-text search, and the aggregates the views draw. */
export function registerReadRoutes(app: FastifyInstance, store: Store): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/events', { schema: { querystring: EventListQuery, summary: 'Events matching every filter, a page at a time (next is the cursor of the following page)' } }, async (request, reply) => {
    const { sort, limit, cursor, format, ...selection } = request.query;
    if (cursor && cursor.order !== sort) throw badRequest(`bad querystring: cursor: the cursor of a listing by ${cursor.order}, not by ${sort}`);
    const page = await findEventPage(store, { ...selection, order: sort, after: cursor?.key, limit });
    const { events } = page;
    const next = page.next && encodeCursor({ order: sort, key: page.next });
    if (next) reply.header('x-next-cursor', next);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(stringify(events, { header: true, columns: EVENT_COLUMNS }));
    if (format === 'plover') {
      const wanted = new Map(events.map((e, i) => [`readout-${e.id}`, i]));
      const records: Record<string, unknown>[] = [];
      for await (const record of ploverRecords(store, 'readout', events.map((e) => e.id))) records[wanted.get(record.id as string)!] = record;
      return reply.type('application/x-ndjson; charset=utf-8').send(records.filter(Boolean).map((r) => JSON.stringify(r) + '\n').join(''));
    }
    return { events, next };
  });

  api.get('/events/:id', { schema: { params: IdParam, summary: 'One event with its reports' } }, async (request) => {
    const story = await store.storyOf(request.params.id);
    if (!story) throw notFound(`event ${request.params.id}`);
    return { event: story.event, reports: story.steps.map(({ published, article, title, url, status, date, text }) => ({ published, article, title, url, status, date, text })) };
  });

  api.get('/events/:id/story', { schema: { params: IdParam, summary: "An event's storyline: each report with the status it gave, the evidence words and why it joined" } }, async (request) => {
    const story = await store.storyOf(request.params.id);
    if (!story) throw notFound(`event ${request.params.id}`);
    return story;
  });

  api.get('/quotes', { schema: { querystring: QuoteQuery, summary: 'Quotes by speaker and words, latest first' } }, async (request) => ({ quotes: await findQuotes(store, request.query) }));

  api.get('/actors', { schema: { querystring: ActorQuery, summary: 'Actors, most reported first' } }, async (request) => ({ actors: await findActors(store, request.query) }));

  api.get('/actors/:id', { schema: { params: IdParam, summary: 'One actor with its events and quotes' } }, async (request) => {
    const actor = await store.actorOf(request.params.id);
    if (!actor) throw notFound(`actor ${request.params.id}`);
    const events = await store.listEvents({ participants: [{ actorId: actor.id }], limit: 200 });
    const quotes = await store.listQuotes({ speaker: { name: actor.name, codes: actor.cameo && actor.kind !== 'person' ? [actor.cameo] : [] }, limit: 200 });
    return { actor, events, quotes };
  });

  api.get('/articles/:id', { schema: { params: ArticleIdParam, summary: 'An article: its text and every stored fact with its characters and rule' } }, async (request) => {
    const article = await store.articleOf(request.params.id);
    if (!article) throw notFound(`article ${JSON.stringify(request.params.id)}`);
    return article;
  });

  api.get('/search', { schema: { querystring: SearchQuery, summary: 'Articles containing the words (a phrase)' } }, async (request) => ({ articles: await store.searchArticles(request.query.q, request.query.limit) }));

  api.get('/stats', { schema: { summary: 'How much the store holds' } }, async () => store.stats());

  api.get('/aggregates/timeline', { schema: { querystring: TimelineQuery, summary: 'Matching events per period, one series per type, quad class or status' } }, async (request) => {
    const { period, stack, ...selection } = request.query;
    return eventTimeline(store, selection, period, stack);
  });

  api.get('/aggregates/network', { schema: { querystring: NetworkQuery, summary: 'Actor → recipient edges weighted by events, with their mean conflict–cooperation score' } }, async (request) => {
    const { limit, ...selection } = request.query;
    return eventNetwork(store, selection, limit);
  });

  api.get('/aggregates/places', { schema: { querystring: PlacesQuery, summary: 'Places of matching events with their counts' } }, async (request) => {
    const { limit, ...selection } = request.query;
    return { places: await eventMap(store, selection, limit) };
  });
}
