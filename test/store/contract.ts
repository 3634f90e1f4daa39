import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import analyze from '../../src/jobs/analyze-worker.js';
import { participantRef } from '../../src/jobs/queries.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import { articleHash, type AnalysedArticle, type Store } from '../../src/store/store.js';

/** How the suite gets stores of one backend: a new empty one, and the same one again after close. */
export interface StoreFactory {
  create(): Promise<Store>;
  reopen(location: string): Promise<Store>;
}

const fixture = (name: string) => readFileSync(repoPath(`test/store/fixtures/${name}`), 'utf8');

const analyses = new Map<string, AnalysedArticle>();

/** A fixture article analysed by the pipeline, as jobs hand it to the store (analysed once per run). */
function article(file: string, published: string | null, id = file, text = fixture(file)): AnalysedArticle {
  const key = JSON.stringify([file, published, id]);
  let analysed = analyses.get(key);
  if (!analysed) {
    const input = { id, text, published, title: null, url: null };
    analyses.set(key, (analysed = { input, hash: articleHash(input), readout: analyze(input) }));
  }
  return analysed;
}

async function withStore(factory: StoreFactory, articles: AnalysedArticle[], body: (store: Store) => Promise<void>): Promise<void> {
  const store = await factory.create();
  try {
    if (articles.length) await store.writeArticles(articles);
    await body(store);
  } finally {
    await store.close();
  }
}

const talks = () => [article('talks-announced.txt', '2024-03-04'), article('talks-held.txt', '2024-03-13')];

/**
 * The behaviour every Store adapter must have, registered as node:test tests under `name`. The
 * articles are the fixtures in test/store/fixtures, analysed by the pipeline.
 */
