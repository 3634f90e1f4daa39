import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentModel } from '../../src/model/document.js';
import { analyzeArticle } from '../../src/pipeline.js';
import { findQuoted } from '../../src/quotes/quote-marks.js';

/** Fixtures written for these tests; the first line is the headline, the body follows. */
function analyze(body: string): DocumentModel {
  return analyzeArticle({ id: 't', text: `Harbour plan divides the council\n\n${body}`, title: null, published: '2024-03-14', url: null });
}

function quotes(doc: DocumentModel) {
  return doc.quotes.map((q) => ({
    kind: q.kind,
    cue: q.cue.text,
    source: q.source?.text ?? null,
    speaker: doc.actors.find((a) => a.id === q.speaker)?.name ?? null,
    contents: q.contents.map((c) => doc.text.slice(c.start, c.end)),
  }));
}

test('direct quote, with the source after the quote', () => {
  const [q] = quotes(analyze('“The harbour will be ready by spring,” Mayor Maria Lopez said on Tuesday.'));
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue, 'said');
  assert.equal(q.source, 'Mayor Maria Lopez');
  assert.deepEqual(q.contents, ['“The harbour will be ready by spring,”']);
});

test('indirect quotes: said that, according to, told, described as', () => {
  const doc = analyze([
    'Maria Lopez said that the vote would be held in May.',
    'The budget has doubled since January, according to the city auditor.',
    'A council official told reporters the plan had no support.',
    'The opposition described the plan as reckless.',
  ].join('\n'));
  const found = quotes(doc);
  assert.deepEqual(found.map((q) => [q.kind, q.cue, q.source, q.contents[0]]), [
    ['indirect', 'said', 'Maria Lopez', 'that the vote would be held in May'],
    ['indirect', 'according to', 'the city auditor', 'The budget has doubled since January'],
    ['indirect', 'told', 'A council official', 'the plan had no support'],
    ['indirect', 'described', 'The opposition', 'the plan as reckless'],
  ]);
  const told = doc.quotes[2] as (typeof doc.quotes)[number] & { addressee_text?: string };
  assert.equal(told.addressee_text ?? doc.actors.find((a) => a.id === told.addressee)?.name, 'reporters');
});

test('mixed quote: a clause with quoted words', () => {
  const [q] = quotes(analyze('Lopez said the ferry would run again “within a month or so.”'));
  assert.equal(q.kind, 'mixed');
  assert.deepEqual(q.contents, ['the ferry would run again “within a month or so.”']);
});

test('a quote continued after the attribution, and a split quote', () => {
  const doc = analyze([
    '“We have waited long enough,” said Tom Berg, head of the dockers’ union. “Now we want answers.”',
    '“The money is there,” Berg added, “but nobody will sign.”',
  ].join('\n'));
  const [first, second] = quotes(doc);
  assert.equal(first.source, 'Tom Berg, head of the dockers’ union');
  assert.deepEqual(first.contents, ['“We have waited long enough,”', '“Now we want answers.”']);
  assert.deepEqual(second.contents, ['“The money is there,”', '“but nobody will sign.”']);
});

test('a quote over several paragraphs, and a floating quote with no cue', () => {
  const doc = analyze([
    'Anna Weber, the harbour master, spoke at length.',
    '“The cranes are old. They break every week.',
    '“We asked for new ones three years ago,” she said.',
    '“Nothing has happened since.”',
  ].join('\n\n'));
  const [q] = quotes(doc);
  assert.equal(doc.quotes.length, 1);
  assert.deepEqual(q.contents, ['“The cranes are old. They break every week.', '“We asked for new ones three years ago,”', '“Nothing has happened since.”']);
  assert.equal(q.source, 'she');
});

