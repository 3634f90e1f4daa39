import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import analyze from '../jobs/analyze-worker.js';
import { ingestArticles } from '../jobs/ingest-articles.js';
import type { Store } from '../store/store.js';
import { requireToken } from './auth.js';
import { AnalyzeBody, IngestBody } from './params.js';

/** The endpoints that analyse or write: each needs the bearer token. */
export function registerWriteRoutes(app: FastifyInstance, store: Store, token: string | null): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = requireToken(token);
  const security = [{ bearer: [] }];

  api.post('/analyze', { onRequest, schema: { body: AnalyzeBody, security, summary: 'Analyse one article: its readout/1 JSON (nothing is stored)' } }, async (request) => analyze(request.body));

  api.post('/ingest', { onRequest, schema: { body: IngestBody, security, summary: 'Analyse articles and add them to the store; one result per article, in order' } }, async (request) => {
    const results = await ingestArticles(store, request.body.articles);
    return { results };
  });
}
