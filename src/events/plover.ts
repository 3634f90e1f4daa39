import { readDataRows } from '../knowledge/data-files.js';
import type { PloverType } from '../model/schema.js';


export interface PloverCoding {
  type: PloverType;
  mode: string | null;
  context: string[];
}

let table: Map<string, PloverCoding> | null = null;

/**
 * The PLOVER type, mode and context of a CAMEO code (data/events/cameo-plover.tsv), falling back
 * from a four-digit code to its three-digit parent and root. CAMEO 01 (public statements) has none:
 * a statement is no event.
 */
export function ploverOf(cameo: string): PloverCoding | null {
  if (!table) {
    table = new Map();
    for (const [code, type, mode, context] of readDataRows('events/cameo-plover.tsv')) {
      table.set(code, { type: type as PloverType, mode: mode || null, context: context ? context.split(';') : [] });
    }
  }
  return table.get(cameo) ?? table.get(cameo.slice(0, 3)) ?? table.get(`${cameo.slice(0, 2)}0`) ?? null;
}
