import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isGzip } from './decode-markup.js';

export type WebFormat = 'html' | 'feed' | 'warc';

/**
 * What a file holds, from its first bytes, for inputs whose extension lies or is missing (a page
 * saved as `.txt`, a feed as `.php`). Null for anything else, a directory or an unreadable path.
 */
export function sniffFormat(path: string): WebFormat | null {
  let head: Uint8Array;
  try {
    if (path === '-' || !statSync(path).isFile()) return null;
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(2048);
      head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  return formatOfBytes(head);
}

export function formatOfBytes(bytes: Uint8Array): WebFormat | null {
  let head = bytes;
  if (isGzip(bytes)) {
    try {
      // The first 2 KB of a gzip stream: inflate what there is.
      head = gunzipSync(bytes, { finishFlush: 2 /* Z_SYNC_FLUSH */ }).subarray(0, 2048);
    } catch {
      return null;
    }
  }
  const text = new TextDecoder('latin1').decode(head).replace(/^\uFEFF|^ï»¿/, '').trimStart();
  if (text.startsWith('WARC/')) return 'warc';
  const lower = text.toLowerCase();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
  if (/^\{\s*"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(lower)) return 'feed';
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>])/.test(lower) || /^(?:<\?xml[^>]*>\s*)?<!doctype html/.test(lower)) return 'html';
  return null;
}
