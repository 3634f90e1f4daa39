/**
 * Word forms of the en_US Hunspell dictionary of SCOWL (npm dictionary-en, MIT AND BSD), for the
 * trainers: which words English writes in lower case ("laughter", "cruises") and which it writes
 * capitalised ("Aberdeen", "Abigail"), and the stem of each regular verb form ("imposed" →
 * "impose"). Stems are expanded with the dictionary's suffix rules only; prefixes ("re-", "un-")
 * decide neither.
 */
import dictionary from 'dictionary-en';

interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

function suffixRules(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split('\n')) {
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/);
    // Rule lines have five fields; the header line of each flag ("SFX V N 2") has four.
    if (kind !== 'SFX' || condition === undefined || !flag) continue;
    const list = rules.get(flag) ?? [];
    rules.set(flag, list);
    list.push({ strip: strip === '0' ? '' : strip!, add: add === '0' ? '' : add!.split('/')[0]!, condition: new RegExp(`${condition}$`) });
  }
  return rules;
}

/** Each dictionary word with the forms its suffix flags make, flag by flag. */
function* entries(): Generator<{ stem: string; forms: Map<string, string[]> }> {
  const rules = suffixRules(Buffer.from(dictionary.aff).toString('utf8'));
  // The first line is the word count.
  for (const line of Buffer.from(dictionary.dic).toString('utf8').split('\n').slice(1)) {
    const [stem, flags = ''] = line.trim().split('/');
    if (!stem || !/^\p{L}[\p{L}'-]*$/u.test(stem)) continue;
    const forms = new Map<string, string[]>();
    for (const flag of flags) {
      const made = (rules.get(flag) ?? []).filter((r) => r.condition.test(stem) && stem.endsWith(r.strip)).map((r) => stem.slice(0, stem.length - r.strip.length) + r.add);
      if (made.length) forms.set(flag, made);
    }
    yield { stem, forms };
  }
}

/** Lower-cased forms of the dictionary's lower-case words, and of its capitalised words. */
export function dictionaryWords(): { common: Set<string>; proper: Set<string> } {
  const common = new Set<string>();
  const proper = new Set<string>();
  for (const { stem, forms } of entries()) {
    const target = /^\p{Lu}/u.test(stem) ? proper : common;
    for (const form of [stem, ...[...forms.values()].flat()]) target.add(form.toLowerCase());
  }
  return { common, proper };
}

/**
 * Stems of the lower-case words' forms made by one suffix flag ("D" past tense, "G" -ing), form →
 * stem. A form that two stems make ("singing": "sing", "singe") is left out. The dictionary files
 * some forms under a shorter word ("hoped", "hoping" under "hop", whose own forms are "hopped",
 * "hopping"), so a stem ending consonant-vowel-consonant gives way to the word with a final e.
 */
export function inflectionStems(flag: string): Map<string, string> {
  const stems = new Map<string, string | null>();
  const words = new Set<string>();
  for (const { stem, forms } of entries()) {
    if (/^\p{Lu}/u.test(stem)) continue;
    words.add(stem);
    for (const form of forms.get(flag) ?? []) stems.set(form, stems.has(form) && stems.get(form) !== stem ? null : stem);
  }
  const out = new Map<string, string>();
  for (const [form, stem] of stems) {
    if (stem === null) continue;
    out.set(form, /[^aeiou][aeiou][^aeiouwxy]$/.test(stem) && words.has(`${stem}e`) ? `${stem}e` : stem);
  }
  return out;
}
