/**
 * Names in all-capital headlines, checked against the same story's body: Reuters-21578 titles are
 * written in capitals, their bodies in ordinary case. A name found in a title counts as right when
 * the body, read in the same run, holds a name of the same text (case-blind) and type; the body's
 * names whose text the title holds are the silver gold. Silver: it measures agreement with the
 * tagger's own reading of ordinary text, not truth, and is meant for before/after comparisons.
 */
import { readFileSync } from 'node:fs';
import { createDocument } from '../../src/model/document.js';
import { namesStage } from '../../src/mentions/names/stage.js';
import { textStage } from '../../src/text/stage.js';
import { prf, type PRF } from './metrics.js';

const SCORED = new Set(['person', 'organisation', 'place', 'country']);
const key = (text: string, type: string) => `${text.toLowerCase()}\t${type === 'country' ? 'place' : type}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Silver precision, recall and F1 of the names of the first `limit` capital-written titles of a Reuters JSON Lines file. */
export function scoreHeadlineNames(path: string, limit: number): PRF & { titles: number } {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let titles = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (titles >= limit || !line) continue;
    const story = JSON.parse(line) as { title?: string; body?: string };
    const title = story.title ?? '';
    if (!story.body || title !== title.toUpperCase() || title.split(/\s+/).length < 4) continue;
    titles++;
    const doc = createDocument({ id: 'headline', text: `${title}\n\n${story.body}`, published: null, title: null, url: null });
    textStage(doc);
    namesStage(doc);
    const scored = doc.entities.filter((e) => SCORED.has(e.type));
    const lowerTitle = title.toLowerCase();
    const silver = new Set(
      scored.filter((e) => e.start > title.length && new RegExp(`(^|[^a-z])${escape(e.text.toLowerCase())}([^a-z]|$)`).test(lowerTitle)).map((e) => key(e.text, e.type)),
    );
    const found = new Set(scored.filter((e) => e.end <= title.length).map((e) => key(e.text, e.type)));
    gold += silver.size;
    predicted += found.size;
    for (const k of found) if (silver.has(k)) tp++;
  }
  return { ...prf(tp, predicted, gold), titles };
}
