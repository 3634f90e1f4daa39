/**
 * Reads a PETRARCH-2 or TABARI verb dictionary into the rows of data/events/verb-patterns.tsv
 * (synset · block · verb · pattern), each with the line it came from. The shipped patterns are
 * built from CAMEO.2.0.txt by scripts/build-event-dictionaries.ts; `--verbs` files are read here
 * at run time.
 *
 * The two formats: PETRARCH-2 groups verbs in blocks ("--- MEET [040] ---", then its verbs, then
 * "- * pattern [code]" lines), with "#" comments; TABARI gives each verb with its code on one line
 * ("MEET [031:031]"), its forms on the next ("{ MET_ MEETING_ }"), then its patterns, with ";"
 * comments and alternatives "{ a | b }". Both mark the source ($), target (+) and skips (^ %),
 * which are dropped (Readout finds actors from its own chunks), and join words with "_".
 */
export interface VerbRow {
  cells: string[];
  /** 1-based line of the file. */
  line: number;
  /** A pattern as written (without its code and comment), for the evidence. */
  text?: string;
}

/** A line the reader cannot read: `file:line: what is wrong`. */
export class VerbFileError extends Error {}

/**
 * With `problems`, a line that cannot be read is named there and skipped, with the verb forms and
 * patterns that continue it (PETRARCH skips them too; TABARI's master file has a typo or two);
 * without, it is an error.
 */
