import { readDataRows } from './data-files.js';
import { NameIndex, splitList } from './names.js';

/** An international organisation of data/knowledge/organisations.tsv. */
export interface Organisation {
  id: string;
  name: string;
  aliases: string[];
  /** CAMEO actor code, e.g. IGOUNO, IGOWSTNAT, IGOEUREEC. */
  cameo: string;
  sector: 'IGO' | 'NGO';
  /** The id of the body it belongs to (UNSC → UN, EC → EU), or null. */
  parent: string | null;
  /** Places that stand for it in news ("Brussels" for the EU). */
  metonyms: string[];
}

export interface OrganisationMatch {
  organisation: Organisation;
  via: 'name' | 'alias' | 'metonym';
}

let loaded: { byId: Map<string, Organisation>; byName: NameIndex<OrganisationMatch> } | null = null;

function load() {
  if (loaded) return loaded;
  const byId = new Map<string, Organisation>();
  for (const r of readDataRows('knowledge/organisations.tsv')) {
    byId.set(r[0]!, {
      id: r[0]!, name: r[1]!, aliases: splitList(r[2]), cameo: r[3]!, sector: r[4] === 'NGO' ? 'NGO' : 'IGO',
      parent: r[5] || null, metonyms: splitList(r[6]),
    });
  }
  const byName = new NameIndex<OrganisationMatch>();
  for (const o of byId.values()) byName.add(o.name, { organisation: o, via: 'name' });
  for (const o of byId.values()) for (const a of o.aliases) byName.add(a, { organisation: o, via: 'alias' });
  for (const o of byId.values()) for (const m of o.metonyms) byName.add(m, { organisation: o, via: 'metonym' });
  loaded = { byId, byName };
  return loaded;
}

/** Every reading of a name ("NATO", "the U.N.", "UN Security Council", "Brussels"), best first. */
export function findOrganisations(name: string): OrganisationMatch[] {
  return load().byName.get(name);
}

export function findOrganisation(name: string): OrganisationMatch | null {
  return findOrganisations(name)[0] ?? null;
}

export function organisationById(id: string): Organisation | null {
  return load().byId.get(id) ?? null;
}

export function allOrganisations(): Organisation[] {
  return [...load().byId.values()];
}
