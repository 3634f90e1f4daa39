import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOMINAL_RULES, VERBAL_RULES } from '../../src/events/rules/configuration.js';
import { anaphoric, between, clauseSubject, lightVerbObjects, modifiers, owner, possessive, reciprocal as nounReciprocal, someoneTakesPart, withPhrase } from '../../src/events/rules/nominal-participants.js';
import { clauseOfNoun, eventNoun, nounPhrase, notModifier } from '../../src/events/rules/nominal-phrase.js';
import type { NominalRule } from '../../src/events/rules/nominal-reading.js';
import { announced as nounAnnounced, calledOff, coded as nounCoded, status as nounStatus } from '../../src/events/rules/nominal-status.js';
import { argumentFrame, coded, commitment, demandOfSayer, readiness, talkTogether, verbPattern } from '../../src/events/rules/verbal-coding.js';
import { complementTarget, demandSides, objects, parsed, passiveSides, reciprocal, someoneActs } from '../../src/events/rules/verbal-participants.js';
import type { VerbalRule } from '../../src/events/rules/verbal-reading.js';
import { announced, intentMade, refusal, status } from '../../src/events/rules/verbal-status.js';
import { analyzeArticle } from '../../src/pipeline.js';

// Fixture sentences written for these tests: real countries, invented events.
const FIXTURES = new Map<VerbalRule | NominalRule, string>([
  [demandOfSayer, 'Japan said Peru must withdraw its troops from the border.'],
  [verbPattern, 'Chile blamed Peru for the bombing of the embassy.'],
  [argumentFrame, 'Chile took steps against Peru on Monday.'],
  [commitment, 'Chile agreed to withdraw its troops from Peru.'],
  [readiness, 'Chile is ready to send troops to Peru.'],
  [talkTogether, 'Chile and Peru spoke on Monday.'],
  [coded, 'Japan imposed sanctions on Peru on Monday.'],
  // The parse gives no subject here ("accused" hangs on "statement"): the chunk rules' subject stands.
  [objects, 'Chile, in a statement on Monday, accused Peru of spying.'],
  [parsed, 'Officials from Chile and Bolivia, after two days of difficult negotiations in Geneva, signed an agreement with Peru.'],
  [complementTarget, 'Japan demanded that Peru abandon the plan.'],
  [passiveSides, 'Peru was attacked by Chile on Monday.'],
  [demandSides, 'Japan said Peru must withdraw its troops from the border.'],
  [reciprocal, 'Chile and Peru met in Lima on Monday.'],
  [someoneActs, 'Japan met on Monday.'],
  [status, 'Japan will impose sanctions on Peru.'],
  [announced, 'Japan will provide aid to Peru.'],
  [refusal, 'Japan will not accept refugees from Peru.'],
  [intentMade, 'Japan will provide aid to Peru.'],
  [eventNoun, 'Chile held talks with Peru.'],
  [notModifier, 'Peru hosted the strike leaders.'],
  [nounPhrase, 'Talks between Chile and Peru resumed on Monday.'],
  [clauseOfNoun, 'Chile held talks with Peru.'],
  [modifiers, 'The Chile-Peru summit ended on Monday.'],
  [possessive, 'Chile and Peru ended their talks on Monday.'],
  [between, 'Talks between Chile and Peru resumed on Monday.'],
  [withPhrase, "Chile's meeting with Peru ended on Monday."],
  [owner, "Chile's hopes for a meeting faded."],
  [anaphoric, 'Chile and Peru held talks on Monday. The talks ended without a deal.'],
  [clauseSubject, 'Chile held a summit in Lima.'],
  [lightVerbObjects, 'Chile imposed a blockade on Peru.'],
  [nounStatus, 'Chile held talks with Peru.'],
  [nounAnnounced, 'Chile said it will impose a blockade on Peru.'],
  [calledOff, 'Peruvian teachers called off their strike on Monday.'],
  [nounCoded, 'Chile held talks with Peru.'],
  [nounReciprocal, 'Talks between Chile and Peru began on Monday.'],
  [someoneTakesPart, 'A strike began on Monday.'],
]);

/** The events of a one-sentence article, as JSON, or the error the rules ran into. */
function events(text: string): string {
  try {
    return JSON.stringify(analyzeArticle({ id: 'fixture', text, published: '2024-03-06', title: null, url: null }).events);
  } catch (err) {
    return `error: ${(err as Error).message}`;
  }
}

/** The events with one rule left out of its list, which is restored after. */
function without(list: readonly (VerbalRule | NominalRule)[], rule: VerbalRule | NominalRule, text: string): string {
  const rules = list as (VerbalRule | NominalRule)[];
  const at = rules.indexOf(rule);
  rules.splice(at, 1);
  try {
    return events(text);
  } finally {
    rules.splice(at, 0, rule);
  }
}

test('every event rule in the configuration has a fixture, and each unit is listed once', () => {
  const all = [...VERBAL_RULES, ...NOMINAL_RULES];
  assert.equal(new Set(all).size, all.length);
  for (const rule of all) assert.ok(FIXTURES.has(rule), `${rule.rule}: no fixture`);
  assert.equal(FIXTURES.size, all.length);
});

test('leaving any event rule out changes the events of its fixture (or the rules after it cannot do without it): none is idle', () => {
  const idle: string[] = [];
  for (const [list, rules] of [['verbal', VERBAL_RULES], ['nominal', NOMINAL_RULES]] as const) {
    for (const rule of rules) {
      const text = FIXTURES.get(rule)!;
      const full = events(text);
      assert.ok(!full.startsWith('error'), `${text}: ${full}`);
      if (without(rules, rule, text) === full) idle.push(`${list} ${rule.rule} on "${text}"`);
    }
  }
  assert.deepEqual(idle, []);
});
