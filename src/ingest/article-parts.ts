import type { Span } from '../model/schema.js';

export type PartKind = 'headline' | 'byline' | 'dateline' | 'body' | 'boilerplate';

export interface ArticlePart extends Span {
  kind: PartKind;
  /** The rule that recognised the part. */
  rule: string;
}

export interface ArticleLayout {
  title: string | null;
  byline: string | null;
  dateline: string | null;
  body: Span;
  parts: ArticlePart[];
}

interface Line extends Span {
  text: string;
}

/** Trailing lines that are furniture of the wire or the site, never reporting. */
const FOOTER_RULES: [string, RegExp][] = [
  ['footer.copyright', /(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b)/i],
  ['footer.update-note', /^(?:this|the) (?:story|article|report|post)(?: and (?:its )?headline)? (?:has|have|was|were) been (?:updated|corrected|revised|amended)\b/i],
  ['footer.wire-tag', /^(?:[A-Z][\w’'&]*-){1,4}[A-Z][\w’'&]*$|^(?:Reuters?|REUTER|AP|AFP|dpa|UPI)$/],
  ['footer.credits', /^\(?(?:additional )?(?:reporting|writing|editing|compiled|edited|written) by\b/i],
  ['footer.contributed', /\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\.?$/i],
  ['footer.call-to-action', /^(?:read more|related|sign up|subscribe|follow (?:us|him|her)|click here|share this)\b/i],
  ['footer.control', /^[\p{Cc}\s]+$/u],
];

/** An agency's sign-off after the last sentence, on the same line: "... (33.7).        REUTER". */
const TRAILING_SIGN_OFF = /(?<=[.!?”")])\s+(?:Reuters?|REUTERS?|AP|AFP)\s*$/;

/** Header lines that are page metadata rather than reporting. */
const HEADER_METADATA = /^(?:updated|published|posted|last modified)\b.{0,80}\d/i;
const BYLINE = /^(?:by|from)\s+\p{Lu}[^.!?]{0,200}$/iu;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/**
 * A wire dateline at the start of the body: "(CNN) —", "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —",
 * "LONDON, Oct 21 (Reuters) -", "WASHINGTON —". A place in capitals, an agency in brackets, or both.
 */
const DATELINE = new RegExp(
  '^(?:(?<place>\\p{Lu}[\\p{Lu}.\'’ -]*\\p{Lu}\\.?(?:, (?:\\p{Lu}[\\p{L}.]*)(?: \\p{Lu}[\\p{L}.]*){0,2})?)' +
    `(?:, (?<date>${MONTH} \\d{1,2}))?\\s*)?` +
    '(?:\\((?<agency>\\p{L}[\\p{L}\\d&. -]{0,30})\\)\\s*)?' +
    '(?<dash>[—–]|--?)\\s*',
  'u',
);

/**
 * Splits a plain-text article into headline, byline, dateline, body and trailing boilerplate. A title
 * given with the input is taken as the headline, and marks the first line as such when it repeats it.
 */
export function layoutArticle(text: string, givenTitle: string | null = null): ArticleLayout {
  const lines = nonEmptyLines(text);
  const parts: ArticlePart[] = [];
  let first = 0;
  let last = lines.length - 1;

  while (last > first && footerRule(lines[last].text)) {
    parts.push({ kind: 'boilerplate', start: lines[last].start, end: lines[last].end, rule: footerRule(lines[last].text)! });
    last--;
  }

  const signOff = lines[last] ? TRAILING_SIGN_OFF.exec(lines[last].text) : null;
  if (signOff) {
    const line = lines[last];
    const cut = line.start + signOff.index;
    parts.push({ kind: 'boilerplate', start: cut + signOff[0].length - signOff[0].trimStart().length, end: line.end, rule: 'footer.sign-off' });
    lines[last] = { start: line.start, end: cut, text: line.text.slice(0, signOff.index) };
  }

  let title = givenTitle?.trim() || null;
  if (last > first && isHeadline(lines[first].text, lines[first + 1].text, title)) {
    parts.push({ kind: 'headline', start: lines[first].start, end: lines[first].end, rule: title ? 'header.given-title' : 'header.first-line' });
    title ??= lines[first].text;
    first++;
  }

  let byline: string | null = null;
  for (let i = first; i < Math.min(first + 3, last); i++) {
    const line = lines[i];
    if (HEADER_METADATA.test(line.text)) {
      parts.push({ kind: 'boilerplate', start: line.start, end: line.end, rule: 'header.metadata' });
    } else if (byline === null && BYLINE.test(line.text)) {
      parts.push({ kind: 'byline', start: line.start, end: line.end, rule: 'header.byline' });
      byline = line.text.replace(/^(?:by|from)\s+/i, '');
    } else break;
    first = i + 1;
  }

  let bodyStart = lines[first]?.start ?? 0;
  let dateline: string | null = null;
  const match = lines[first] ? DATELINE.exec(lines[first].text) : null;
  if (match?.groups && (match.groups.place || match.groups.agency) && match[0].length < lines[first].text.length) {
    const label = match[0].slice(0, match[0].lastIndexOf(match.groups.dash)).trim();
    parts.push({ kind: 'dateline', start: bodyStart, end: bodyStart + label.length, rule: 'body.dateline' });
    dateline = label;
    bodyStart += match[0].length;
  }
  const body = { start: bodyStart, end: lines[last]?.end ?? text.length };
  parts.push({ kind: 'body', ...body, rule: 'body.remainder' });
  parts.sort((a, b) => a.start - b.start);
  return { title, byline, dateline, body, parts };
}

function footerRule(line: string): string | null {
  if (line.length > 300) return null;
  return FOOTER_RULES.find(([, pattern]) => pattern.test(line))?.[0] ?? null;
}

/**
 * A first line that reads as a headline: short, not ending like a sentence of the body, and not
 * running on into the next line as hard-wrapped text does.
 */
function isHeadline(line: string, next: string, title: string | null): boolean {
  if (title) return normalise(line) === normalise(title);
  const words = line.split(/\s+/).length;
  return words <= 30 && !/^\p{Ll}/u.test(next) && !/[.:;,][”"’')\]]*$/.test(line) && !DATELINE.exec(line)?.groups?.agency;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function nonEmptyLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\n]+/g;
  for (let m; (m = pattern.exec(text)); ) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return lines;
}
