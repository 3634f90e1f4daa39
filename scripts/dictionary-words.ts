/**
 * Word forms of the en_US Hunspell dictionary of SCOWL (npm dictionary-en, MIT AND BSD), for the
 * name tagger's lists: which words English writes in lower case ("laughter", "cruises") and which
 * it writes capitalised ("Aberdeen", "Abigail"). Stems are expanded with the dictionary's suffix
 * rules only; prefixes ("re-", "un-") rarely decide whether a capitalised word is a name.
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

/** Lower-cased forms of the dictionary's lower-case words, and of its capitalised words. */
export function dictionaryWords(): { common: Set<string>; proper: Set<string> } {
  const rules = suffixRules(Buffer.from(dictionary.aff).toString('utf8'));
  const common = new Set<string>();
  const proper = new Set<string>();
  const lines = Buffer.from(dictionary.dic).toString('utf8').split('\n');
  // The first line is the word count.
  for (const line of lines.slice(1)) {
    const [stem, flags = ''] = line.trim().split('/');
    if (!stem || !/^\p{L}[\p{L}'-]*$/u.test(stem)) continue;
    const target = /^\p{Lu}/u.test(stem) ? proper : common;
    target.add(stem.toLowerCase());
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        if (!rule.condition.test(stem) || !stem.endsWith(rule.strip)) continue;
        target.add((stem.slice(0, stem.length - rule.strip.length) + rule.add).toLowerCase());
      }
    }
  }
  return { common, proper };
}
