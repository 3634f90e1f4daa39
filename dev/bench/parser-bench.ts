import { performance } from 'node:perf_hooks';
import type { DocumentModel } from '../../src/model/document.js';
import { tokenRange } from '../../src/model/token-index.js';
import { DependencyParser } from '../../src/text/parser.js';

/**
 * The dependency parser alone on the sentences of analysed documents (their tokens and tags as the
 * pipeline made them): model load time, sentences per second of wall clock and of CPU time (the
 * machine may be shared), and its share of the pipeline's time on all `pipelineSentences`
 * sentences, at the rate measured here.
 */
export function benchParser(docs: DocumentModel[], pipelineSeconds: number, pipelineSentences: number): string[] {
  const loadStart = performance.now();
  const parser = DependencyParser.load();
  const loadMs = performance.now() - loadStart;
  const sentences: { forms: string[]; tags: string[] }[] = [];
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      const [first, last] = tokenRange(doc.tokens, sentence);
      const tokens = doc.tokens.slice(first, last);
      if (tokens.length > 0) sentences.push({ forms: tokens.map((t) => doc.text.slice(t.start, t.end)), tags: tokens.map((t) => t.xpos) });
    }
  }
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  for (const s of sentences) parser.parse(s.forms, s.tags);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return [
    `parser      model loads in ${loadMs.toFixed(0)} ms; ${(sentences.length / seconds).toFixed(0)} sentences/s alone (${(sentences.length / cpuSeconds).toFixed(0)} per CPU second) on ${sentences.length} sentences, about ${(((seconds / sentences.length) * pipelineSentences * 100) / pipelineSeconds).toFixed(0)}% of the pipeline's time`,
  ];
}
