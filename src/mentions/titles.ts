import type { Span, Token } from '../model/schema.js';
import { readTitleWord, type TitleWord } from '../knowledge/title-words.js';

/** A title or role phrase, and what it says of its holder. */
export interface Title extends Span {
  text: string;
  /** The phrase in lower case: "secretary of state", "kremlin spokesperson". */
  role: string;
  /** ISO3 of a country named in the title ("Russian", "the Kremlin"), or null. */
  country: string | null;
  /** Organisation id of a body named in it ("NATO"), or null. */
  organisation: string | null;
  /** PLOVER sector of the role, or of the body when the role has none (a spokesperson). */
  sector: string | null;
  /** Which pattern found it. */
  rule: string;
}

interface Piece {
  word: TitleWord;
  first: number;
  last: number;
}

const MAX_PIECES = 8;
const OPENERS = /^(the|a|an|his|her|its|their|our|one|another)$/i;
const CONNECTORS = /^(of|for)$/i;

/**
 * The title of the person named by tokens [first, last) in a sentence whose tokens are [from, to):
 * before the name ("Defence Secretary Jane Roe", "Kremlin spokesperson Ivan Petrov"), before it
 * across a comma ("her French counterpart, Luc Martin") or after it ("Anna Smith, a White House
 * spokesperson, said").
 */
export function findTitle(text: string, tokens: Token[], first: number, last: number, from: number, to: number): Title | null {
  const form = (i: number) => text.slice(tokens[i].start, tokens[i].end);
  const before = scan(text, tokens, first - 1, from, -1);
  if (before) return build(text, tokens, before, 'title.before-name');
  if (first - 2 >= from && form(first - 1) === ',') {
    const apposed = scan(text, tokens, first - 2, from, -1);
    const opener = apposed ? apposed[0].first - 1 : -1;
    if (apposed && opener >= from && (OPENERS.test(form(opener)) || tokens[opener].xpos === 'POS')) {
      return build(text, tokens, apposed, 'title.apposition-before');
    }
  }
  if (last + 1 < to && form(last) === ',') {
    const start = OPENERS.test(form(last + 1)) ? last + 2 : last + 1;
    const after = scan(text, tokens, start, to, 1);
    const next = after ? after[after.length - 1].last : to;
    if (after && (next >= to || !/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[next].upos))) {
      return build(text, tokens, after, 'title.apposition-after');
    }
  }
  return null;
}

/** Title words running from token `i` in one direction; null unless they hold a role noun. */
function scan(text: string, tokens: Token[], i: number, limit: number, direction: 1 | -1): Piece[] | null {
  const pieces: Piece[] = [];
  while (pieces.length < MAX_PIECES && (direction === 1 ? i < limit : i >= limit)) {
    const piece = readAt(text, tokens, i, limit, direction);
    if (!piece) break;
    if (direction === 1) pieces.push(piece);
    else pieces.unshift(piece);
    i = direction === 1 ? piece.last : piece.first - 1;
  }
  // "of" or "for" can join title words but cannot end a title.
  const isConnector = (p: Piece | undefined) => p !== undefined && p.word.kind === 'modifier' && CONNECTORS.test(text.slice(tokens[p.first].start, tokens[p.first].end));
  while (isConnector(pieces[0])) pieces.shift();
  while (isConnector(pieces[pieces.length - 1])) pieces.pop();
  return pieces.some((p) => p.word.kind === 'role') ? pieces : null;
}

/**
 * The longest phrase of up to three tokens at token `i` that reads as a title word; a country or
 * body may carry a possessive ("Russia's foreign minister").
 */
function readAt(text: string, tokens: Token[], i: number, limit: number, direction: 1 | -1): Piece | null {
  const possessive = tokens[i].xpos === 'POS';
  for (let width = 3; width >= 1; width--) {
    let first = direction === 1 ? i : i - width + 1;
    let last = direction === 1 ? i + width : i + 1;
    if (possessive) {
      if (direction === 1) continue;
      first -= 1;
      last -= 1;
    }
    if (first < 0 || last > tokens.length || (direction === 1 ? last > limit : first < limit)) continue;
    const phrase = text.slice(tokens[first].start, tokens[last - 1].end);
    const word = readTitleWord(phrase, width === 1 ? tokens[first].xpos : 'NNP');
    if (!word || (width > 1 && word.kind === 'modifier')) continue;
    if (possessive && word.kind !== 'country' && word.kind !== 'organisation') continue;
    if (direction === 1 && last < limit && tokens[last].xpos === 'POS' && (word.kind === 'country' || word.kind === 'organisation')) last++;
    return { word, first, last: possessive ? last + 1 : last };
  }
  return null;
}

function build(text: string, tokens: Token[], pieces: Piece[], rule: string): Title {
  const start = tokens[pieces[0].first].start;
  const end = tokens[pieces[pieces.length - 1].last - 1].end;
  const words = pieces.map((p) => p.word);
  const role = words.filter((w) => w.kind === 'role').at(-1);
  const country = words.find((w) => w.kind === 'country');
  const organisation = words.find((w) => w.kind === 'organisation');
  return {
    start,
    end,
    text: text.slice(start, end),
    role: text.slice(start, end).toLowerCase(),
    country: country?.kind === 'country' ? country.match.country.code : null,
    organisation: organisation?.kind === 'organisation' ? organisation.organisation.id : null,
    sector:
      (role?.kind === 'role' ? role.sector : null) ??
      (country?.kind === 'country' ? country.match.sector : null) ??
      (organisation?.kind === 'organisation' ? organisation.organisation.sector : null),
    rule,
  };
}
