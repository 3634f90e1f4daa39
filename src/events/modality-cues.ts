import { readDataRows } from '../knowledge/data-files.js';

/** What a word that governs an event says of it (data/events/modality-cues.tsv). */
export type ModalityReading =
  | 'cancelled' | 'denied' | 'refused' | 'possible' | 'requested' | 'intended' | 'planned' | 'report'
  | 'conditional' | 'planned-word' | 'possible-word' | 'modal-possible' | 'modal-future';

interface Cue {
  reading: ModalityReading;
  /** Particles one of which must follow ("call on", "call off"); empty: none needed. */
  particles: string[];
}

let cues: Map<string, Cue[]> | null = null;

function cuesOf(word: string): Cue[] {
  if (!cues) {
    cues = new Map();
    for (const [lemma, reading, particles] of readDataRows('events/modality-cues.tsv')) {
      cues.set(lemma, [...(cues.get(lemma) ?? []), { reading: reading as ModalityReading, particles: particles ? particles.split('|') : [] }]);
    }
  }
  return cues.get(word) ?? [];
}

/**
 * Whether `word` (a lemma, or a form for modifiers such as "planned") has `reading`; a reading
 * that needs a particle ("call on") has it only when one of its particles is among `next`.
 */
export function hasReading(word: string, reading: ModalityReading, ...next: (string | undefined)[]): boolean {
  return cuesOf(word).some((c) => c.reading === reading && (c.particles.length === 0 || next.some((n) => n !== undefined && c.particles.includes(n))));
}
