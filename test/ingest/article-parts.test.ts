import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutArticle } from '../../src/ingest/article-parts.js';

const partTexts = (text: string, title: string | null = null) =>
  layoutArticle(text, title).parts.map((p) => [p.kind, text.slice(p.start, p.end)]);

test('a web wire story: headline, byline, agency dateline, body, footer', () => {
  const text = [
    'Ministers agree to extend fishing quotas',
    'By Jane Doe, John Roe',
    '(Wire) — Fisheries ministers agreed on Monday to extend quotas for another year.',
    'The deal was reached late at night.',
    'This story has been updated with additional reporting.',
    'The-Example-Wire',
    '© 2024 Example News Network. All rights reserved.',
  ].join('\n');
  const layout = layoutArticle(text);
  assert.equal(layout.title, 'Ministers agree to extend fishing quotas');
  assert.equal(layout.byline, 'Jane Doe, John Roe');
  assert.equal(layout.dateline, '(Wire)');
  assert.deepEqual(partTexts(text), [
    ['headline', 'Ministers agree to extend fishing quotas'],
    ['byline', 'By Jane Doe, John Roe'],
    ['dateline', '(Wire)'],
    ['body', 'Fisheries ministers agreed on Monday to extend quotas for another year.\nThe deal was reached late at night.'],
    ['boilerplate', 'This story has been updated with additional reporting.'],
    ['boilerplate', 'The-Example-Wire'],
    ['boilerplate', '© 2024 Example News Network. All rights reserved.'],
  ]);
});

test('capitalised place datelines, with region, date and agency', () => {
  for (const [line, dateline, bodyStart] of [
    ['OSLO (Agency) - The government said on Friday it would act.', 'OSLO (Agency)', 'The government'],
    ['LVIV, Ukraine (AP) — Air raid sirens sounded overnight.', 'LVIV, Ukraine (AP)', 'Air raid'],
    ['SAO PAULO, March 3 (Agency) - Coffee prices fell.', 'SAO PAULO, March 3 (Agency)', 'Coffee'],
    ['NEW YORK — Stocks rose.', 'NEW YORK', 'Stocks'],
  ]) {
    const text = `Headline here\n${line}\nSecond paragraph.`;
    const layout = layoutArticle(text);
    assert.equal(layout.dateline, dateline, line);
    assert.ok(text.slice(layout.body.start).startsWith(bodyStart), line);
  }
});

test('a sentence starting with a capitalised word and a dash is not a dateline', () => {
  const layout = layoutArticle('Title line\nThe minister — who resigned — spoke.\nMore text.');
  assert.equal(layout.dateline, null);
});

test('a given title marks a repeated first line as headline and is kept otherwise', () => {
  const text = 'Talks end without a deal\nNegotiators left without an agreement.\nThey will meet again.';
  assert.equal(partTexts(text, 'Talks end without a deal')[0][0], 'headline');
  const untitled = 'Negotiators left without an agreement.\nThey will meet again.';
  const layout = layoutArticle(untitled, 'Talks end');
  assert.equal(layout.title, 'Talks end');
  assert.equal(layout.body.start, 0);
});

test('a hard-wrapped wire story with a sign-off keeps the sign-off out of the body', () => {
  const text = 'Prices rose 2.1 pct in the\nweek, traders said.\n    Volumes were thin.        REUTER\n\u0003';
  const layout = layoutArticle(text);
  assert.equal(text.slice(layout.body.start, layout.body.end), 'Prices rose 2.1 pct in the\nweek, traders said.\n    Volumes were thin.');
  assert.deepEqual(layout.parts.filter((p) => p.kind === 'boilerplate').map((p) => p.rule), ['footer.sign-off', 'footer.control']);
});
