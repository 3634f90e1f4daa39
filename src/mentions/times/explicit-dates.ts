import * as chrono from 'chrono-node';

/** The calendar fields a date or clock expression states outright; null where it leaves one open. */
export interface StatedFields {
  year: number | null;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
}

/**
 * A fixed reference for chrono: only the fields chrono marks as certain are read, so the reference
 * never leaks into a value, and the machine's clock is never consulted.
 */
const NEUTRAL_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/**
 * Reads an explicit date or clock expression ("Nov. 12", "Oct. 3, 1998", "12/25/97", "3:30 p.m.") with
 * chrono-node's grammar. The news layer finds the span; chrono only reads the fields inside it.
 */
export function statedFields(expression: string): StatedFields | null {
  const known = cache.get(expression);
  if (known !== undefined) return known;
  const result = chrono.casual.parse(expression, NEUTRAL_REFERENCE)[0];
  const c = result?.start;
  const certain = (k: chrono.Component) => (c?.isCertain(k) ? c.get(k) : null);
  const fields = c ? { year: certain('year'), month: certain('month'), day: certain('day'), hour: certain('hour'), minute: c.isCertain('hour') ? c.get('minute') : null } : null;
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(expression, fields);
  return fields;
}

/** News repeats its dates ("Nov. 12", "5 p.m."): chrono reads each spelling once. */
const CACHE_SIZE = 10_000;
const cache = new Map<string, StatedFields | null>();