export function storeContract(name: string, factory: StoreFactory): void {
  test(`${name}: an article written reads back, and its state follows its content hash`, async () => {
    await withStore(factory, [], async (store) => {
      const talk = article('talks-announced.txt', '2024-03-04');
      assert.equal(await store.articleState(talk.input.id, talk.hash), 'new');
      const [result] = await store.writeArticles([talk]);
      assert.equal(result.state, 'new');
      assert.ok(result.state === 'new' && result.events === talk.readout.events.length && result.quotes === talk.readout.quotes.length && result.merged === 0);
      assert.equal(await store.articleState(talk.input.id, talk.hash), 'unchanged');
      assert.equal(await store.articleState(talk.input.id, 'another hash'), 'changed');
      assert.equal(await store.articleState('another article', talk.hash), 'new');
      const stats = await store.stats();
      assert.deepEqual([stats.articles, stats.versions, stats.reports, stats.quotes], [1, 1, talk.readout.events.length, talk.readout.quotes.length]);
      assert.deepEqual([stats.firstReported, stats.lastReported], ['2024-03-04', '2024-03-04']);
      const santiago = await store.listEvents({ place: 'Santiago', limit: 10 });
      assert.deepEqual(santiago.map((e) => [e.type, e.status, e.sources]), [['CONSULT', 'planned', 1]]);
    });
  });

  test(`${name}: writing the same articles again changes nothing; an updated article replaces its facts`, async () => {
    await withStore(factory, talks(), async (store) => {
      const before = await store.stats();
      const again = await store.writeArticles([...talks(), ...talks()]);
      assert.deepEqual(again.map((r) => r.state), ['unchanged', 'unchanged', 'unchanged', 'unchanged']);
      assert.deepEqual(await store.stats(), before);

      // The same id with other text (now a phone call): a second version, whose facts replace the first's.
      const [update] = await store.writeArticles([article('call-first.txt', '2024-03-13', 'talks-held.txt')]);
      assert.equal(update.state, 'changed');
      const after = await store.stats();
      assert.deepEqual([after.articles, after.versions], [2, 3]);
      const santiago = await store.listEvents({ place: 'Santiago', type: 'CONSULT', limit: 10 });
      assert.deepEqual(santiago.map((e) => [e.status, e.sources]), [['planned', 1]]);
      assert.deepEqual((await store.listEvents({ cameo: '041', limit: 10 })).map((e) => [e.first_reported, e.sources]), [['2024-03-13', 1]]);
    });
  });

  test(`${name}: talks announced in one article and held in a later one are one event whose story shows both steps`, async () => {
    await withStore(factory, [], async (store) => {
      const results = await store.writeArticles(talks());
      assert.deepEqual(results.map((r) => r.state === 'new' && r.merged > 0), [false, true]);
      const santiago = await store.listEvents({ type: 'CONSULT', place: 'Santiago', limit: 10 });
      assert.deepEqual(santiago.map((e) => [e.status, e.sources, e.first_reported, e.last_reported]), [['occurred', 2, '2024-03-04', '2024-03-13']]);
      const story = (await store.storyOf(santiago[0].id))!;
      assert.deepEqual(story.steps.map((s) => [s.article, s.status]), [['talks-announced.txt', 'planned'], ['talks-held.txt', 'occurred']]);
      assert.equal(story.steps[0].merge.rule, 'new.no-match');
      assert.equal(story.steps[1].merge.rule, 'merge.dyad');
      assert.deepEqual(story.steps[1].merge.shared, ['CHL', 'NOR']);
      assert.ok(story.steps[1].evidence.length > 0 && story.steps[1].evidence.every((e) => e.status === 'occurred' && e.text !== '' && e.rule !== ''));
      assert.ok(['CHL', 'NOR'].every((c) => story.event.participants.some((p) => p.country === c)), JSON.stringify(story.event.participants));
      assert.equal(story.event.place_country, 'CHL');
      assert.equal(await store.storyOf(santiago[0].id + 1000), null);
      // Before the second article the talks were only promised.
      assert.deepEqual((await store.listEvents({ status: 'planned', asOf: '2024-03-05', place: 'Santiago', limit: 10 })).map((e) => e.id), [santiago[0].id]);
      assert.deepEqual(await store.listEvents({ status: 'planned', asOf: '2024-03-14', place: 'Santiago', limit: 10 }), []);
    });
  });

  test(`${name}: talks held weeks after the announced date still join the plan; a plan is not joined by a phone call`, async () => {
    await withStore(factory, [article('talks-announced.txt', '2024-03-04'), article('call-first.txt', '2024-03-11'), article('talks-held.txt', '2024-04-10')], async (store) => {
      const santiago = await store.listEvents({ place: 'Santiago', type: 'CONSULT', limit: 10 });
      assert.deepEqual(santiago.map((e) => [e.date, e.status, e.sources]), [['2024-04-09', 'occurred', 2]]);
      const call = await store.listEvents({ cameo: '041', limit: 10 });
      assert.deepEqual(call.map((e) => [e.date, e.sources]), [['2024-03-11', 1]]);
    });
  });

  test(`${name}: two phone calls on different days between the same sides stay two events`, async () => {
    await withStore(factory, [article('call-first.txt', '2024-03-04'), article('call-second.txt', '2024-03-08')], async (store) => {
      const calls = await store.listEvents({ cameo: '041', participants: [{ side: 'NOR' }, { side: 'CHL' }], limit: 10 });
      assert.deepEqual(calls.map((c) => c.date).sort(), ['2024-03-04', '2024-03-08']);
      assert.ok(calls.every((c) => c.sources === 1));
    });
  });

  test(`${name}: an organisation's meeting set in one article and held in another is one event; a country's two agreements in a week stay two`, async () => {
    const articles = [
      article('cartel-meeting-set.txt', '1987-06-01'), article('tariff-first.txt', '1987-04-09'), article('tariff-second.txt', '1987-04-10'), article('cartel-meeting-held.txt', '1987-06-26'),
    ];
    await withStore(factory, articles, async (store) => {
      const meetings = await store.listEvents({ participants: [participantRef('OPEC')], type: 'CONSULT', limit: 10 });
      assert.deepEqual(meetings.map((e) => [e.date, e.status, e.sources, e.place]), [['1987-06-25', 'occurred', 2, 'Vienna']]);
      assert.equal((await store.storyOf(meetings[0].id))!.steps[1].merge.rule, 'merge.actor-place');
      const agreements = await store.listEvents({ participants: [{ side: 'JPN' }], type: 'AGREE', limit: 10 });
      assert.deepEqual(agreements.map((e) => e.sources), [1, 1]);
    });
  });

  test(`${name}: events filter by type, country, actor, status, dates, place and words`, async () => {
    await withStore(factory, [...talks(), article('call-second.txt', '2024-03-08')], async (store) => {
      const all = await store.listEvents({ limit: 100 });
      assert.ok(all.length >= 3, JSON.stringify(all));
      const ids = async (filter: Omit<Parameters<Store['listEvents']>[0], 'limit'>) => (await store.listEvents({ ...filter, limit: 100 })).map((e) => e.id).sort();
      const where = (test: (e: (typeof all)[number]) => boolean) => all.filter(test).map((e) => e.id).sort();
      const santiago = (await ids({ place: 'Santiago' }))[0];
      const call = (await ids({ cameo: '041' }))[0];
      assert.ok(santiago !== undefined && call !== undefined && santiago !== call);
      assert.deepEqual(await ids({ type: 'CONSULT' }), where((e) => e.type === 'CONSULT'));
      assert.deepEqual(await ids({ status: 'occurred' }), where((e) => e.status === 'occurred'));
      assert.deepEqual(await ids({ cameo: '04' }), where((e) => e.cameo?.startsWith('04') ?? false));
      assert.ok((await ids({ type: 'CONSULT', participants: [{ side: 'NOR' }, { side: 'CHL' }] })).includes(santiago));
      assert.deepEqual(await ids({ participants: [{ side: 'PRK' }] }), []);
      assert.deepEqual(await ids({ participants: [{ name: 'norw', codes: [] }], place: 'CHL' }), [santiago]);
      assert.deepEqual(await ids({ participants: [{ name: 'no such actor', codes: ['NOR'] }], place: 'Santiago' }), [santiago]);
      assert.deepEqual(await ids({ participants: [{ name: 'no such actor', codes: ['XYZ'] }] }), []);
      const days = await ids({ from: '2024-03-10', to: '2024-03-12' });
      assert.ok(days.includes(santiago) && !days.includes(call), JSON.stringify(days));
      assert.deepEqual(await ids({ to: '2024-02-01' }), []);
      assert.deepEqual(await ids({ from: '2024-08-01' }), []);
      assert.deepEqual(await ids({ text: 'fisheries agreement' }), [santiago]);
      assert.deepEqual(await ids({ text: 'agreement fisheries' }), []);
      for (const pattern of ['%', '_']) {
        assert.deepEqual(await ids({ participants: [{ name: pattern, codes: [] }] }), [], pattern);
        assert.deepEqual(await ids({ place: pattern }), [], pattern);
        assert.deepEqual(await ids({ cameo: pattern }), [], pattern);
      }
      assert.equal((await store.listEvents({ limit: 1 })).length, 1);
    });
  });

  test(`${name}: quotes by words (a phrase) and speaker; actors by kind, country and name`, async () => {
    await withStore(factory, talks(), async (store) => {
      const quotes = await store.listQuotes({ text: 'frank discussion', limit: 10 });
      assert.deepEqual(quotes.map((q) => [q.kind, q.speaker, q.article]), [['direct', 'a ministry spokesperson', 'talks-announced.txt']]);
      assert.deepEqual(await store.listQuotes({ text: 'discussion frank', limit: 10 }), []);
      assert.deepEqual((await store.listQuotes({ speaker: { name: 'spokesperson', codes: [] }, limit: 10 })).map((q) => q.id), quotes.map((q) => q.id));
      assert.deepEqual(await store.listQuotes({ text: 'frank discussion', to: '2024-03-03', limit: 10 }), []);
      assert.deepEqual(await store.listQuotes({ text: 'frank discussion', from: '2024-03-05', limit: 10 }), []);
      assert.equal((await store.listQuotes({ text: 'frank discussion', from: '2024-03-04', to: '2024-03-04', limit: 10 })).length, 1);

      const countries = await store.listActors({ kind: 'country', limit: 10 });
      assert.ok(['NOR', 'CHL'].every((c) => countries.some((a) => a.cameo === c && a.articles === 2 && a.events >= 1)), JSON.stringify(countries));
      assert.deepEqual((await store.listActors({ country: 'NOR', name: 'orwa', limit: 10 })).map((a) => a.name), ['Norway']);
      assert.ok((await store.listActors({ limit: 100 })).every((a) => a.kind !== 'anonymous'));
      // Names are text as written: % and _ are no wildcards.
      for (const name of ['%', '_', 'N_rway', 'Nor%']) assert.deepEqual(await store.listActors({ name, limit: 10 }), [], name);
      const sources = await store.listActors({ kind: 'anonymous', limit: 100 });
      assert.ok(sources.some((a) => a.quotes >= 1), JSON.stringify(sources));
    });
  });

  test(`${name}: events without a day come last in every order, a page at a time too`, async () => {
    // Articles without a publication day, beside dated ones, give events without a day.
    await withStore(factory, [...talks(), article('call-second.txt', null, 'undated-call'), article('summit-held.txt', null, 'undated-summit')], async (store) => {
      for (const order of ['latest', 'earliest', 'sources'] as const) {
        const listed = await store.listEvents({ limit: 100, order });
        const undated = listed.filter((e) => e.first_reported === null);
        assert.ok(undated.length >= 2 && undated.length < listed.length && listed.slice(-undated.length).every((e) => e.first_reported === null), `${order}: ${JSON.stringify(listed)}`);
        const paged: number[] = [];
        for (let page = await store.pageEvents({ limit: 1, order }); ; page = await store.pageEvents({ limit: 1, order, after: page.next! })) {
          paged.push(...page.events.map((e) => e.id));
          if (!page.next) break;
        }
        assert.deepEqual(paged, listed.map((e) => e.id), order);
      }
    });
  });

  test(`${name}: events page and sort; counts per period, dyads and places follow the filter`, async () => {
    await withStore(factory, [...talks(), article('call-first.txt', '2024-03-04'), article('call-second.txt', '2024-03-08')], async (store) => {
      const all = await store.listEvents({ limit: 100 });
      // Pages of two in each order, each starting after the last row of the one before, give the whole listing.
      for (const order of ['latest', 'earliest', 'sources'] as const) {
        const whole = await store.listEvents({ limit: 100, order });
        const paged: number[] = [];
        for (let page = await store.pageEvents({ limit: 2, order }); ; page = await store.pageEvents({ limit: 2, order, after: page.next! })) {
          paged.push(...page.events.map((e) => e.id));
          if (!page.next) break;
        }
        assert.deepEqual(paged, whole.map((e) => e.id), order);
      }
      assert.ok(all.length > 2 && (await store.pageEvents({ limit: all.length })).next === null, 'the last page has no next key');
      const earliest = await store.listEvents({ limit: 100, order: 'earliest' });
      assert.deepEqual(new Set(earliest.map((e) => e.id)), new Set(all.map((e) => e.id)));
      assert.ok(earliest[0].first_reported! <= earliest.at(-1)!.first_reported!, JSON.stringify(earliest));
      const bySources = await store.listEvents({ limit: 100, order: 'sources' });
      assert.deepEqual(bySources.map((e) => e.sources), [...bySources.map((e) => e.sources)].sort((a, b) => b - a));

      const counts = await store.countEvents({}, 'month');
      assert.equal(counts.reduce((n, c) => n + c.events, 0), all.length);
      assert.ok(counts.every((c) => /^\d{4}-\d\d$/.test(c.period!)) && counts.some((c) => c.period === '2024-03'), JSON.stringify(counts));
      const consults = await store.countEvents({ type: 'CONSULT' }, 'day');
      assert.deepEqual(consults.reduce((n, c) => n + c.events, 0), all.filter((e) => e.type === 'CONSULT').length);
      assert.ok(consults.every((c) => c.type === 'CONSULT' && /^2024-03-\d\d$/.test(c.period!)), JSON.stringify(consults));

      const dyads = await store.eventDyads({}, 100);
      assert.ok(dyads.some((d) => d.type === 'CONSULT' && [d.actor.country, d.recipient.country].sort().join() === 'CHL,NOR'), JSON.stringify(dyads));
      assert.deepEqual(await store.eventDyads({ participants: [{ side: 'PRK' }] }, 100), []);
      const places = await store.eventPlaces({}, 10);
      assert.deepEqual(places.filter((p) => p.name === 'Santiago').map((p) => [p.country, p.events]), [['CHL', 1]]);

      const norway = (await store.listActors({ name: 'Norway', kind: 'country', limit: 1 }))[0];
      assert.deepEqual(await store.actorOf(norway.id), norway);
      assert.equal(await store.actorOf(norway.id + 100000), null);
      const withNorway = await store.listEvents({ participants: [{ actorId: norway.id }], limit: 100 });
      assert.ok(withNorway.length >= 1 && withNorway.length === norway.events, JSON.stringify([withNorway, norway]));
    });
  });

  test(`${name}: an article reads back with its text and facts on their characters; articles are found by words`, async () => {
    await withStore(factory, talks(), async (store) => {
      const held = (await store.articleOf('talks-held.txt'))!;
      assert.equal(held.text, fixture('talks-held.txt'));
      assert.ok(['actor', 'event', 'status', 'quote'].filter((l) => held.facts.some((f) => f.layer === l)).length >= 3, JSON.stringify(held.facts));
      assert.ok(held.facts.every((f) => f.start >= 0 && f.end <= held.text.length && f.start < f.end && f.label !== ''));
      assert.ok(held.facts.filter((f) => f.layer === 'actor').some((f) => held.text.slice(f.start, f.end) === 'Norway'), JSON.stringify(held.facts));
      const event = held.facts.find((f) => f.layer === 'event' && f.label.startsWith('CONSULT'))!;
      assert.ok(event.rule, JSON.stringify(event));
      assert.equal((await store.storyOf(event.ref))!.event.type, 'CONSULT');
      assert.equal(await store.articleOf('no-such-article'), null);

      const hits = await store.searchArticles('fisheries agreement', 10);
      assert.ok(hits.length >= 1 && hits.every((h) => h.snippet.includes('«')), JSON.stringify(hits));
      assert.deepEqual(await store.searchArticles('agreement" OR "a', 10), []);
      assert.deepEqual(await store.searchArticles('zzzz nothing', 10), []);
    });
  });

  test(`${name}: the export stream gives every event with its participants and reports, oldest first`, async () => {
    await withStore(factory, [...talks(), article('call-second.txt', '2024-03-08')], async (store) => {
      const exported = [];
      for await (const e of store.exportEvents()) exported.push(e);
      assert.equal(exported.length, (await store.stats()).events);
      const days = exported.map((e) => (e.event.earliest ?? e.event.first_reported)!);
      assert.deepEqual(days, [...days].sort());
      const talk = exported.find((e) => e.event.place?.name === 'Santiago')!;
      assert.deepEqual([talk.event.type, talk.event.status, talk.event.sources, talk.event.mentions], ['CONSULT', 'occurred', 2, 2]);
      assert.equal(talk.event.place!.country, 'CHL');
      assert.deepEqual(talk.reports.map((r) => r.article), ['talks-announced.txt', 'talks-held.txt']);
      assert.ok(talk.reports.every((r) => r.text !== ''));
      assert.ok(['CHL', 'NOR'].every((c) => talk.actors.some((a) => a.country === c)), JSON.stringify(talk.actors));
      assert.ok(Array.isArray(talk.event.context));
      // Asked for by id, the stream gives just those events, as the whole export gives them, in the same order.
      const chosen = [exported[exported.length - 1], exported[0]].map((e) => e.event.id);
      const some = [];
      for await (const e of store.exportEvents(chosen)) some.push(e);
      assert.deepEqual(some, [exported[0], exported[exported.length - 1]]);
    });
  });

  test(`${name}: a store closed and opened again holds what was written`, async () => {
    const store = await factory.create();
    await store.writeArticles(talks());
    const stats = await store.stats();
    await store.close();
    const again = await factory.reopen(store.location);
    try {
      assert.deepEqual(await again.stats(), stats);
      const [held] = talks().slice(1);
      assert.equal(await again.articleState(held.input.id, held.hash), 'unchanged');
    } finally {
      await again.close();
    }
  });

  test(`${name}: the data version changes with every write, its own or another connection's, and not with reads`, async () => {
    const store = await factory.create();
    const other = await factory.reopen(store.location);
    try {
      // PostgreSQL's version is the cluster's write-ahead log position, which the other test files'
      // writes move too: a read leaving it unchanged in one of a few tries is enough; one that
      // always moved it would fail every try.
      let unchanged = false;
      let start = '';
      for (let attempt = 0; attempt < 5 && !unchanged; attempt++) {
        start = await store.dataVersion();
        await store.listEvents({ limit: 5 });
        await store.stats();
        unchanged = (await store.dataVersion()) === start;
      }
      assert.ok(unchanged, 'reads changed the data version');
      await store.writeArticles([talks()[0]]);
      const afterOwn = await store.dataVersion();
      assert.notEqual(afterOwn, start);
      await other.writeArticles([talks()[1]]);
      assert.notEqual(await store.dataVersion(), afterOwn);
    } finally {
      await other.close();
      await store.close();
    }
  });
}
