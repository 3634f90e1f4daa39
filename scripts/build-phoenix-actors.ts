/**
 * Builds data/knowledge/phoenix-actors.tsv from the Phoenix dictionaries of PETRARCH-2 (MIT): every
 * actor and agent entry of the country, international, non-state military and agents files, read
 * as `--actors` reads them (src/knowledge/actor-dictionary.ts; their few typos are skipped and
 * listed), for the actors stage's last resort on names it leaves without a country.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/build-phoenix-actors.js [dictionaries-dir]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../dev/eval/shared.js';
import { loadActorDictionary } from '../src/knowledge/actor-dictionary.js';
import { PHOENIX_FILES } from '../src/knowledge/phoenix-actors.js';
import { repoPath } from '../src/knowledge/data-files.js';

const dir = process.argv[2] ?? join(sharedDir() ?? '../shared', 'data/eventcoding/petrarch2/dictionaries');
const dictionary = loadActorDictionary(PHOENIX_FILES.map((file) => join(dir, file)));
for (const line of dictionary.skipped) console.error(`skipped ${line}`);

const rows: string[] = [];
for (const entry of dictionary.entries) {
  // "Phoenix.Countries.actors.txt:243 AHMAD_MOQBEL_ZARAR_" → file index and line.
  const m = /^(\S+):(\d+) /.exec(entry.source)!;
  const codes = entry.codes.map((c) => (c.from || c.to ? `${c.code}:${c.from ?? ''}:${c.to ?? ''}` : c.code)).join(';');
  rows.push([entry.phrase, codes, `${PHOENIX_FILES.indexOf(m[1] as (typeof PHOENIX_FILES)[number])}:${m[2]}`].join('\t'));
}
const header = [
  '# The actor and agent entries of the Phoenix dictionaries of PETRARCH-2 (openeventdata/petrarch2 @',
  '# 676801cd), MIT License, Copyright (c) 2014 Open Event Data Alliance (permission notice: see NOTICE);',
  '# built by scripts/build-phoenix-actors.ts, do not edit by hand. Stale after 2014.',
  `# Files: ${PHOENIX_FILES.map((f, i) => `${i} ${f}`).join(', ')}.`,
  '# Columns: phrase (lower case) · codes (";"-separated CODE or CODE:from:to, ISO dates, empty = open;',
  '# "~" marks an agent) · file:line.',
];
writeFileSync(repoPath('data/knowledge/phoenix-actors.tsv'), [...header, ...rows].join('\n') + '\n');
console.log(`${rows.length} entries, ${dictionary.skipped.length} lines skipped`);
