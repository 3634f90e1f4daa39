import { readFileSync } from 'node:fs';

/**
 * The actor dictionaries of TABARI's and PETRARCH's validation suites (fictional Middle-earth actors:
 * "ARNOR [ARN]"), read from ../shared at evaluation time only. They code the text of a participant
 * the pipeline found, so that the suites measure who did what to whom rather than Readout's
 * knowledge of invented countries. A name ending in "_" must end a word; others are stems ("ARGENTIN").
 */
export interface ValidationActor {
  words: string[];
  stem: boolean;
  code: string;
}

export function readValidationActors(paths: string[]): ValidationActor[] {
  const actors: ValidationActor[] = [];
  for (const path of paths) {
    let pending: { names: string[]; code: string | null } | null = null;
    const flush = () => {
      if (pending?.code) for (const name of pending.names) actors.push(entry(name, pending.code));
      pending = null;
    };
    for (const raw of readFileSync(path, 'utf8').split('\n')) {
      const line = raw.replace(/[#;].*$/, '').replace(/<!--.*?-->/g, '');
      if (!line.trim() || /^\s*<|-->/.test(line)) continue;
      const code = /\[\s*([A-Z0-9~+-]{3,})/.exec(line)?.[1] ?? null;
      if (/^\s/.test(line)) {
        if (pending && code && !pending.code) pending.code = code;
      } else if (line.startsWith('+')) {
        pending?.names.push(line.slice(1).replace(/\[.*$/, '').trim());
      } else {
        flush();
        pending = { names: [line.replace(/\[.*$/, '').trim()], code };
      }
    }
    flush();
  }
  // Longest names first: "ITHILEN MILITARY" before "ITHILEN".
  return actors.filter((a) => a.words.length && !/^[~+-]/.test(a.code)).sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
}

function entry(name: string, code: string): ValidationActor {
  const stem = !name.endsWith('_');
  return { words: name.replace(/_+$/, '').toLowerCase().split(/[_\s]+/).filter(Boolean), stem, code };
}

/** The code of the longest dictionary name found in `text`, or null. */
export function codeText(actors: ValidationActor[], text: string): string | null {
  const words = text.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  for (const actor of actors) {
    const n = actor.words.length;
    for (let i = 0; i + n <= words.length; i++) {
      const ok = actor.words.every((w, k) => (k === n - 1 && actor.stem ? words[i + k].startsWith(w) : words[i + k] === w));
      if (ok) return actor.code;
    }
  }
  return null;
}
