import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * CPU seconds wink-nlp takes to read `texts` with an empty pipeline (its tokenizer only): the yardstick
 * issue 17 measures Readout against, run in the same process so that the ratio holds on a busy machine.
 */
export function benchWinkReadDoc(texts: string[]): { cpuSeconds: number; tokens: number } {
  const nlp = winkNLP(model, []);
  nlp.readDoc('Warm up the tokenizer.');
  let tokens = 0;
  const start = process.cpuUsage();
  for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
  const cpu = process.cpuUsage(start);
  return { cpuSeconds: (cpu.user + cpu.system) / 1e6, tokens };
}
