import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clock, deicticDay, partOfDay, weekday, weekend } from '../../../src/mentions/times/rules/days.js';
import { TIME_RULES } from '../../../src/mentions/times/rules/configuration.js';
import { century, dayMonth, decade, holiday, month, monthDay, monthRelativeYear, monthYear, numericDate, season, year } from '../../../src/mentions/times/rules/dates.js';
import { countedDuration, pluralDuration } from '../../../src/mentions/times/rules/durations.js';
import { referenceWord } from '../../../src/mentions/times/rules/references.js';
import { ago, relativePeriod } from '../../../src/mentions/times/rules/relative.js';
import { quarter, theQuarter, theYear, yearAgoPeriod } from '../../../src/mentions/times/rules/reporting-periods.js';
import { compileTrigger, type TimeRule } from '../../../src/mentions/times/rules/rule.js';
import type { Time } from '../../../src/model/schema.js';
import { every, rate } from '../../../src/mentions/times/rules/sets.js';
import { analyzeArticle } from '../../../src/pipeline.js';

/** One sentence per rule that the rule must read (the words and TIMEX3 value), and where it has one, a sentence it must turn down. */
interface Fixture {
  text: string;
  found: string;
  value: string;
  not?: string;
}

// Written for these tests; 2025-10-22, the publication date, is a Wednesday.
const FIXTURES = new Map<TimeRule, Fixture>([
  [monthDay, { text: 'The ministers met on Oct. 3, the aide said.', found: 'Oct. 3', value: '2025-10-03' }],
  [dayMonth, { text: 'The talks opened on 12 November 2024 in Oslo.', found: '12 November 2024', value: '2024-11-12' }],
  [numericDate, { text: 'The deal was signed on 11/12/2024, the ministry said.', found: '11/12/2024', value: '2024-11-12' }],
  [clock, { text: 'The vote closes at 5 p.m. EST, officials said.', found: '5 p.m. EST', value: '2025-10-22T17:00' }],
  [monthYear, { text: 'The plant closed in November 2023.', found: 'November 2023', value: '2023-11' }],
  [monthRelativeYear, { text: 'Exports rose in July last year.', found: 'July last year', value: '2024-07' }],
  [month, { text: 'The board will meet in March.', found: 'March', value: '2026-03', not: 'May has struggled to hold her party together, and thousands joined the annual March for Life.' }],
  [year, { text: 'The bridge was built in 1998.', found: '1998', value: '1998', not: 'The army sent 1999 soldiers to the border at 1998 prices.' }],
  [decade, { text: 'Growth slowed in the 1990s.', found: '1990s', value: '199' }],
  [century, { text: 'The town was founded in the 19th century.', found: 'the 19th century', value: '18' }],
  [quarter, { text: 'Profit rose in the third quarter.', found: 'the third quarter', value: '2025-Q3', not: 'Sales rose in the third period, and three-quarters of the voters backed him.' }],
  [yearAgoPeriod, { text: 'Profit rose to $5 million in the third quarter from year-earlier results of $4 million.', found: 'year-earlier', value: '2024-Q3' }],
  [theQuarter, { text: 'Profit rose 5 percent in the quarter.', found: 'the quarter', value: '2025-Q3' }],
  [theYear, { text: 'Sales rose 3 percent in the year.', found: 'the year', value: '2025', not: 'He had left the year before.' }],
  [holiday, { text: 'The shops close at Christmas.', found: 'Christmas', value: '2025-12-25' }],
  [season, { text: 'The offensive began last summer.', found: 'last summer', value: '2025-SU', not: 'Analysts expect a fall in prices.' }],
  [weekday, { text: 'The envoy arrived on Friday.', found: 'Friday', value: '2025-10-17' }],
  [weekend, { text: 'Talks resume after the weekend.', found: 'the weekend', value: '2025-W43-WE' }],
  [deicticDay, { text: 'The minister resigned yesterday.', found: 'yesterday', value: '2025-10-21' }],
  [partOfDay, { text: 'Protesters gathered this morning.', found: 'this morning', value: '2025-10-22TMO' }],
  [relativePeriod, { text: 'Prices rose last week.', found: 'last week', value: '2025-W42' }],
  [ago, { text: 'The treaty was signed two years ago.', found: 'two years ago', value: '2023' }],
  [every, { text: 'The council meets every year.', found: 'every year', value: 'P1Y' }],
  [rate, { text: 'The firm pays $5 a year per share.', found: 'a year', value: 'P1Y', not: 'It was a year of change.' }],
  [countedDuration, { text: 'The strike lasted two weeks.', found: 'two weeks', value: 'P2W', not: 'A 30-year-old man was arrested.' }],
  [pluralDuration, { text: 'The dispute has gone on for years.', found: 'years', value: 'PXY' }],
  [referenceWord, { text: 'The two sides are now talking.', found: 'now', value: 'PRESENT_REF' }],
]);

function times(text: string): Time[] {
  return analyzeArticle({ id: 'fixture', text, published: '2025-10-22', title: null, url: null }).times;
}

test('every time rule in the configuration has a fixture, and each unit is listed once', () => {
  assert.equal(new Set(TIME_RULES).size, TIME_RULES.length);
  for (const rule of TIME_RULES) assert.ok(FIXTURES.has(rule), `${rule.rule}: no fixture`);
  assert.equal(FIXTURES.size, TIME_RULES.length);
});

test('each time rule reads its own fixture, and turns down its negative', () => {
  for (const [rule, fixture] of FIXTURES) {
    const found = times(fixture.text);
    const hit = found.find((t) => t.text === fixture.found);
    assert.ok(hit, `${rule.rule}: "${fixture.found}" not found in ${JSON.stringify(found.map((t) => t.text))}`);
    assert.deepEqual([hit.rule, hit.value], [rule.rule, fixture.value], `${rule.rule} on "${fixture.text}"`);
    if (fixture.not) assert.deepEqual(times(fixture.not).filter((t) => t.rule === rule.rule).map((t) => t.text), [], `${rule.rule} on "${fixture.not}"`);
  }
});

test('each trigger passes on what its rule finds, and a lexicon trigger only on the words of its list', () => {
  for (const [rule, fixture] of FIXTURES) {
    if (rule.trigger !== undefined) assert.ok(compileTrigger(rule.trigger).test(fixture.found), `${rule.rule}: trigger fails on "${fixture.found}"`);
  }
  assert.deepEqual(['last summer', 'the sum of'].map((t) => compileTrigger('{SEASON}').test(t)), [true, false]);
});

test('of two overlapping matches, the longer wins whatever the order of the rules', () => {
  // date.month-year ("November 2023") is listed after date.day-month, whose match is longer here.
  assert.ok(TIME_RULES.indexOf(dayMonth) < TIME_RULES.indexOf(monthYear));
  const [found] = times('The talks opened on 12 November 2023 in Oslo.');
  assert.deepEqual([found.text, found.rule], ['12 November 2023', 'date.day-month']);
});
