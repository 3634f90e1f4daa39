/**
 * Builds data/knowledge/agents.tsv from the Phoenix agents dictionary of PETRARCH-2 (MIT), with the
 * news nouns of data/knowledge/agents-news.tsv on top: agent noun → CAMEO agent code → PLOVER sector.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/build-agents.js [Phoenix.agents.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataRows, repoPath } from '../src/knowledge/data-files.js';
import { sharedDir } from '../dev/eval/shared.js';

/**
 * CAMEO primary agent codes → PLOVER sectors. CAMEO's MED is the media (PLOVER JRN) and its HLH
 * health (PLOVER MED); religions, ethnic and issue codes fold into PLOVER's coarser sectors.
 */
const PLOVER: Record<string, string> = {
  GOV: 'GOV', MIL: 'MIL', COP: 'COP', REB: 'REB', OPP: 'OPP', JUD: 'JUD', LEG: 'LEG', SPY: 'SPY',
  UAF: 'UAF', PTY: 'PTY', BUS: 'BUS', CRM: 'CRM', CVL: 'CVL', EDU: 'EDU', AGR: 'AGR', LAB: 'LAB',
  REF: 'REF', ELI: 'ELI', MED: 'JRN', HLH: 'MED', PPL: 'CVL', ENV: 'SOC', HRI: 'SOC', NGO: 'SOC',
  DEV: 'SOC', REL: 'REL', CHR: 'REL', MUS: 'REL', JEW: 'REL', HIN: 'REL', BUD: 'REL', RAD: 'UNK', IGO: 'IGO',
};

const file = process.argv[2]
  ?? join(sharedDir() ?? '../shared', 'data/eventcoding/petrarch2/dictionaries/Phoenix.agents.txt');
const sets = new Map<string, string[]>();
const rows = new Map<string, [code: string, sector: string, source: string]>();

const phrase = (raw: string) => raw.replace(/_/g, ' ').trim().toLowerCase();
function expand(pattern: string): string[] {
  const m = /!([A-Z]+)!/.exec(pattern);
  if (!m) return [pattern];
  return (sets.get(m[1]!) ?? []).flatMap((w) => expand(pattern.replace(m[0], w)));
}

for (const raw of readFileSync(file, 'utf8').split('\n')) {
  const line = raw.replace(/#.*/, '').trim();
  const set = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(line);
  if (set) {
    sets.set(set[1]!, set[2]!.split(',').map((w) => w.trim()));
    continue;
  }
  // NOUN {PLURALS} [~CODE] or [CODE~]; one entry has a stray "}" for "]".
  const entry = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[(~?)([A-Z]+)(~?)[\]}]/.exec(line);
  if (!entry) continue;
  const code = entry[4]!;
  const sector = PLOVER[code.slice(0, 3)] ?? 'UNK';
  const forms = [entry[1]!, ...(entry[2] ?? '').split(',').filter((p) => p.trim())];
  for (const form of forms.flatMap(expand).map(phrase)) {
    // A spokesperson speaks for a body: CAMEO's MED role, but the body's own PLOVER sector.
    rows.set(form, [code, form.startsWith('spokes') && code === 'MED' ? '' : sector, entry[5] ? 'phoenix-prefix' : 'phoenix']);
  }
}
for (const [noun, code, sector] of readDataRows('knowledge/agents-news.tsv')) {
  rows.set(noun!, [code!, sector ?? '', 'news']);
}

const header = `# Agent nouns → sectors, built by scripts/build-agents.ts; do not edit by hand.
# Source: Phoenix.agents.txt of PETRARCH-2 (openeventdata/petrarch2 @ 676801cd), MIT License,
# Copyright (c) 2014 Open Event Data Alliance: the MIT permission notice applies to this derived
# table (see NOTICE). Substitution sets (!PERSON!, !MINIST!) are expanded; regular plurals are
# left to the lookup. Rows marked "news" come from data/knowledge/agents-news.tsv (Readout).
# Columns: noun (lower case) · CAMEO agent code (attached after a country code, or before it for
# source phoenix-prefix) · PLOVER sector (CAMEO MED = media → JRN, HLH = health → MED; empty =
# the sector of the body the person speaks for) · source
`;
const body = [...rows].sort(([a], [b]) => a.localeCompare(b)).map(([noun, r]) => [noun, ...r].join('\t'));
writeFileSync(repoPath('data/knowledge/agents.tsv'), `${header}${body.join('\n')}\n`);
console.log(`${rows.size} agent nouns written to data/knowledge/agents.tsv`);
