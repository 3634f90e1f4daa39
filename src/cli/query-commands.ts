import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Command, InvalidArgumentError, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { parseDate } from '../ingest/readers/records.js';
import { FLAT_COLUMNS, flatRows, ploverRecords } from '../jobs/export.js';
import { cameoCode, findActors, findEvents, findQuotes, ploverType, STATUSES } from '../jobs/queries.js';
import { openStore } from '../jobs/stores.js';
import { renderRows, type RowFormat } from '../output/rows.js';
import { formatStory } from '../output/story.js';
import type { Store } from '../store/store.js';
import { debugging, reportError } from './errors.js';
import { dbOption, positiveInteger } from './options.js';

/** An option whose value `check` validates (returning it normalised, or throwing with the valid values). */
const checkedOption = (flags: string, description: string, check: (value: string) => string) =>
  new Option(flags, description).argParser((value: string) => {
    try {
      return check(value);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
  });
const dateOption = (flags: string, description: string) => checkedOption(flags, description, (value) => parseDate(value, flags.split(' ')[0]));
const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table');
const limitOption = () => new Option('--limit <n>', 'at most this many rows').argParser(positiveInteger).default(50);

/** Runs a query against the store named by --db, read-only, printing what it returns; store errors exit 2. */
async function withStore(path: string, query: (store: Store) => Promise<string>): Promise<void> {
  let store: Store | undefined;
  try {
    store = (await openStore(path, { readOnly: true })).store;
    process.stdout.write(await query(store));
  } catch (err) {
    process.exitCode = reportError(err, process.stderr, debugging());
  } finally {
    await store?.close();
  }
}

export function defineEvents(command: Command): void {
  command
    .addOption(dbOption())
    .option('--actor <name>', 'an actor taking part (name, any part, or CAMEO code such as RUSGOV)')
    .option('--country <ISO3>', 'a country one side stands for')
    .option('--dyad <a,b>', 'two actors or countries that both take part', (value) => {
      const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
      if (parts.length !== 2) throw new InvalidArgumentError('expected two names or codes separated by a comma');
      return parts;
    })
    .addOption(checkedOption('--type <PLOVER>', 'PLOVER event type, e.g. CONSULT', ploverType))
    .addOption(checkedOption('--cameo <code>', 'CAMEO code or prefix, e.g. 04', cameoCode))
    .addOption(new Option('--status <status>', 'status').choices([...STATUSES]))
    .addOption(dateOption('--as-of <YYYY-MM-DD>', 'the status as reported by this day (with --status planned: promised and not yet done)'))
    .addOption(dateOption('--from <YYYY-MM-DD>', 'events that may fall on or after this day'))
    .addOption(dateOption('--to <YYYY-MM-DD>', 'events that may fall on or before this day'))
    .option('--place <name>', 'place name (any part) or ISO3 country of the place')
    .option('--text <words>', 'words in the clause that reports the event')
    .addOption(new Option('--sort <order>', "by the event's day, latest or earliest first, or most reported first").choices(['latest', 'earliest', 'sources']).default('latest'))
    .addOption(limitOption())
    .addOption(formatOption())
    .action((o) =>
      withStore(o.db, async (store) => {
        const { actor, country, dyad, type, cameo, status, asOf, from, to, place, text, limit } = o;
        const rows = await findEvents(store, { actor, country, dyad, type, cameo, status, asOf, from, to, place, text, limit, order: o.sort });
        if (o.format !== 'table') return renderRows(rows as unknown as Record<string, unknown>[], ['id', 'date', 'status', 'type', 'cameo', 'actors', 'recipients', 'place', 'sources', 'text'], o.format as RowFormat);
        // A terminal table: who and whom in one column, the reported words wrapped in the room left.
        const table = rows.map((e) => ({ id: e.id, date: e.date, status: e.status, type: `${e.type}${e.cameo ? ` ${e.cameo}` : ''}`, 'who → whom': `${e.actors ?? '?'} → ${e.recipients ?? '—'}`, place: e.place, src: e.sources, text: e.text }));
        return renderRows(table, ['id', 'date', 'status', 'type', 'who → whom', 'place', 'src', 'text'], 'table', { width: Math.min(process.stdout.columns || 120, 160), wrap: 'text', cellMax: 28 });
      }),
    );
}

export function defineStory(command: Command): void {
  command
    .argument('<event-id>', 'the id that readout events prints', positiveInteger)
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((id: number, o) =>
      withStore(o.db, async (store) => {
        const story = await store.storyOf(id);
        if (!story) throw new Error(`no event ${id} in ${o.db}`);
        return o.format === 'json' ? JSON.stringify(story, null, 2) + '\n' : formatStory(story);
      }),
    );
}

export function defineQuotes(command: Command): void {
  command
    .addOption(dbOption())
    .option('--speaker <name>', 'speaker name (any part) or CAMEO code')
    .option('--text <words>', 'words in the quote (a phrase)')
    .addOption(dateOption('--from <YYYY-MM-DD>', 'published on or after this day'))
    .addOption(dateOption('--to <YYYY-MM-DD>', 'published on or before this day'))
    .addOption(limitOption())
    .addOption(formatOption())
    .action((o) =>
      withStore(o.db, async (store) =>
        renderRows((await findQuotes(store, { speaker: o.speaker, text: o.text, from: o.from, to: o.to, limit: o.limit })) as unknown as Record<string, unknown>[], ['id', 'published', 'speaker', 'kind', 'cue', 'content', 'article'], o.format as RowFormat),
      ),
    );
}

export function defineActors(command: Command): void {
  command
    .addOption(dbOption())
    .option('--name <name>', 'name (any part)')
    .option('--country <ISO3>', 'country')
    .addOption(new Option('--kind <kind>', 'kind of actor').choices(['person', 'organisation', 'country', 'group', 'anonymous']))
    .addOption(limitOption())
    .addOption(formatOption())
    .action((o) =>
      withStore(o.db, async (store) =>
        renderRows((await findActors(store, { name: o.name, country: o.country, kind: o.kind, limit: o.limit })) as unknown as Record<string, unknown>[], ['id', 'kind', 'name', 'title', 'country', 'sector', 'cameo', 'articles', 'events', 'quotes'], o.format as RowFormat),
      ),
    );
}

export function defineExport(command: Command): void {
  command
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'export format').choices(['plover', 'tsv', 'csv']).default('plover'))
    .option('--out <file>', 'write here instead of standard output')
    .action(async (o) => {
      let store: Store | undefined;
      try {
        store = (await openStore(o.db, { readOnly: true })).store;
        const out: Writable = o.out ? await openOutput(o.out) : process.stdout;
        for await (const line of exportLines(store, o.format)) if (!out.write(line)) await once(out, 'drain');
        if (o.out) {
          out.end();
          await once(out, 'finish');
        }
      } catch (err) {
        process.exitCode = reportError(err, process.stderr, debugging());
      } finally {
        await store?.close();
      }
    });
}

/** A file to write, opened before anything is read, so that a bad path is one error line and not a crash. */
async function openOutput(path: string): Promise<Writable> {
  const out = createWriteStream(path);
  try {
    await once(out, 'open');
  } catch (err) {
    throw new Error(`${path}: cannot write here: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (err as Error).message}`);
  }
  return out;
}

async function* exportLines(store: Store, format: 'plover' | 'tsv' | 'csv'): AsyncGenerator<string> {
  if (format === 'plover') {
    for await (const record of ploverRecords(store, 'readout')) yield JSON.stringify(record) + '\n';
    return;
  }
  const delimiter = format === 'tsv' ? '\t' : ',';
  // TSV cells cannot hold tabs or newlines, so they become spaces; CSV quotes them instead.
  const clean = (v: string | number | null) => (v === null ? '' : format === 'tsv' ? String(v).replace(/[\t\r\n]+/g, ' ') : v);
  yield format === 'tsv' ? FLAT_COLUMNS.join('\t') + '\n' : stringify([[...FLAT_COLUMNS]]);
  for await (const row of flatRows(store)) yield format === 'tsv' ? row.map(clean).join(delimiter) + '\n' : stringify([row.map(clean)]);
}
