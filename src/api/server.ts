import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Store } from '../store/store.js';
import { requireToken } from './auth.js';
import { registerReadRoutes } from './read-routes.js';
import { ResponseCache } from './response-cache.js';
import { registerWriteRoutes } from './write-routes.js';

export interface ServerOptions {
  store: Store;
  /** The bearer token that writes (and, on a non-loopback host, reads) need; without one, writes are refused. */
  token: string | null;
  /** Whether the server listens beyond loopback: then reads need the token too, when there is one. */
  exposed: boolean;
  /** pino request logs (false in tests). */
  logger: FastifyServerOptions['logger'];
  /** Where the built web UI is; null serves the API alone. */
  webRoot?: string | null;
  /** Bytes of read responses kept until the store changes (response-cache.ts); 0 turns the cache off. */
  cacheBytes?: number;
}

/** The response cache's default size (as `readout serve --cache-mb`). */
const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

/** Largest request body: an ingest batch of long articles fits, a runaway upload does not. */
export const BODY_LIMIT = 2 * 1024 * 1024;

/** The built web UI beside the compiled server: dist/web. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

/** The HTTP API over the store (and the web UI), validated by its zod schemas, described at /openapi.json. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger, bodyLimit: BODY_LIMIT, connectionTimeout: 30_000, requestTimeout: 30_000, keepAliveTimeout: 10_000, return503OnClosing: true });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const problems = err.validation.map((v) => {
        const unknown = v.keyword === 'unrecognized_keys';
        const name = unknown ? ((v.params as { keys?: string[] }).keys ?? []).join(', ') : v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return { parameter: name, reason: unknown ? 'not a parameter of this endpoint' : v.message };
      });
      const where = err.validationContext ?? 'request';
      return reply.code(400).send({ error: `bad ${where}: ${problems.map((p) => `${p.parameter}: ${p.reason}`).join('; ')}`, problems });
    }
    const status = err.statusCode ?? 500;
    if (status >= 500) request.log.error(err);
    return reply.code(status).send({ error: status >= 500 ? 'internal error' : err.message });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: `no such endpoint: ${request.method} ${request.url.split('?')[0]}` }));

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Readout API', version: '1', description: 'Events, quotes, actors and articles of a Readout store, with the evidence for each fact.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (options.exposed && options.token) app.addHook('onRequest', requireToken(options.token, (request) => request.url.startsWith('/api/')));
  const cacheBytes = options.cacheBytes ?? DEFAULT_CACHE_BYTES;
  if (cacheBytes > 0) new ResponseCache(() => options.store.dataVersion(), cacheBytes).register(app, '/api/');
  await app.register(async (api) => registerReadRoutes(api, options.store), { prefix: '/api' });
  await app.register(async (api) => registerWriteRoutes(api, options.store, options.token), { prefix: '/api' });

  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  if (webRoot && existsSync(webRoot)) await app.register(fastifyStatic, { root: webRoot, prefix: '/', maxAge: '1h' });
  else app.get('/', { schema: { hide: true } }, async (_, reply) => reply.code(404).send({ error: 'the web UI is not built here (npm run build); the API is under /api' }));
  return app;
}
