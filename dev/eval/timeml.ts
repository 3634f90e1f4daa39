import { readFileSync } from 'node:fs';

/** One gold TIMEX3 of a TimeML document, with offsets into the document's TEXT content. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDocument {
  id: string;
  /** The document creation time (DCT) as YYYY-MM-DD, the reference of relative expressions. */
  dct: string | null;
  /** The content of `<TEXT>` with every tag removed and character entities decoded. */
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Reads a TimeML 1.2 file: the DCT and the TEXT element's plain text, with the in-text TIMEX3s as
 * stand-off spans. Tags are dropped and entities decoded while the text is built, so the spans are
 * offsets into exactly the text the pipeline reads.
 */
export function readTimeML(path: string): TimeMLDocument {
  const xml = readFileSync(path, 'utf8');
  const id = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(xml)?.[1] ?? path;
  const dctTag = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml);
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  const inner = open < 0 || close < 0 ? '' : xml.slice(open + '<TEXT>'.length, close);

  let text = '';
  const timexes: GoldTimex[] = [];
  let current: { start: number; type: string; value: string } | null = null;
  for (const piece of inner.split(/(<[^>]+>|&[#\w]+;)/)) {
    if (piece.startsWith('<')) {
      if (piece.startsWith('<TIMEX3')) {
        current = { start: text.length, type: attribute(piece, 'type'), value: attribute(piece, 'value') };
      } else if (piece.startsWith('</TIMEX3') && current) {
        timexes.push({ ...current, end: text.length, text: text.slice(current.start) });
        current = null;
      }
    } else if (piece.startsWith('&') && piece.endsWith(';')) {
      text += decodeEntity(piece.slice(1, -1));
    } else {
      text += piece;
    }
  }
  return { id, dct: dctTag?.[1] ?? null, text, timexes: timexes.filter((t) => t.text.trim() !== '') };
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name] ?? `&${name};`;
}
