/**
 * Name keys shared by the knowledge tables: "the U.S." and "US" meet, "Élysée" and "Elysee" meet.
 * Acronyms (all capitals, at most five letters once dots are gone) only match in capitals, so that
 * the pronoun "us" never finds the United States.
 */
export function nameKey(name: string): string {
  // Most names are plain words: skip the Unicode work for them (the gazetteer keys 135k names).
  if (/^[A-Za-z]+( [A-Za-z]+)*$/.test(name) && !/^the /i.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\./g, '')
    .replace(/[-\s]+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .toLowerCase();
}

function isAcronym(name: string): boolean {
  const bare = name.replace(/\./g, '').replace(/^the /i, '');
  return /^[A-Z]{2,5}$/.test(bare);
}

const TITLE_CASE_ACRONYM = /^[A-Z][a-z]{3,}$/;
const FOUND_SIZE = 10_000;

/** Entries found by name: case-insensitive keys, except acronyms, which are kept case-sensitive. */
export class NameIndex<T> {
  private readonly keys = new Map<string, T[]>();
  /** Answers of `get` by name as asked (articles repeat their names), emptied by `add`. */
  private readonly found = new Map<string, T[]>();

  add(name: string, value: T): void {
    this.found.clear();
    const key = isAcronym(name) ? `=${name.replace(/\./g, '').replace(/^the /i, '')}` : nameKey(name);
    if (key === '' || key === '=') return;
    const list = this.keys.get(key);
    if (!list) this.keys.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  }

  get(name: string): T[] {
    let entries = this.found.get(name);
    if (!entries) {
      if (this.found.size >= FOUND_SIZE) this.found.clear();
      this.found.set(name, (entries = this.lookUp(name)));
    }
    return entries;
  }

  private lookUp(name: string): T[] {
    const key = isAcronym(name) ? `=${name.replace(/\./g, '').replace(/^the /i, '')}` : nameKey(name);
    const found = this.keys.get(key);
    if (found) return found;
    // British style writes longer acronyms as words ("Opec", "Nato"); short ones stay words ("Who", "Un").
    return TITLE_CASE_ACRONYM.test(name) ? (this.keys.get(`=${name.toUpperCase()}`) ?? []) : [];
  }
}

/** Splits a "|"-separated cell of a data file. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
}
