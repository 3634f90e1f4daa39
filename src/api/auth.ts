import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** An onRequest hook: requests it applies to need `Authorization: Bearer <token>`; without a token configured they are refused. */
export function requireToken(token: string | null, appliesTo: (request: FastifyRequest) => boolean = () => true) {
  const expected = token ? digest(token) : null;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!appliesTo(request)) return;
    if (!expected) return reply.code(401).send({ error: 'writes are disabled: start readout serve with --token or READOUT_TOKEN' });
    const given = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    // Compare digests so neither the length nor the content of the token leaks through timing.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'missing or wrong bearer token (Authorization: Bearer <token>)' });
    }
  };
}
