/**
 * Turns the bytes of an input into text, or says why it cannot. Offsets in every layer index the
 * string returned here, so decoding is the one place where bytes become characters.
 */
export class InputError extends Error {
  constructor(readonly input: string, readonly reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
  }
}

export type Encoding = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'latin1';

/** Larger inputs are refused: no news article comes near this, a mis-aimed file often does. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

export function decodeText(bytes: Uint8Array, input: string, encoding: Encoding = 'auto', maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new InputError(input, `too large: ${bytes.length} bytes, the limit is ${maxBytes} (--max-bytes)`);
  }
  return checkText(decodeBytes(bytes, input, encoding), input);
}

/** Refuses text that is empty or that is mostly control characters (a binary file read as text). */
export function checkText(text: string, input: string): string {
  if (text.trim() === '') throw new InputError(input, 'empty: no text to analyse');
  const controls = countControlCharacters(text);
  if (controls > 0 && controls / text.length > 0.01) {
    throw new InputError(input, `binary: ${controls} control characters in ${text.length}, not a text file`);
  }
  return text;
}

function decodeBytes(bytes: Uint8Array, input: string, encoding: Encoding): string {
  if (encoding === 'auto') {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    if (bytes.includes(0)) {
      const utf16 = utf16WithoutMark(bytes);
      const hint = utf16 ? `; it looks like ${utf16.toUpperCase()} text without a byte-order mark: pass --encoding ${utf16}` : ', not a text file';
      throw new InputError(input, `binary: contains NUL bytes${hint}`);
    }
    encoding = 'utf-8';
  }
  try {
    // fatal: a byte sequence that is not valid in the encoding is an error, never a silent U+FFFD.
    // The decoder drops a leading byte-order mark, which is not part of the text.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const at = encoding === 'utf-8' ? ` at byte ${firstInvalidUtf8(bytes)}` : '';
    throw new InputError(input, `not valid ${encoding}${at}; if it is another encoding, pass --encoding (e.g. windows-1252)`);
  }
}

/**
 * UTF-16 text of a Latin script without a byte-order mark: most code units have a zero high byte,
 * so NULs fill the odd bytes (little-endian) or the even ones (big-endian) and few of the others.
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 65536 - (Math.min(bytes.length, 65536) % 2));
  const zeros = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 2]++;
  const units = sample.length / 2;
  if (units < 2) return null;
  if (zeros[1] > 0.5 * units && zeros[0] < 0.05 * units) return 'utf-16le';
  if (zeros[0] > 0.5 * units && zeros[1] < 0.05 * units) return 'utf-16be';
  return null;
}

/** Control characters other than tab, newline, carriage return and form feed. */
function countControlCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) n++;
  }
  return n;
}

/** Where the first invalid sequence starts, as byte offset and line, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): string {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const before = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD')));
  return `${Buffer.byteLength(before)} (line ${before.split('\n').length})`;
}
