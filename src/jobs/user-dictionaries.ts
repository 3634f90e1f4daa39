import { loadVerbDictionary } from '../events/verb-dictionary.js';
import { loadActorDictionary } from '../knowledge/actor-dictionary.js';
import type { PipelineOptions } from '../pipeline.js';

/** The files of the user's dictionaries (`--actors`, `--verbs`), as a task carries them. */
export interface UserDictionaries {
  actors: readonly string[];
  verbs: readonly string[];
}

/** `load`, keeping the last files read and what they gave: every article of a run names the same files. */
function lastLoaded<T>(load: (files: readonly string[]) => T): (files: readonly string[]) => T {
  let last: { key: string; value: T } | null = null;
  return (files) => {
    const key = files.join('\n');
    if (last?.key !== key) last = { key, value: load(files) };
    return last.value;
  };
}

const actorDictionary = lastLoaded(loadActorDictionary);
const verbDictionary = lastLoaded(loadVerbDictionary);

/**
 * The pipeline options of the user's dictionaries, each read once per thread. The command reads
 * them here before any article (a bad file stops it with one line), so that on one thread the
 * analysis reuses what was read.
 */
export function userDictionaries({ actors, verbs }: UserDictionaries): PipelineOptions {
  const options: PipelineOptions = {};
  if (actors.length) options.actors = actorDictionary(actors);
  if (verbs.length) options.verbs = verbDictionary(verbs);
  return options;
}

/** The lines of the user's dictionaries skipped as unreadable (`file:line: why`), for the command to report. */
export function skippedLines({ actors, verbs }: UserDictionaries): string[] {
  return [...(actors.length ? actorDictionary(actors).skipped : []), ...(verbs.length ? verbDictionary(verbs).skipped : [])];
}
