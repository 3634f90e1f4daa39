import { z } from 'zod';
import { EventStatus } from '../model/schema.js';
import { CursorParam } from './event-cursor.js';

/** Query parameters and bodies of the API: each bad one is a 400 that names it. */

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(Date.parse(v)).toISOString().startsWith(v), 'not a calendar day');
const words = z.string().trim().min(1).max(200);
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** The filters of `readout events`, as query parameters (dyad as "a,b"). */
export const EventSelectionQuery = z.strictObject({
  actor: words.optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO3 country code').optional(),
  dyad: z
    .string()
    .max(200)
    .transform((v) => v.split(',').map((p) => p.trim()).filter(Boolean))
    .refine((v) => v.length === 2, 'expected two names or codes separated by a comma')
    .transform((v) => v as [string, string])
    .optional(),
  type: z.string().regex(/^[A-Za-z]{3,12}$/, 'expected a PLOVER type such as CONSULT').optional(),
  cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or prefix of 2-4 digits').optional(),
  status: EventStatus.optional(),
  asOf: day.optional(),
  from: day.optional(),
  to: day.optional(),
  place: words.optional(),
  text: words.optional(),
});

export const EventListQuery = EventSelectionQuery.extend({
  sort: z.enum(['latest', 'earliest', 'sources']).default('latest'),
  limit: limit(500, 50),
  cursor: CursorParam.optional(),
  format: z.enum(['json', 'csv', 'plover']).default('json'),
});

export const TimelineQuery = EventSelectionQuery.extend({
  period: z.enum(['day', 'month', 'year']).default('month'),
  stack: z.enum(['type', 'quad', 'status']).default('type'),
});

export const NetworkQuery = EventSelectionQuery.extend({ limit: limit(2000, 300) });
export const PlacesQuery = EventSelectionQuery.extend({ limit: limit(2000, 500) });

export const IdParam = z.strictObject({ id: z.coerce.number().int().min(1).max(2 ** 31) });
export const ArticleIdParam = z.strictObject({ id: z.string().min(1).max(500) });

export const QuoteQuery = z.strictObject({
  speaker: words.optional(),
  text: words.optional(),
  from: day.optional(),
  to: day.optional(),
  limit: limit(500, 50),
});

export const ActorQuery = z.strictObject({
  name: words.optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO3 country code').optional(),
  kind: z.enum(['person', 'organisation', 'country', 'group', 'anonymous']).optional(),
  limit: limit(500, 50),
});

export const SearchQuery = z.strictObject({ q: words, limit: limit(200, 20) });

const ArticleBody = z.strictObject({
  id: z.string().min(1).max(500),
  text: z.string().min(1),
  published: day.nullable().default(null),
  title: z.string().max(1000).nullable().default(null),
  url: z.string().max(2000).nullable().default(null),
});

export const AnalyzeBody = ArticleBody.extend({ id: z.string().min(1).max(500).default('api') });
export const IngestBody = z.strictObject({ articles: z.array(ArticleBody).min(1).max(500) });