test('colon attributions: a cue before a colon, and a transcript label', () => {
  const doc = analyze(['Lopez told the council: “We will not sell the harbour.”', 'BERG: The union agrees with that.'].join('\n'));
  const found = quotes(doc);
  assert.deepEqual(found.map((q) => [q.kind, q.cue, q.source, q.contents[0]]), [
    ['direct', 'told', 'Lopez', '“We will not sell the harbour.”'],
    ['direct', ':', 'BERG', 'The union agrees with that.'],
  ]);
});

test('a pronoun source speaks for the last speaker', () => {
  const doc = analyze([
    'Mayor Maria Lopez said the harbour would stay public.',
    'She said she would put the plan to a vote.',
  ].join('\n'));
  const [a, b] = doc.quotes;
  assert.equal(b.source?.text, 'She');
  assert.ok(a.speaker);
  assert.equal(b.speaker, a.speaker);
});

test('"the source" is the anonymous source met before', () => {
  const doc = analyze([
    'A source close to the council said the vote would be delayed.',
    'The source said the mayor had not been told.',
  ].join('\n'));
  const [a, b] = doc.quotes;
  assert.equal(doc.actors.find((x) => x.id === a.speaker)?.kind, 'anonymous');
  assert.equal(b.speaker, a.speaker);
});

test('unbalanced and straight quote marks neither crash nor swallow the article', () => {
  const body = [
    '"The plan is dead, Berg said at the meeting.',
    'The council will meet again on Friday.',
    'Lopez said "the harbour stays" and left.',
    '“We will see,” she said.',
  ].join('\n');
  const doc = analyze(body);
  const spans = findQuoted(doc.text, doc.paragraphs);
  assert.ok(spans.every((s) => doc.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)));
  assert.ok(!doc.quotes.some((q) => q.contents.some((c) => doc.text.slice(c.start, c.end).includes('Friday'))));
  assert.ok(doc.quotes.some((q) => q.cue.text === 'said' && doc.text.slice(q.contents[0].start, q.contents[0].end) === '“We will see,”'));
});

test('boilerplate never yields a quote', () => {
  const doc = analyze('Lopez said the harbour would stay public.\n© 2024 Harbour News. All rights reserved.');
  assert.ok(doc.quotes.every((q) => q.end <= doc.article.body.end));
});

