import { readDataRows } from './data-files.js';

/** An agent noun of data/knowledge/agents.tsv ("president", "rebels", "riot police"). */
export interface Agent {
  noun: string;
  /** CAMEO agent code: GOV, MIL, GOVMED...; after a country code (RUS + GOV), or before it if `prefix`. */
  cameo: string;
  /** PLOVER sector; null when the person takes the sector of the body they speak for (spokesperson). */
  sector: string | null;
  prefix: boolean;
}

let byNoun: Map<string, Agent> | null = null;

function load(): Map<string, Agent> {
  if (byNoun) return byNoun;
  byNoun = new Map();
  for (const [noun, cameo, sector, source] of readDataRows('knowledge/agents.tsv')) {
    byNoun.set(noun!, { noun: noun!, cameo: cameo!, sector: sector || null, prefix: source === 'phoenix-prefix' });
  }
  return byNoun;
}

/** Singular candidates of a plural noun phrase: "militias" → "militia", "policemen" → "policeman". */
function singulars(noun: string): string[] {
  const out = [noun];
  if (noun.endsWith('men')) out.push(`${noun.slice(0, -3)}man`);
  if (noun.endsWith('ies')) out.push(`${noun.slice(0, -3)}y`);
  if (noun.endsWith('es')) out.push(noun.slice(0, -2));
  if (noun.endsWith('s')) out.push(noun.slice(0, -1));
  return out;
}

/** The sector of an agent noun or phrase, singular or plural ("troops", "foreign minister"). */
export function findAgent(noun: string): Agent | null {
  let agent = found.get(noun);
  if (agent === undefined) {
    if (found.size >= FOUND_SIZE) found.clear();
    found.set(noun, (agent = lookUp(noun)));
  }
  return agent;
}

/** Articles ask about the same few nouns again and again: each spelling is looked up once. */
const FOUND_SIZE = 10_000;
const found = new Map<string, Agent | null>();

function lookUp(noun: string): Agent | null {
  const key = noun.toLowerCase().replace(/[-\s]+/g, ' ').trim();
  const agents = load();
  for (const form of singulars(key)) {
    const agent = agents.get(form);
    if (agent) return agent;
  }
  return null;
}
