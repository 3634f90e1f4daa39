import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Time } from '../../../src/model/schema.js';
import { analyzeArticle } from '../../../src/pipeline.js';

/** The times of a one-paragraph article (all of it body), published on `published`. */
function times(text: string, published: string | null): Time[] {
  return analyzeArticle({ id: 'fixture', text, published, title: null, url: null }).times;
}

function only(found: Time[], text: string, nth = 0): Time {
  const matches = found.filter((t) => t.text === text);
  assert.ok(matches[nth], `no time "${text}" among ${JSON.stringify(found.map((t) => t.text))}`);
  return matches[nth];
}

// 2025-10-22 is a Wednesday.
const WEDNESDAY = '2025-10-22';

test('a bare weekday is past in a past clause and future after a future cue; "would" alone is no cue', () => {
  const found = times('The two ministers met on Monday in a border town. They will meet again on Friday, aides said. The envoy would travel Sunday, an official said. A new round is set to open Thursday.', WEDNESDAY);
  assert.equal(only(found, 'Monday').value, '2025-10-20');
  assert.equal(only(found, 'Friday').value, '2025-10-24');
  assert.equal(only(found, 'Sunday').value, '2025-10-19');
  assert.equal(only(found, 'Thursday').value, '2025-10-23');
  assert.equal(only(found, 'Monday').rule, 'date.weekday');
  assert.equal(only(found, 'Monday').anchor, WEDNESDAY);
});

test('relative dates in reported speech count from the day it was said; the publication reading stays as an alternative', () => {
  const found = times('The mayor said on Thursday that the committee would report next week.', WEDNESDAY);
  assert.equal(only(found, 'Thursday').value, '2025-10-16');
  const nextWeek = only(found, 'next week');
  assert.equal(nextWeek.value, '2025-W43');
  assert.equal(nextWeek.anchor, '2025-10-16');
  assert.deepEqual(nextWeek.alternatives, [{ value: '2025-W44', anchor: WEDNESDAY, rule: 'anchor.publication' }]);
});

test('"within" a known time is a deadline with a latest day', () => {
  const spoken = times('The regulator said Monday that the review would be finished within three weeks.', WEDNESDAY);
  const deadline = only(spoken, 'three weeks');
  assert.deepEqual([deadline.type, deadline.value, deadline.anchor, deadline.earliest, deadline.latest], ['DURATION', 'P3W', '2025-10-20', '2025-10-20', '2025-11-10']);
  assert.match(deadline.rule, /bounds\.deadline/);
  const plain = only(times('Negotiators hope to settle the dispute within 10 days.', WEDNESDAY), '10 days');
  assert.deepEqual([plain.value, plain.earliest, plain.latest], ['P10D', WEDNESDAY, '2025-11-01']);
});

test('"since" puts what follows before a date; "the past" spans back to the anchor', () => {
  const found = times('It has been more than four months since the last vote, and prices have fallen over the past two weeks.', WEDNESDAY);
  const since = only(found, 'more than four months');
  assert.deepEqual([since.value, since.mod, since.earliest, since.latest], ['P4M', 'MORE_THAN', null, '2025-06-22']);
  const past = only(found, 'the past two weeks');
  assert.deepEqual([past.value, past.earliest, past.latest], ['P2W', '2025-10-08', WEDNESDAY]);
});

test('last and next week are ISO weeks with their Monday and Sunday, across a year end', () => {
  // 2026-01-01 is a Thursday in ISO week 2026-W01.
  const found = times('Exports slowed last week and should recover next week, while this week is quiet.', '2026-01-01');
  const last = only(found, 'last week');
  assert.deepEqual([last.value, last.earliest, last.latest], ['2025-W52', '2025-12-22', '2025-12-28']);
  assert.equal(only(found, 'next week').value, '2026-W02');
  assert.equal(only(found, 'this week').value, '2026-W01');
});

