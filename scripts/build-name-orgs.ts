/**
 * Builds data/mentions/names/phoenix-orgs.tsv, the organisation gazetteer of the name tagger, from the
 * Phoenix International (IGOs, NGOs, multinational companies) and MilNonState (non-state armed
 * groups) actor dictionaries of PETRARCH-2 (MIT). Each entry and synonym becomes a row with its
 * kind.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/build-name-orgs.js [dictionaries-folder]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../src/knowledge/data-files.js';
import { sharedDir } from '../dev/eval/shared.js';

const dir = process.argv[2] ?? join(sharedDir() ?? '../shared', 'data/eventcoding/petrarch2/dictionaries');
const SOURCES: [file: string, kind: (code: string) => string][] = [
  ['Phoenix.International.actors.txt', (code) => ({ IGO: 'igo', NGO: 'ngo', MNC: 'company' })[code.slice(0, 3)] ?? 'other'],
  ['Phoenix.MilNonState.actors.txt', () => 'armed'],
];
const titleCase = (raw: string) => raw.toLowerCase().replace(/(^|[\s\-.&])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());

const rows = new Map<string, string>();
for (const [file, kindOf] of SOURCES) {
  // Entries are "NAME_WORDS_ [CODE]" lines with "+SYNONYM" lines below; a code may stand on a line
  // of its own after them.
  let names: string[] = [];
  const flush = (code: string) => {
    for (const name of names) if (!rows.has(name)) rows.set(name, kindOf(code));
    names = [];
  };
  for (const line of readFileSync(join(dir, file), 'latin1').split('\n')) {
    const raw = /^\+?([A-Z0-9][A-Z0-9_'&.-]*?)_*(?:\s|$)/.exec(line)?.[1];
    if (raw && !line.startsWith('+')) flush('');
    if (raw && raw.length > 2) names.push(titleCase(raw.replace(/_/g, ' ')));
    const code = /\[([A-Z]{3,})/.exec(line)?.[1];
    if (code) flush(code);
  }
  flush('');
}

const out = [...rows].map(([name, kind]) => `${name}\t${kind}`);
const header = [
  '# Organisation names of Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt',
  '# (PETRARCH-2, openeventdata/petrarch2 @ 676801cd), MIT License, Copyright (c) 2014 Open Event',
  '# Data Alliance (permission notice: see NOTICE); built by scripts/build-name-orgs.ts, do not edit',
  '# by hand. Entries and synonyms, title-cased; kind from the CAMEO code (IGO, NGO, MNC = company;',
  '# armed = non-state armed group; other). Some synonyms name an organisation\'s officials.',
  '# Columns: name · kind',
];
writeFileSync(repoPath('data/mentions/names/phoenix-orgs.tsv'), [...header, ...out].join('\n') + '\n');
console.log(`wrote data/mentions/names/phoenix-orgs.tsv: ${out.length} names`);