export function parseVerbFile(text: string, file: string, problems?: string[]): VerbRow[] {
  const lines = text.split(/\r?\n/);
  const tabari = !lines.some((l) => /^---\s+\S/.test(l));
  const rows: VerbRow[] = [];
  const fail = (n: number, what: string): never => {
    throw new VerbFileError(`${file}:${n + 1}: ${what}`);
  };
  // CAMEO.2.0.txt has a header before its "SYNONYM SETS" and transformations after its verbs.
  let section: 'head' | 'synonyms' | 'verbs' | 'done' = lines.some((l) => /^#+\s*SYNONYM SETS/.test(l)) ? 'head' : 'verbs';
  let block = '';
  let synset: VerbRow | null = null;
  let alternatives = 0;
  const flush = () => {
    if (synset && synset.cells.length > 2) rows.push(synset);
    synset = null;
  };
  let inTime = false;
  // After a block's head is skipped, the lines that continue it (forms, patterns) are too.
  let skipping = false;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    if (/^#+\s*SYNONYM SETS/.test(raw)) section = 'synonyms';
    else if (/^#+\s*VERB PATTERNS/.test(raw)) (flush(), (section = 'verbs'));
    else if (/^#+\s*TRANSFORMATIONS/.test(raw)) section = 'done';
    // TABARI's <TIME> section holds no verbs; <SYNSETS> marks nothing the lines do not tell.
    const tag = /^<(\/?)([A-Z]+)>\s*$/.exec(raw.trim());
    if (tag) {
      inTime = !tag[1] && tag[2] === 'TIME';
      continue;
    }
    // A comment runs to the end of the line, but "[###]" is a code (discard), not a comment.
    const comment = tabari ? /\[[^\]]*\]|;.*$/g : /\[[^\]]*\]|#.*$/g;
    const line = raw
      .replace(/<!--.*?-->/g, '')
      .replace(comment, (m) => (m.startsWith('[') ? m : ''))
      .trim();
    // TABARI's "~~FINISH" ends the dictionary.
    if (line.startsWith('~~FINISH')) break;
    if (!line || inTime || section === 'head' || section === 'done') continue;
    // A block's head (PETRARCH-2's "--- MEET [040] ---", a TABARI verb) and the lines that continue it.
    const head = tabari ? !/^[-{&+]/.test(line) : /^---\s/.test(line);
    const continues = (line.startsWith('-') && !head) || line.startsWith('{');
    if (skipping && continues) continue;
    try {
      if (line.startsWith('&')) {
        flush();
        synset = { cells: ['synset', line.split(/\s+/)[0].toLowerCase()], line: n + 1 };
        continue;
      }
      if (line.startsWith('+') && synset) {
        synset.cells.push(word(line));
        continue;
      }
      flush();
      if (section === 'synonyms') continue;
      const header = /^---\s+(\S+)\s+(\[[^\]]*\])?(---)?/.exec(line);
      if (header) {
        block = header[1];
        // "[120]---": a default struck out in the source; the block has none.
        const c = header[3] || !header[2] ? null : codes(header[2]);
        rows.push({ cells: ['block', block, c?.[0] ?? '', c?.[1] ?? ''], line: n + 1 });
        skipping = false;
        continue;
      }
      if (line.startsWith('-')) {
        if (!block) fail(n, 'a pattern before any verb');
        const open = line.indexOf('[');
        if (open < 0 || !line.includes(']', open)) fail(n, 'a pattern without its code in [ ]');
        const c = codes(line)!;
        let body = line.slice(1, open);
        if (!body.includes('*')) fail(n, 'a pattern without * for the verb');
        // "{ geneva | international }": alternatives, kept as a synonym set of their own.
        body = body.replace(/\{([^}]*\|[^}]*)\}/g, (_, alts: string) => {
          const name = `&alternatives${++alternatives}`;
          rows.push({ cells: ['synset', name, ...alts.split('|').map((a) => word(a.trim()))], line: n + 1 });
          return ` ${name} `;
        });
        // A stray closing bracket is harmless (CAMEO.2.0.txt has one); an unclosed one would swallow the pattern.
        if (/[{(]/.test(body.replace(/\{[^{}]*\}|\([^()]*\)/g, ''))) fail(n, 'an unclosed bracket in the pattern');
        const [before, after = ''] = body.split('*').map(tidyPattern);
        rows.push({ cells: ['pattern', block, before, after, c[0], c[1]], line: n + 1, text: line.slice(0, open).replace(/\s+/g, ' ').trim() });
        continue;
      }
      if (tabari && line.startsWith('{')) {
        // A TABARI verb's forms, on the line after it.
        const verb = rows.at(-1);
        if (verb?.cells[0] !== 'verb') fail(n, 'verb forms { } not after a verb');
        verb!.cells[5] = [verb!.cells[5], ...line.replace(/[{}]/g, ' ').trim().split(/\s+/).filter(Boolean).map(word)].filter(Boolean).join('|');
        continue;
      }
      if (tabari) {
        // "LASH OUT [122]", "MEET [031:031]", "ACT_ [100]": a verb of its own block.
        const m = /^(\p{L}[\p{L}0-9_\- '=]*?)\s*(\[[^\]]*\])\s*$/u.exec(line);
        if (!m) fail(n, `not a verb, pattern or synonym set: "${line}"`);
        m![1] = m![1].replace(/=/g, '');
        block = word(m![1]).toUpperCase().replace(/ /g, '_');
        const c = codes(m![2])!;
        rows.push({ cells: ['block', block, c[0], c[1]], line: n + 1 });
        // A verb not closed by "_" is a stem: "RESTOR" is "restore", "restored", "restoring".
        const stem = !/_\s*$/.test(m![1]) && !m![1].trim().includes(' ');
        rows.push({ cells: ['verb', block, word(m![1]), '', '', '', ...(stem ? ['stem'] : [])], line: n + 1 });
        skipping = false;
        continue;
      }
      // A verb of the block: "SPEED {SPEEDING SPEEDS SPED }", "+MEET_WITH {+MET_WITH ...}", "+CALL_OFF [160]".
      const m = /^(\+?\p{L}[\p{L}_\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/u.exec(line);
      if (!m) fail(n, `not a verb, pattern or synonym set: "${line}"`);
      if (!block) fail(n, 'a verb before any "--- BLOCK [code] ---" line');
      const forms = (m![2] ?? '').replace(/[{}]/g, ' ').trim().split(/\s+/).filter(Boolean).map(word);
      const c = m![3] ? codes(m![3]) : null;
      rows.push({ cells: ['verb', block, word(m![1]), c?.[0] ?? '', c?.[1] ?? '', forms.join('|')], line: n + 1 });
      skipping = false;
    } catch (err) {
      if (!problems || !(err instanceof VerbFileError)) throw err;
      problems.push(err.message);
      if (head) skipping = true;
    }
  }
  flush();
  return rows;
}

function word(w: string): string {
  return w.replace(/^\+/, '').replace(/_$/, '').replace(/_/g, ' ').trim().toLowerCase();
}

/** "[041:041]" → active and passive codes; "---", "###" and other non-numbers mean "no event". */
function codes(text: string): [string, string] | null {
  const m = /\[([^\]]*)\]/.exec(text);
  if (!m) return null;
  const [active, passive = active] = m[1].trim().split(':');
  const clean = (c: string) => (/^\d+$/.test(c.trim()) ? c.trim() : '');
  return [clean(active), clean(passive)];
}

function tidyPattern(s: string): string {
  return s.replace(/[$+^%]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase().replace(/_/g, ' ').replace(/ (?=[})])/g, '');
}