test('without a publication date relative expressions stay unresolved, with their offset', () => {
  const found = times('The fund lost money last week and expects gains next year. The board met Monday and will vote on March 3. It was founded on March 3, 2001.', null);
  assert.deepEqual([only(found, 'last week').value, only(found, 'last week').earliest, only(found, 'last week').anchor], ['-P1W', null, null]);
  assert.equal(only(found, 'next year').value, '+P1Y');
  assert.equal(only(found, 'Monday').value, 'XXXX-WXX-1');
  assert.equal(only(found, 'March 3').value, 'XXXX-03-03');
  assert.equal(only(found, 'March 3, 2001').value, '2001-03-03');
});

test('boilerplate and headline lines yield no times, the body does', () => {
  const text = [
    'Port strike ends after 2024 talks',
    'Dock workers returned to work on Tuesday after a week-long strike.',
    'Union leaders said the deal runs until 2027.',
    '© 2024 Example Wire Ltd. All rights reserved.',
  ].join('\n');
  const found = times(text, WEDNESDAY);
  assert.deepEqual(found.map((t) => t.value), ['2025-10-21', 'P1W', '2027']);
  const body = analyzeArticle({ id: 'fixture', text, published: WEDNESDAY, title: null, url: null }).article.body;
  assert.ok(found.every((t) => t.start >= body.start && t.end <= body.end));
});

test('bare years and decades, but not amounts or counts', () => {
  const found = times('Prices last peaked in 1998 and in the 1970s, and the plan runs until mid-2030. The firm paid $2000 to 2,015 workers and 1998 voters.', WEDNESDAY);
  assert.deepEqual(found.map((t) => [t.text, t.value, t.mod]), [
    ['1998', '1998', null],
    ['1970s', '197', null],
    ['mid-2030', '2030', 'MID'],
  ]);
});

test('durations with counts, hyphenated lengths and modifiers', () => {
  const found = times('The talks lasted more than three hours after a two-year pause, and the truce has held for almost six months or so.', WEDNESDAY);
  assert.deepEqual(found.map((t) => [t.text, t.type, t.value, t.mod]), [
    ['more than three hours', 'DURATION', 'PT3H', 'MORE_THAN'],
    ['two-year', 'DURATION', 'P2Y', null],
    ['almost six months or so', 'DURATION', 'P6M', 'APPROX'],
  ]);
});

test('recurring times are SETs', () => {
  const found = times('The council meets every Tuesday, publishes figures weekly and charges members $5 a month.', WEDNESDAY);
  assert.deepEqual(found.map((t) => [t.text, t.type, t.value]), [
    ['every Tuesday', 'SET', 'XXXX-WXX-2'],
    ['weekly', 'SET', 'P1W'],
    ['a month', 'SET', 'P1M'],
  ]);
});

test('a statement without a day takes the day of the same speaker in the next sentence', () => {
  // Published Wednesday 2024-03-13 (week 11); the source spoke on Friday 2024-03-08 (week 10).
  const found = times('A source close to the talks told reporters that the envoys would meet next week. The source said Friday that the venue was not chosen.', '2024-03-13');
  const next = only(found, 'next week');
  assert.equal(next.value, '2024-W11');
  assert.equal(next.anchor, '2024-03-08');
  assert.deepEqual(next.alternatives?.map((a) => a.value), ['2024-W12']);
});

test('"X also said" continues X\'s dated statement a few sentences back', () => {
  const found = times('The minister said on Friday that the two sides would meet soon. Aides were less sure. The talks have stalled before. The minister also said that a new round would open next week.', '2024-03-13');
  const next = only(found, 'next week');
  assert.equal(next.value, '2024-W11');
  assert.equal(next.anchor, '2024-03-08');
  // Without "also", a statement three sentences on is another occasion: the publication date counts.
  const plain = only(times('The minister said on Friday that the two sides would meet soon. Aides were less sure. The talks have stalled before. The minister said that a new round would open next week.', '2024-03-13'), 'next week');
  assert.equal(plain.value, '2024-W12');
});

test('"X said ... following a Friday call" dates the statement, and X\'s next statement with it', () => {
  const found = times('The minister said the two sides would meet soon following a Friday phone call. The minister also said that talks would resume next week.', '2024-03-13');
  const next = only(found, 'next week');
  assert.equal(next.value, '2024-W11');
  assert.equal(next.anchor, '2024-03-08');
});
