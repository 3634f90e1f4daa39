import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { useMemo } from 'preact/hooks';
import type { Place } from './api.js';

const WIDTH = 640;
const HEIGHT = 330;

/** A world map (Natural Earth 1:110m countries, no tiles) with a circle per place sized by its events. */
export function MapView({ places, world, onPlace }: { places: Place[]; world: unknown; onPlace: (name: string) => void }) {
  const { outlines, project } = useMemo(() => {
    const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
    const path = geoPath(projection);
    const topology = world as Parameters<typeof feature>[0];
    const countries = feature(topology, topology.objects.countries) as unknown as { features: { id: string }[] };
    return { outlines: countries.features.map((f) => ({ id: f.id, d: path(f as never) ?? '' })), project: projection };
  }, [world]);
  const located = places.filter((p) => p.lat !== null && p.lon !== null);
  const max = Math.max(1, ...located.map((p) => p.events));
  return (
    <figure class="map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Map of ${located.length} places with events`}>
        <path d={geoPath(project)({ type: 'Sphere' }) ?? ''} class="sphere" />
        {outlines.map((o) => (
          <path key={o.id} d={o.d} class="country" />
        ))}
        {located.map((p) => {
          const [x, y] = project([p.lon!, p.lat!]) ?? [0, 0];
          return (
            <circle key={`${p.name}|${p.country}`} cx={x} cy={y} r={2 + 14 * Math.sqrt(p.events / max)} class="place" tabIndex={0} onClick={() => onPlace(p.name)} onKeyDown={(e) => e.key === 'Enter' && onPlace(p.name)}>
              <title>{`${p.name}${p.country ? `, ${p.country}` : ''}: ${p.events} event${p.events === 1 ? '' : 's'}`}</title>
            </circle>
          );
        })}
      </svg>
      <figcaption>
        {located.length} places on the map{places.length > located.length ? `, ${places.length - located.length} without coordinates` : ''}
      </figcaption>
    </figure>
  );
}