test('sources: coordinated nouns, a hedged quantity, an adverb in the cue, and a relative clause', () => {
  const found = quotes(analyze([
    'Dockers and harbour pilots said the cranes were unsafe.',
    'About half of the residents said they wanted a park.',
    'Lopez later said the budget was fixed.',
    '“The ferry will stay,” said Tom Berg, who runs the dockers’ union.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source]), [
    ['said', 'Dockers and harbour pilots'],
    ['said', 'About half of the residents'],
    ['later said', 'Lopez'],
    ['said', 'Tom Berg, who runs the dockers’ union'],
  ]);
});

test('a relative pronoun before the source opens the content, and the clause before stops at it', () => {
  const [outer, q] = quotes(analyze('The council blamed the delays, which the auditor said were caused by the storm.'));
  assert.equal(q.source, 'the auditor');
  assert.deepEqual(q.contents, ['which', 'were caused by the storm']);
  assert.deepEqual([outer.cue, outer.contents], ['blamed', ['the delays']]);
});

test('a participle cue takes the subject of the main clause', () => {
  const [q] = quotes(analyze('At the meeting on the pier, Maria Lopez struck a calm tone, saying the harbour would stay public.'));
  assert.equal(q.cue, 'saying');
  assert.equal(q.source, 'Maria Lopez');
  assert.deepEqual(q.contents, ['the harbour would stay public']);
});

test('a quote with a cue of its own is not taken as running on from the one before', () => {
  const found = quotes(analyze('“The cranes are old,” Berg said. “We asked for new ones,” he said.'));
  assert.deepEqual(found.map((q) => [q.source, q.contents]), [
    ['Berg', ['“The cranes are old,”']],
    ['he', ['“We asked for new ones,”']],
  ]);
});

test('sourceless cues: a passive and a raising verb, the subject in the content', () => {
  const found = quotes(analyze([
    'The harbour plan is widely seen as a mistake.',
    'The mayor seems to regret the vote.',
    'The statue was confirmed by the council.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['is widely seen as', null, ['The harbour plan', 'a mistake']],
    ['seems', null, ['The mayor', 'to regret the vote']],
    ['was confirmed', 'the council', ['The statue']],
  ]);
});

test('"according to" takes the source up to the comma or the sentence end', () => {
  const [q] = quotes(analyze('The ferry lost money last year, according to a report by the city auditor out on Friday.'));
  assert.equal(q.source, 'a report by the city auditor out on Friday');
});

test('stance verbs from the lexicon: endorse, oppose', () => {
  const found = quotes(analyze(['The dockers’ union endorsed the harbour plan.', 'Several council members oppose the sale of the pier.'].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents[0]]), [
    ['endorsed', 'The dockers’ union', 'the harbour plan'],
    ['oppose', 'Several council members', 'the sale of the pier'],
  ]);
});

test('gerunds after a quote or a preposition borrow the subject; a preposition joins the cue', () => {
  const found = quotes(analyze([
    '“The cranes are old,” Berg said, adding that the union would strike.',
    'Lopez surprised the council by saying the pier was sold.',
    'After saying the vote was close, the mayor left the room.',
    'The union responded to the offer on Friday.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents[0]]), [
    ['said', 'Berg', '“The cranes are old,”'],
    ['adding', 'Berg', 'that the union would strike'],
    ['saying', 'Lopez', 'the pier was sold'],
    ['saying', 'the mayor', 'the vote was close'],
    ['responded to', 'The union', 'the offer on Friday'],
  ]);
});

test('negation, a governing verb group and a reduced "asked" clause belong to the cue', () => {
  const found = quotes(analyze([
    'Lopez did not say whether the harbour would stay public.',
    'Berg went on to say the union would strike.',
    'Asked whether she would run again, Lopez said the decision was not made.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents[0]]), [
    ['did not say', 'Lopez', 'whether the harbour would stay public'],
    ['went on to say', 'Berg', 'the union would strike'],
    ['Asked', null, 'whether she would run again'],
    ['said', 'Lopez', 'the decision was not made'],
  ]);
});

test('sources: a participle with its time, a long apposition, a year as a modifier', () => {
  const found = quotes(analyze([
    'A poll released Friday found that most residents want a park.',
    'Jane Roe, head of the dockers’ union, the city’s largest, said the cranes were unsafe.',
    '“The ferry is late again,” said a 2019 council candidate.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => q.source), [
    'A poll released Friday',
    'Jane Roe, head of the dockers’ union, the city’s largest,',
    'a 2019 council candidate',
  ]);
});

test('a present-tense cue the tagger took for a plural noun', () => {
  const [q] = quotes(analyze('“The pier will be sold,” Lopez concludes.'));
  assert.deepEqual([q.cue, q.source], ['concludes', 'Lopez']);
});

test('a name and a colon before a quote, not the hearer of "told"', () => {
  const found = quotes(analyze([
    'HARBOUR REPORT - Jane Roe: “The cranes will be replaced next year.”',
    'Berg told the Harbour Gazette: “We are ready.”',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source]), [[':', 'Jane Roe'], ['told', 'Berg']]);
});

test('headline attributions: "Source: words" and "Source Verbs words"', () => {
  const headline = (title: string) => quotes(analyzeArticle({ id: 't', text: `${title}.\n\nThe council met on Monday.`, title, published: '2024-03-14', url: null }));
  assert.deepEqual(headline('Mayor Lopez: Harbour Will Open in Spring').map((q) => [q.cue, q.source, q.contents[0]]), [[':', 'Mayor Lopez', 'Harbour Will Open in Spring']]);
  assert.deepEqual(headline('Dockers Union Backs Ferry Plan').map((q) => [q.cue, q.source, q.contents[0]]), [['Backs', 'Dockers Union', 'Ferry Plan']]);
  assert.deepEqual(headline('Breaking: Ferry Sinks in Harbour').map((q) => q.cue), []);
  assert.deepEqual(headline('The Latest: Dockers Union Backs Ferry Plan').map((q) => [q.cue, q.source, q.contents[0]]), [['Backs', 'Dockers Union', 'Ferry Plan']]);
  assert.deepEqual(headline('Harbour plan divides the council').map((q) => q.cue), []);
});

test('sources and cues: asides, a mistagged verb after an adverb, verbs with particles, "and then said"', () => {
  const found = quotes(analyze([
    'Maria Lopez, in a statement on Monday, said the ferry would run again.',
    'Jane Roe, speaking at the pier, said the cranes were unsafe.',
    'Lopez often questions the harbour budget.',
    'Jane Roe spoke about the cranes at the meeting.',
    'The harbour master opened the gate, and then said the pier was closed.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source]), [
    ['said', 'Maria Lopez'], ['said', 'Jane Roe'], ['often questions', 'Lopez'], ['spoke about', 'Jane Roe'], ['said', 'The harbour master'],
  ]);
});

test('a clause stops before a later attribution after a conjunction or subordinator', () => {
  const found = quotes(analyze('Lopez praised the new ferry as the union warned that the fares would rise.'));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['praised', 'Lopez', ['the new ferry']],
    ['warned', 'the union', ['that the fares would rise']],
  ]);
});

test('an attribution set off by commas splits its content in two', () => {
  const [q] = quotes(analyze('The new ferry, the mayor said, would run every hour.'));
  assert.deepEqual([q.cue, q.source, q.contents], ['said', 'the mayor', ['The new ferry', 'would run every hour']]);
});

test('sources: a party in brackets, "at least", a day with a possessive, coordinated adjectives', () => {
  const found = quotes(analyze([
    'Sen. Jane Roe (D-Ore.) said the harbour would open.',
    'At least half of the dockers said the plan was good.',
    'Friday’s report said the vote was close.',
    'Local and national unions said the plan was bad.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => q.source), ['Sen. Jane Roe (D-Ore.)', 'At least half of the dockers', 'Friday’s report', 'Local and national unions']);
});

test('"according to" after a clause without a comma', () => {
  const [q] = quotes(analyze('The mayor leads by 27 votes according to a count by the harbour board, but the union disagrees.'));
  assert.deepEqual([q.cue, q.source, q.contents], ['according to', 'a count by the harbour board', ['The mayor leads by 27 votes']]);
});

test('cue verbs: a stem without its final e, a verb of the lexicon, a quote closed by two marks', () => {
  const found = quotes(analyze([
    'The union endorsed the plan.',
    'Lopez bemoaned the slow repairs.',
    '“They told us, ‘Wait until spring,’” Berg said.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['endorsed', 'The union', ['the plan']],
    ['bemoaned', 'Lopez', ['the slow repairs']],
    ['said', 'Berg', ['“They told us, ‘Wait until spring,’”']],
  ]);
});

test('a passive with its agent: the agent is the source, the subject the content', () => {
  const [q] = quotes(analyze('The plan was backed by the dockers union.'));
  assert.deepEqual([q.cue, q.source, q.contents], ['was backed', 'the dockers union', ['The plan']]);
});

test('a participle after a noun modifies it, unless "with" makes the noun its subject or a clause follows', () => {
  const found = quotes(analyze([
    'The mayor won the vote with a group backing the new plan, with a council spokesman saying the count was close.',
    'The dockers heard from residents saying they wanted a new pier.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source]), [['saying', 'a council spokesman'], ['saying', 'residents']]);
});

test('a transcript label the tagger does not take for a name', () => {
  const found = quotes(analyze(['The host asked about the ferry.', 'WEBER: Will the ferry run again?'].join('\n\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]).at(-1), [':', 'WEBER', ['Will the ferry run again?']]);
});

test('a comma after the cue: the content starts past it, or a relative clause closes', () => {
  const found = quotes(analyze([
    'As the Harbour Gazette reported, the ferry will not run until May.',
    'The plan, which Lopez has advocated, was dropped.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['reported', 'the Harbour Gazette', ['the ferry will not run until May']],
    ['has advocated', 'Lopez', ['which']],
  ]);
});

test('sources: an aside between dashes, a parenthesis after an inverted source', () => {
  const found = quotes(analyze([
    'Jane Roe — a teacher from Salem — said the ferry was late.',
    '“The pier is closed,” said Rep. Tom Berg (R-Ore.).',
  ].join('\n')));
  assert.deepEqual(found.map((q) => q.source), ['Jane Roe — a teacher from Salem —', 'Rep. Tom Berg (R-Ore.)']);
});

test('sources: a quantity of its own, and a partitive pronoun', () => {
  const found = quotes(analyze(['Nearly half said they prefer a new mayor.', 'Most of them said the pier was unsafe.'].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source]), [['said', 'Nearly half'], ['said', 'Most of them']]);
});

test('a participle after a dash takes the subject of the clause before', () => {
  const [q] = quotes(analyze('Lopez changed her mind on the spot – saying the ferry would run after all.'));
  assert.deepEqual([q.cue, q.source, q.contents], ['saying', 'Lopez', ['the ferry would run after all']]);
});

test('an adjective cue after a form of "be"', () => {
  const found = quotes(analyze(['Lopez is wary of the new plan.', 'The dockers were adamant that the pier stay open.'].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['is wary of', 'Lopez', ['the new plan']],
    ['were adamant', 'The dockers', ['that the pier stay open']],
  ]);
});

test('sources: names joined by a slash, members named after "including", a capitalised participle in a name', () => {
  const found = quotes(analyze([
    'A Harbour Times/Marist poll found that most residents back the plan.',
    'Several council members, including Ana Ruiz and Tom Beck, said the vote was rushed.',
    'Ferry fares rose by a third, according to a new Associated Press survey.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => q.source), ['A Harbour Times/Marist poll', 'Several council members, including Ana Ruiz and Tom Beck,', 'a new Associated Press survey']);
});

test('no cue in "continues to …" or in a participle naming its noun ("known as")', () => {
  const found = quotes(analyze('Support for the plan continues to grow in the suburbs. The ferry link known as the Blue Line carries 4,000 people a day. Lopez continued, “We will finish it.”'));
  assert.deepEqual(found.map((q) => [q.cue, q.source]), [['continued', 'Lopez']]);
});

test('a relative clause with a cue after the source is an attribution of its own, closed by its comma', () => {
  const found = quotes(analyze('Ruiz, who has often said she votes for the mayor, said the plan was rushed.'));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents[0]]), [
    ['has often said', 'who', 'she votes for the mayor'],
    ['said', 'Ruiz', 'the plan was rushed'],
  ]);
});

test('cue nouns: a possessive source, a light verb, and the complement as content', () => {
  const found = quotes(analyze([
    'The dockers laughed at her suggestion that the ferry was safe.',
    'The union has raised concerns about the new timetable.',
    'Lopez made no mention of the strike.',
    'The council heard his promise to repair the pier.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['suggestion', 'her', ['that the ferry was safe']],
    ['has raised concerns about', 'The union', ['the new timetable']],
    ['made no mention of', 'Lopez', ['the strike']],
    ['promise', 'his', ['to repair the pier']],
  ]);
});

test('idioms of attribution: "made it clear", "as X put it"', () => {
  const found = quotes(analyze([
    'Lopez made it clear that the ferry would run in May.',
    'As the harbour master put it, the pier is the town’s front door.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['made it clear', 'Lopez', ['that the ferry would run in May']],
    ['put it', 'the harbour master', ['the pier is the town’s front door']],
  ]);
});

test('sources: a restrictive relative clause, "those surveyed", quantities, a year as modifier, "you"', () => {
  const found = quotes(analyze([
    'Dockers who worked on the old pier say the new one is too short.',
    'Those surveyed said the ferry was too slow.',
    'More than half of the residents said the fares were too high.',
    'One influential 2019 study found that the harbour was shrinking.',
    'You said the ferry would run again.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => q.source), [
    'Dockers who worked on the old pier', 'Those surveyed', 'More than half of the residents', 'One influential 2019 study', 'You',
  ]);
});

test('an inverted source opening with a participle ("said retired judge …") and a quote closed after a single one', () => {
  const found = quotes(analyze([
    '“The pier must be rebuilt,” said retired engineer Tom Beck.',
    "''The plan was plain 'old-school,''' said Ana Ruiz.",
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source]), [['said', 'retired engineer Tom Beck'], ['said', 'Ana Ruiz']]);
});

test('borrowed sources: the subject past an adverb, the closest verb before "and"', () => {
  const found = quotes(analyze([
    'She also compared the plan to a gamble, saying it would fail.',
    'The mayor met Ruiz, who came out and endorsed the plan.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source]), [['saying', 'She'], ['endorsed', 'who']]);
});

test('a one-word content, and "as X said" at the end of a sentence', () => {
  const found = quotes(analyze(['The governor endorsed Lopez.', 'The ferry is the town’s lifeline, as the mayor said.'].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['endorsed', 'The governor', ['Lopez']],
    ['said', 'the mayor', ['The ferry is the town’s lifeline']],
  ]);
});

test('raising verbs: an adjective past an adverb, and a clause after "it seems"', () => {
  const found = quotes(analyze(['The dockers seemed equally unperturbed.', 'It seems the council has too many members.'].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['seemed', null, ['The dockers', 'equally unperturbed']],
    ['seems', null, ['the council has too many members']],
  ]);
});

test('settling: a transcript turn keeps the attributions inside it; a split content keeps its nested cue', () => {
  const found = quotes(analyze([
    'LOPEZ: I think the ferry will run again.',
    'The plan, Ruiz said, will fail because the union opposes it.',
  ].join('\n\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    [':', 'LOPEZ', ['I think the ferry will run again.']],
    ['think', 'I', ['the ferry will run again']],
    ['said', 'Ruiz', ['The plan', 'will fail because the union opposes it']],
  ]);
});

test('headline attributions: an adverb before a past-tense verb, and "words, source says"', () => {
  const headline = (title: string) => quotes(analyzeArticle({ id: 't', text: `${title}.\n\nThe council met on Monday.`, title, published: '2024-03-14', url: null }));
  assert.deepEqual(headline('Mayor Lopez Just Announced Her Ferry Plan').map((q) => [q.cue, q.source, q.contents[0]]), [['Just Announced', 'Mayor Lopez', 'Her Ferry Plan']]);
  assert.deepEqual(headline('The ferry will run again by May, harbour chief says').map((q) => [q.cue, q.source, q.contents[0]]), [['says', 'harbour chief', 'The ferry will run again by May']]);
});

test('"Q:" and "A:" are interview roles, not speakers; "Said X, “…”"; a determiner opens the source', () => {
  const found = quotes(analyze([
    'Q: Will the ferry run again?',
    'Said Jane Roe, “We were all so proud of the pier.”',
    'It was the best plan the council said it had seen.',
  ].join('\n\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['Said', 'Jane Roe', ['“We were all so proud of the pier.”']],
    ['said', 'the council', ['it had seen']],
  ]);
});

test('"declined to comment": the infinitive is the content; a one-word answer ("said no")', () => {
  const found = quotes(analyze(['A spokeswoman for the port declined to comment.', 'The engineer said no.'].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['declined', 'A spokeswoman for the port', ['to comment']],
    ['said', 'The engineer', ['no']],
  ]);
});

test('a reduced question opening the sentence: its content starts at the question word', () => {
  const found = quotes(analyze('Asked on Monday whether the pier would reopen, Lopez said, “Not this year.”'));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['Asked', null, ['whether the pier would reopen']],
    ['said', 'Lopez', ['“Not this year.”']],
  ]);
});

test('an inverted source with an apposition stops at the comma before a quotation, which stays in the content', () => {
  const found = quotes(analyze('“The pier is safe,” said Jane Roe, a teacher from Salem, “and the ferry will run.”'));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['said', 'Jane Roe, a teacher from Salem,', ['“The pier is safe,”', '“and the ferry will run.”']],
  ]);
});

test('a source before an aside that is no apposition: the phrase opening the clause, with a nominal aside kept', () => {
  const found = quotes(analyze([
    'Lopez, clearly frustrated, said the vote had been rigged.',
    'Roe, himself a candidate for the council, said the pier was unsafe.',
    "The ferry company's director, then 38, said the route would pay off.",
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['said', 'Lopez', ['the vote had been rigged']],
    ['said', 'Roe', ['the pier was unsafe']],
    ['said', "The ferry company's director, then 38,", ['the route would pay off']],
  ]);
});

test('a poll opening the sentence ("In a poll …, …") is the source of the clause after it; "leads in the polls" is not', () => {
  const found = quotes(analyze([
    'In a poll released Monday by the Salem Gazette, 60 percent of residents backed the pier.',
    'In the latest Gazette/Tribune survey, a majority opposed the tolls.',
    'Lopez leads in the polls.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['In', 'a poll released Monday by the Salem Gazette', ['60 percent of residents backed the pier']],
    ['In', 'the latest Gazette/Tribune survey', ['a majority opposed the tolls']],
  ]);
});

test('inverted sources: a gerund modifier, a restrictive relative clause or participle; not a relative with a cue of its own', () => {
  const found = quotes(analyze([
    '“The pier is a disgrace,” said another leading engineer, Tom Ash of the firm Ash Brown.',
    '“The pier will hold,” said a former harbour official who worked on its design.',
    '“The pier will hold,” said an engineer involved in the repairs.',
    '“The pier will hold,” said a port engineer, who noted that the tide was low.',
  ].join('\n\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['said', 'another leading engineer, Tom Ash of the firm Ash Brown', ['“The pier is a disgrace,”']],
    ['said', 'a former harbour official who worked on its design', ['“The pier will hold,”']],
    ['said', 'an engineer involved in the repairs', ['“The pier will hold,”']],
    ['said', 'a port engineer', ['“The pier will hold,”']],
    ['noted', 'who', ['that the tide was low']],
  ]);
});

test('a source with a participle and its agent or setting ("a survey conducted by …", "exit polls taken in …")', () => {
  const found = quotes(analyze([
    'A survey conducted by the Salem Gazette found that most residents back the pier.',
    'Exit polls taken in Salem showed the mayor far ahead.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source, q.contents]), [
    ['found', 'A survey conducted by the Salem Gazette', ['that most residents back the pier']],
    ['showed', 'Exit polls taken in Salem', ['the mayor far ahead']],
  ]);
});

test('coordinated and exemplified sources: "neither … nor", "and even", "like", "two out of three"', () => {
  const found = quotes(analyze([
    'Neither Lopez nor the harbour board said when the pier would reopen.',
    'Fishermen and even some engineers say the pier is unsafe.',
    'Critics like Tom Ash say the tolls are too high.',
    'Two out of three residents said the ferry was late.',
  ].join('\n')));
  assert.deepEqual(found.map((q) => [q.cue, q.source]), [
    ['said', 'Neither Lopez nor the harbour board'],
    ['say', 'Fishermen and even some engineers'],
    ['say', 'Critics like Tom Ash'],
    ['said', 'Two out of three residents'],
  ]);
});

test('a text that ends on its cue, with no full stop, still gives its attribution', () => {
  const found = quotes(analyze('The ferry capsized just off the pier, the harbour master added'));
  assert.deepEqual(found.map((q) => [q.cue, q.source]), [['added', 'the harbour master']]);
});
