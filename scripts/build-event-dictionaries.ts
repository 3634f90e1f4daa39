import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../src/knowledge/data-files.js';
import { sharedDir } from '../dev/eval/shared.js';
import { parseVerbFile } from '../src/events/verb-file.js';

/**
 * Builds data/events/verb-patterns.tsv from the PETRARCH-2 verb dictionary (CAMEO.2.0.txt, MIT)
 * and data/events/cameo-plover.tsv from the PLOVER CAMEO2PLOVER table (CC BY-SA 4.0).
 * Usage: node dist/scripts/build-event-dictionaries.js [path/to/shared]
 *
 * The verb dictionary is kept close to its source: one row per verb (with its irregular forms), per
 * synonym set and per pattern; the pattern notation is lower-cased and the PETRARCH position markers
 * ($ source, + target, ^ skip, %) dropped, since our matcher finds actors from its own chunks.
 */
const shared = process.argv[2] ?? sharedDir();
if (!shared) throw new Error('build-event-dictionaries: ../shared not found; pass its path');
const source = join(shared, 'data/eventcoding');

buildVerbs(readFileSync(join(source, 'petrarch2/dictionaries/CAMEO.2.0.txt'), 'latin1'));
buildPlover(readFileSync(join(source, 'plover/CAMEO2PLOVER-2021.txt'), 'utf8'));

function buildVerbs(text: string) {
  const rows = parseVerbFile(text, 'CAMEO.2.0.txt').map((r) => r.cells.join('\t'));
  const patterns = rows.filter((r) => r.startsWith('pattern\t')).length;
  const header = [
    '# Verb patterns for event coding, built by scripts/build-event-dictionaries.ts; do not edit by hand.',
    '# Source: CAMEO.2.0.txt, the PETRARCH-2 verb dictionary (openeventdata/petrarch2 @ 676801cd),',
    '# The MIT License (MIT), Copyright (c) 2015 Open Event Data Alliance. Permission is hereby granted,',
    '# free of charge, to any person obtaining a copy of this software and associated documentation files',
    '# (the "Software"), to deal in the Software without restriction, including without limitation the',
    '# rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the',
    '# Software, and to permit persons to whom the Software is furnished to do so, subject to the',
    '# following conditions: The above copyright notice and this permission notice shall be included in',
    '# all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT',
    '# WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.',
    `# ${patterns} patterns. Rows: synset · &name · words | block · name · active code · passive code |`,
    '# verb · block · verb (multi-word verbs with spaces) · active code · passive code · other forms (|) |',
    '# pattern · block · words before the verb · words after it · active code · passive code.',
    '# Pattern notation: words in order, gaps allowed; {a b} consecutive words; (prep a b) a',
    '# prepositional phrase; &name a synonym set. Empty code = no event.',
  ];
  writeFileSync(repoPath('data/events/verb-patterns.tsv'), [...header, ...rows].join('\n') + '\n');
  console.log(`verb-patterns.tsv: ${rows.length} rows, ${patterns} patterns`);
}

function buildPlover(text: string) {
  const rows: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),([^#]*)/.exec(line);
    if (!m) continue;
    rows.push([m[1], m[2], m[3].trim(), m[4].trim().replace(/\s*;\s*/g, ';')].join('\t'));
  }
  // The PLOVER manual codes official resignations as RETREAT (mode resign); CAMEO2PLOVER leaves
  // 0831 (accede to demands for change in leadership, CAMEO's code for resigning) under CONCEDE.
  const resign = rows.findIndex((r) => r.startsWith('0831\t'));
  rows[resign] = ['0831', 'RETREAT', 'resign', 'political_institutions', 'readout'].join('\t');
  // The manual's CONCEDE covers "removing curfews" and easing restrictions, which CAMEO2PLOVER puts
  // under RETREAT for curfews (0813) and states of emergency (0814); its SANCTION mode "discontinue"
  // covers international sanctions, which CAMEO2PLOVER puts under COERCE (163).
  const manual: string[][] = [['0813', 'CONCEDE', '', 'legal'], ['0814', 'CONCEDE', '', 'legal'], ['163', 'SANCTION', 'discontinue', 'diplomatic']];
  for (const row of manual) rows[rows.findIndex((r) => r.startsWith(`${row[0]}\t`))] = [...row, 'readout'].join('\t');
  // PLOVER drops the CAMEO appeals (02); Readout codes them as REQUEST like the demands (10) they mirror.
  const appeals: [string, string][] = [['020', ''], ['021', 'assist'], ['022', 'assist'], ['023', 'assist'], ['024', 'change'], ['025', 'yield'], ['026', 'meet'], ['027', 'meet'], ['028', 'meet']];
  for (const [code, mode] of appeals) rows.push([code, 'REQUEST', mode, '', 'readout'].join('\t'));
  const header = [
    '# CAMEO event code → PLOVER type, mode and context, built by scripts/build-event-dictionaries.ts.',
    '# Source: CAMEO2PLOVER-2021.txt (openeventdata/PLOVER @ 5e0c24fb, PLOVER manual draft 0.8,',
    '# edited by Philip Schrodt), licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);',
    '# this derived table is shared under the same licence. Rows marked "readout" are Readout\'s: PLOVER',
    '# drops the CAMEO appeals (02), coded here as REQUEST; resigning (0831) is RETREAT, as the manual',
    '# codes resignations; lifting curfews and states of emergency (0813, 0814) is CONCEDE and imposing',
    '# sanctions (163) SANCTION, as the manual defines those types. CAMEO 01 (statements) is no event.',
    '# Columns: CAMEO code · PLOVER type · mode · contexts (;) · addition',
  ];
  writeFileSync(repoPath('data/events/cameo-plover.tsv'), [...header, ...rows].join('\n') + '\n');
  console.log(`cameo-plover.tsv: ${rows.length} rows`);
}
