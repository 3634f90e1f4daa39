import { Command } from 'commander';
import { debugging, reportError } from './errors.js';
import { packageVersion } from './version.js';

/** Adds a command's arguments, options and action to the bare command `main` declared. */
export type CommandDefinition = (command: Command) => void;

/**
 * Every command, by name, with the module that defines it. A command's module (and what it needs:
 * the pipeline, a store adapter, the API server) is loaded only when that command runs or its help
 * is asked for, so `readout --help` loads commander and nothing else.
 */
const COMMANDS: [name: string, description: string, define: () => Promise<CommandDefinition>][] = [
  [
    'analyze',
    'analyse articles: .txt files (one article each), .jsonl files (one {"id","text",...} per line), .csv files with a header, saved web pages (.html, .htm, .gz), feeds (.rss, .atom, JSON Feed), web archives (.warc, .warc.gz), directories of these, http(s) URLs of pages or feeds, or - for standard input',
    async () => (await import('./analyze-command.js')).defineAnalyze,
  ],
  ['ingest', 'analyse articles (the inputs analyze takes) and add them to the store, merging the events they report with those already stored', async () => (await import('./ingest-command.js')).defineIngest],
  ['watch', 'poll feeds and sites (http:// or https:// URLs) and ingest their new articles until stopped (Ctrl-C finishes the batch)', async () => (await import('./watch-command.js')).defineWatch],
  ['events', 'list stored events, latest first', async () => (await import('./query-commands.js')).defineEvents],
  ['story', "an event's history: every report of it in publication order, with the status each gave and the evidence", async () => (await import('./query-commands.js')).defineStory],
  ['quotes', 'list stored quotes, latest first', async () => (await import('./query-commands.js')).defineQuotes],
  ['actors', 'list stored actors, most reported first', async () => (await import('./query-commands.js')).defineActors],
  ['export', 'write every stored event: PLOVER JSON lines, or a CAMEO/GDELT-like table as TSV or CSV', async () => (await import('./query-commands.js')).defineExport],
  ['worker', 'analyse articles from the work queue and write them to the store, until SIGTERM or Ctrl-C (then the batch in hand is finished)', async () => (await import('./queue-commands.js')).defineWorker],
  ['queue', 'the work queue', async () => (await import('./queue-commands.js')).defineQueue],
  ['serve', 'serve the HTTP API (/api, described at /openapi.json) and the web UI over the store', async () => (await import('./serve-command.js')).defineServe],
];

const program = new Command()
  .name('readout')
  .description('Reads news articles and writes down what happened, with the evidence for each fact.')
  .version(packageVersion(), '-V, --version')
  .option('--debug', 'show the stack trace of an error')
  .showHelpAfterError();

const definitions = new Map(COMMANDS.map(([name, description, define]) => [program.command(name).description(description), define]));
// Runs before commander parses the command's own arguments (also for `readout help <command>`).
program.hook('preSubcommand', async (_program, command) => (await definitions.get(command)!())(command));

// A closed pipe (`readout analyze ... | head`) ends the run quietly rather than with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  await program.parseAsync();
} catch (err) {
  process.exitCode = reportError(err, process.stderr, debugging());
}
