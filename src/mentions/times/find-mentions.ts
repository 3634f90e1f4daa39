import { periodReading } from './readings.js';
import { DAY_RULES, TIME_RULES } from './rules/configuration.js';
import { compilePattern, compileTrigger, type Reader, type TagAt, type TimeRule } from './rules/rule.js';
import { statedFields } from './explicit-dates.js';

/** A time expression found in a sentence, not yet read: `read` gives its meaning in a context. */
export interface Mention {
  start: number;
  end: number;
  /** The rule that found it; every time in doc.times carries it as evidence. */
  rule: string;
  read: Reader;
}

let compiled: (Omit<TimeRule, 'trigger'> & { re: RegExp; trigger?: RegExp })[] | null = null;

/**
 * Every time expression in one sentence, as non-overlapping mentions: all rules run over the
 * sentence's text, and of overlapping matches the longest is kept (then the earlier rule). Matching
 * inside one sentence keeps an expression from running across a sentence boundary.
 */
export function findMentions(text: string, sentence: { start: number; end: number }, tagAt: TagAt): Mention[] {
  compiled ??= TIME_RULES.map((r) => ({ ...r, re: compilePattern(r.pattern), trigger: r.trigger === undefined ? undefined : compileTrigger(r.trigger) }));
  const slice = text.slice(sentence.start, sentence.end);
  const found: (Mention & { order: number })[] = [];
  const triggered = new Map<RegExp, boolean>();
  compiled.forEach((rule, order) => {
    if (rule.trigger) {
      let pass = triggered.get(rule.trigger);
      if (pass === undefined) triggered.set(rule.trigger, (pass = rule.trigger.test(slice)));
      if (!pass) return;
    }
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      const shifted = Object.assign([...m], { index: m.index + sentence.start, input: text }) as unknown as RegExpExecArray;
      const read = rule.extract(shifted, tagAt);
      if (read) found.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, rule: rule.rule, read, order });
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Mention[] = [];
  for (const f of found) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push({ start: f.start, end: f.end, rule: f.rule, read: f.read });
  }
  return joinClockAndDay(text, kept.sort((a, b) => a.start - b.start));
}

/** "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9": a clock time and the day it falls on are one TIME. */
function joinClockAndDay(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const previous = out[out.length - 1];
    if (previous?.rule === 'time.clock' && DAY_RULES.has(m.rule) && /^\s*,?\s*$/.test(text.slice(previous.end, m.start))) {
      const fields = statedFields(text.slice(previous.start, previous.end))!;
      const day = m.read;
      out[out.length - 1] = {
        start: previous.start,
        end: m.end,
        rule: 'time.clock-day',
        read: (ctx) => {
          const r = day(ctx);
          if (!r) return null;
          const clock = `${String(fields.hour).padStart(2, '0')}:${String(fields.minute ?? 0).padStart(2, '0')}`;
          if (!r.period || r.period.g !== 'day') return { ...r, type: 'TIME', value: `${r.value}T${clock}`, period: null };
          return periodReading({ ...r.period, g: 'minute', hour: fields.hour!, minute: fields.minute ?? 0 }, null, r.relative);
        },
      };
    } else out.push(m);
  }
  return out;
}
