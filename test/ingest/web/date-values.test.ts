import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateInText, parseDateValue } from '../../../src/ingest/web/date-values.js';

const context = { latest: '2025-01-01' };

test('machine-readable values keep the local date as written', () => {
  assert.equal(parseDateValue('2020-06-07T01:30:00+03:00', context), '2020-06-07');
  assert.equal(parseDateValue('Sun, 07 Jun 2020 23:10:00 -0700', context), '2020-06-07');
  assert.equal(parseDateValue('20200607', context), '2020-06-07');
  assert.equal(parseDateValue('1591488000', context), '2020-06-07');
});

test('month names in many languages, from the platform locale data', () => {
  assert.equal(findDateInText('Опубліковано 7 червня 2020, 10:15', context), '2020-06-07');
  assert.equal(findDateInText('07 Haziran 2020 Pazar', context), '2020-06-07');
  assert.equal(findDateInText('Alta Floresta, 22 de novembro de 2020. 18:20', context), '2020-11-22');
  assert.equal(findDateInText('Updated June 7, 2020 at 5 pm', context), '2020-06-07');
  assert.equal(findDateInText('2020年6月7日', context), '2020-06-07');
});

test('numeric dates: dotted day first; slashed month first only in English', () => {
  assert.equal(findDateInText('09.08.2020 u 10:52', context), '2020-08-09');
  assert.equal(findDateInText('03/04/2020', { ...context, language: 'en-US' }), '2020-03-04');
  assert.equal(findDateInText('03/04/2020', { ...context, language: 'fr' }), '2020-04-03');
  assert.equal(findDateInText('25/04/2020', { ...context, language: 'en' }), '2020-04-25');
});

test('impossible, too early and future dates are refused', () => {
  assert.equal(findDateInText('31.02.2020', context), null);
  assert.equal(findDateInText('since 12 May 1987', context), null);
  assert.equal(parseDateValue('2030-01-01', context), null);
  assert.equal(findDateInText('May the best team win in 2020', context), null);
});
