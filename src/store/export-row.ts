import type { ExportedEvent } from './store.js';

/** An event as the adapters' export queries read it: places flattened, context as JSON text. */
export type ExportRow = Omit<ExportedEvent['event'], 'context' | 'place'> & {
  context: string;
  place_name: string | null;
  place_country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
};

/** The exported event of a row, with its participants and reports. */
export function exportedEvent(row: ExportRow, actors: ExportedEvent['actors'], reports: ExportedEvent['reports']): ExportedEvent {
  const { context, place_name, place_country, admin1, lat, lon, ...event } = row;
  return {
    event: { ...event, context: JSON.parse(context) as string[], place: place_name === null ? null : { name: place_name, country: place_country, admin1, lat, lon } },
    actors,
    reports,
  };
}
