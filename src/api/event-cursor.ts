import { z } from 'zod';
import type { EventKey, EventOrder } from '../store/store.js';

/**
 * A page's cursor: the listing order and the key of the last row shown (its day, reports and
 * id), as an opaque URL-safe string. The next page starts right after that row, however deep.
 */
export interface EventCursor {
  order: EventOrder;
  key: EventKey;
}

const Fields = z.tuple([z.enum(['latest', 'earliest', 'sources']), z.string().max(40).nullable(), z.number().int().min(0), z.number().int().min(1)]);

export function encodeCursor({ order, key }: EventCursor): string {
  return Buffer.from(JSON.stringify([order, key.day, key.sources, key.id])).toString('base64url');
}

/** The cursor a previous page gave as `next`, or null when the text is not one. */
export function decodeCursor(text: string): EventCursor | null {
  try {
    const parsed = Fields.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    if (!parsed.success) return null;
    const [order, day, sources, id] = parsed.data;
    return { order, key: { day, sources, id } };
  } catch {
    return null;
  }
}

/** The query parameter: a cursor as `next` gave it, decoded; anything else is a bad parameter. */
export const CursorParam = z
  .string()
  .max(200)
  .transform((text, ctx) => decodeCursor(text) ?? (ctx.addIssue({ code: 'custom', message: 'expected the cursor a previous page returned as next' }), z.NEVER));
