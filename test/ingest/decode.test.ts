import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText, InputError } from '../../src/ingest/decode.js';

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof InputError);
    return err.message;
  }
  assert.fail('expected an InputError');
};

test('UTF-8 is decoded and a byte-order mark is not part of the text', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kyiv — “talks”')]);
  assert.equal(decodeText(bytes, 'a.txt'), 'Kyiv — “talks”');
});

test('UTF-16 with a byte-order mark is decoded', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks resumed.', 'utf16le')]);
  assert.equal(decodeText(bytes, 'a.txt'), 'Talks resumed.');
});

test('invalid UTF-8 is refused with where it fails and what to do', () => {
  const bytes = Buffer.concat([Buffer.from('line one\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait')]);
  assert.match(reason(() => decodeText(bytes, 'menu.txt')), /^menu\.txt: not valid utf-8 at byte 12 \(line 2\).*--encoding/);
  assert.equal(decodeText(bytes, 'menu.txt', 'windows-1252'), 'line one\nCafé au lait');
});

test('empty, binary and oversized inputs are refused by name', () => {
  assert.match(reason(() => decodeText(Buffer.from('  \n\t '), 'blank.txt')), /^blank\.txt: empty/);
  assert.match(reason(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'x.png')), /^x\.png: binary/);
  assert.match(reason(() => decodeText(Buffer.from('a'.repeat(100)), 'big.txt', 'auto', 50)), /^big\.txt: too large: 100 bytes/);
});

test('UTF-16 without a byte-order mark is refused with the --encoding to pass', () => {
  const text = 'Talks resumed in Geneva on Monday, officials said.\n';
  assert.match(reason(() => decodeText(Buffer.from(text, 'utf16le'), 'memo.txt')), /^memo\.txt: binary: contains NUL bytes; it looks like UTF-16LE .*--encoding utf-16le$/);
  const bigEndian = Buffer.from(text, 'utf16le').swap16();
  assert.match(reason(() => decodeText(bigEndian, 'memo.txt')), /--encoding utf-16be$/);
  assert.equal(decodeText(Buffer.from(text, 'utf16le'), 'memo.txt', 'utf-16le'), text);
  // A binary file with NULs is no UTF-16 text: no hint.
  assert.match(reason(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x00, 0x00, 0x12, 0x00]), 'x.png')), /NUL bytes, not a text file$/);
});
