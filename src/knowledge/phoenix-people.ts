import { readDataRows } from './data-files.js';
import { NameIndex, splitList } from './names.js';

/** A person of the Phoenix country dictionaries (data/knowledge/phoenix-people.tsv), coverage to 2014. */
export interface PhoenixPerson {
  name: string;
  aliases: string[];
  codes: { code: string; from: string | null; to: string | null }[];
}

let byName: NameIndex<PhoenixPerson> | null = null;

function load(): NameIndex<PhoenixPerson> {
  if (byName) return byName;
  byName = new NameIndex();
  for (const [name, aliases, codes] of readDataRows('knowledge/phoenix-people.tsv')) {
    const person: PhoenixPerson = {
      name: name!,
      aliases: splitList(aliases),
      codes: (codes ?? '').split(';').map((c) => {
        const [code, from, to] = c.split(':');
        return { code: code!, from: from || null, to: to || null };
      }),
    };
    for (const n of [person.name, ...person.aliases]) byName.add(n, person);
  }
  return byName;
}

/**
 * People of that name with the CAMEO code in force on `date` (ISO): the dated code covering it,
 * else an undated one, else null. Without a date (an undated text), the country every code of the
 * person agrees on, since the roles change but the country rarely does. Use after
 * office-holders.ts, whose list is newer.
 */
export function findPhoenixPeople(name: string, date: string | undefined): { person: PhoenixPerson; code: string | null }[] {
  return load().get(name).map((person) => {
    if (date === undefined) return { person, code: sharedCountry(person) };
    const dated = person.codes.find((c) => (c.from || c.to) && (!c.from || c.from <= date) && (!c.to || date <= c.to));
    const undated = person.codes.find((c) => !c.from && !c.to);
    return { person, code: dated?.code ?? undated?.code ?? null };
  });
}

function sharedCountry(person: PhoenixPerson): string | null {
  const countries = new Set(person.codes.map((c) => c.code.slice(0, 3)));
  return countries.size === 1 ? [...countries][0] : null;
}
