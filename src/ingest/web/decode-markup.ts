import { gunzipSync } from 'node:zlib';
import { InputError } from '../decode.js';

/**
 * Bytes of a web page or feed to text. The charset is taken, in the order browsers take it, from a
 * byte-order mark, the HTTP Content-Type, a `<meta charset>` / `http-equiv` or the XML declaration
 * in the first bytes; without one, UTF-8 if the bytes are valid UTF-8, else windows-1252 (what
 * browsers assume for undeclared Western pages). gzip-compressed bytes (`.html.gz`) are inflated.
 */
export function decodeMarkup(bytes: Uint8Array, input: string, contentType?: string | null): string {
  const data = isGzip(bytes) ? gunzip(bytes, input) : bytes;
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return new TextDecoder('utf-8').decode(data);
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const declared = charsetOf(contentType ?? '') ?? declaredCharset(data);
  const decoder = declared ? decoderFor(declared) : null;
  if (decoder) return decoder.encoding === 'windows-1252' ? windows1252(data) : decoder.decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return windows1252(data);
  }
}

/** Bytes 0x80–0x9F of windows-1252 (curly quotes, dashes, €), which Node 20's decoder reads as C1 controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** windows-1252 (and the labels the Encoding Standard maps to it: latin1, iso-8859-1, ascii). */
function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function gunzip(bytes: Uint8Array, input: string): Uint8Array {
  try {
    return gunzipSync(bytes);
  } catch (err) {
    throw new InputError(input, `corrupt gzip data: ${(err as Error).message}`);
  }
}

function charsetOf(contentType: string): string | null {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

/** A charset declared in the first 4 KB: `<meta charset>`, `<meta http-equiv content>` or `<?xml encoding?>`. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1];
  return /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    // A page that declares UTF-16 in ASCII bytes is really ASCII-compatible (the HTML standard says so).
    return new TextDecoder(/^utf-?16/i.test(label) ? 'utf-8' : label);
  } catch {
    return null; // an unknown label: fall back to detection
  }
}
