/**
 * Builds data/knowledge/phoenix-people.tsv from Phoenix.Countries.actors.txt of PETRARCH-2 (MIT): the
 * person entries only, with their date-bounded CAMEO codes, for coverage before our own
 * office-holder list (data/knowledge/office-holders.tsv, 2015–2025) begins.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/build-phoenix-people.js [Phoenix.Countries.actors.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../src/knowledge/data-files.js';
import { sharedDir } from '../dev/eval/shared.js';

/** Entries whose name has one of these words are institutions or places, not people. */
const NOT_PERSON = /\b(MINISTRY|MINISTER|ARMY|PARTY|COUNCIL|ASSEMBLY|PARLIAMENT|GOVERNMENT|COURT|POLICE|FORCES?|FRONT|COMMITTEE|BANK|COMMISSION|UNION|AGENCY|OFFICE|DEPARTMENT|MOVEMENT|CONGRESS|SENATE|GUARD|UNIVERSITY|CITY|PROVINCE|REPUBLIC|KINGDOM|MILITARY|NAVY|AIR|STATE|NATIONAL|PRESIDENCY|CABINET|EMBASSY|ISLANDS?|RIVER)\b/;
/** Synonyms with a title in them are phrases the old coder matched, not names. */
const TITLE = /\b(PRESIDENT|MINISTER|MR\.?|MRS\.?|MS\.?|SENATOR|GENERAL|GEN\.?|KING|QUEEN|PRINCE|SHEIKH|DR\.?|PM|PREMIER|CHANCELLOR|SECRETARY|LEADER|FORMER|SPEAKER|GOVERNOR|AMBASSADOR|CHAIRMAN|US|U\.S\.|AMERICAN|BRITISH|RUSSIAN|FRENCH|GERMAN|CHINESE|ADMINISTRATION|GOVERNMENT)\b/;

const file = process.argv[2]
  ?? join(sharedDir() ?? '../shared', 'data/eventcoding/petrarch2/dictionaries/Phoenix.Countries.actors.txt');

/** 6-digit dates are YYMMDD (YY ≤ 20 → 20YY), 8-digit YYYYMMDD. */
function isoDate(raw: string): string {
  const full = raw.length === 8 ? raw : `${Number(raw.slice(0, 2)) <= 20 ? '20' : '19'}${raw}`;
  return `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
}

interface Code { code: string; from: string; to: string }
/** "[USAGOV 090120-170120]", "[PSEGOV >070617]", "[USAELI <010120]", "[USAELI]" */
function parseCodes(text: string): Code[] {
  return [...text.matchAll(/\[([A-Z]{3,})(?:\s+([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\s*\]/g)].map((m) => {
    if (!m[3]) return { code: m[1]!, from: '', to: '' };
    if (m[2] === '>') return { code: m[1]!, from: isoDate(m[3]), to: '' };
    if (m[2] === '<') return { code: m[1]!, from: '', to: isoDate(m[3]) };
    return { code: m[1]!, from: isoDate(m[3]), to: m[4] ? isoDate(m[4]) : '' };
  });
}

const titleCase = (raw: string) =>
  raw.replace(/_+/g, ' ').trim().toLowerCase().replace(/(^|[\s\-'.(])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());

interface Entry { name: string; raw: string; aliases: string[]; codes: Code[]; countryInfo: boolean }
const entries: Entry[] = [];
let current: Entry | null = null;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('#') || line.trim() === '') continue;
  const [text, comment = ''] = line.split('#', 2);
  if (/^[A-Z]/.test(line)) {
    const raw = text!.replace(/\[.*$/, '').trim().replace(/_+$/, '');
    current = { name: titleCase(raw), raw, aliases: [], codes: parseCodes(text!), countryInfo: comment.includes('CountryInfo') };
    entries.push(current);
  } else if (current && line.startsWith('+')) {
    const raw = text!.slice(1).trim().replace(/_+$/, '');
    if (!TITLE.test(raw.replace(/_/g, ' ')) && raw.split('_').length <= 5) current.aliases.push(titleCase(raw));
  } else if (current) {
    current.codes.push(...parseCodes(text!));
  }
}

const rows: string[] = [];
for (const e of entries) {
  const words = e.raw.split('_').length;
  const personCodes = e.codes.filter((c) => c.code.length >= 6);
  const dated = personCodes.some((c) => c.from || c.to);
  if (words < 2 || words > 5 || NOT_PERSON.test(e.raw.replace(/_/g, ' ')) || personCodes.length === 0) continue;
  if (!dated && !e.countryInfo) continue;
  const aliases = [...new Set(e.aliases)].filter((a) => a !== e.name);
  rows.push([e.name, aliases.join('|'), personCodes.map((c) => [c.code, c.from, c.to].join(':')).join(';')].join('\t'));
}

const header = `# Person entries of Phoenix.Countries.actors.txt (PETRARCH-2, openeventdata/petrarch2 @ 676801cd),
# MIT License, Copyright (c) 2014 Open Event Data Alliance (permission notice: see NOTICE); built by
# scripts/build-phoenix-people.ts, do not edit by hand. Stale after 2014 (no Trump, Zelensky...): newer
# terms are in office-holders.tsv. Kept: entries with a dated code or from CountryInfo, with all their
# person codes; synonyms carrying titles ("PRESIDENT_X") are dropped; names title-cased. At about 1 MB
# the whole list fits, so no date cut-off is applied.
# Two-digit years are read as 20YY up to 20, else 19YY.
# Columns: name · aliases ("|") · codes (";"-separated CODE:from:to, ISO dates, empty = open)
`;
writeFileSync(repoPath('data/knowledge/phoenix-people.tsv'), `${header}${rows.join('\n')}\n`);
console.log(`${rows.length} people written to data/knowledge/phoenix-people.tsv`);
