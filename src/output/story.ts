import type { Story } from '../store/store.js';
import { safeText } from './safe-text.js';

/** A storyline for the terminal: the event, then each report with its status steps and why it joined. */
export function formatStory({ event, steps }: Story): string {
  const who = (role: string) =>
    event.participants
      .filter((p) => p.role === role)
      .map((p) => `${p.name}${p.country || p.sector ? ` (${[p.country, p.sector].filter(Boolean).join(' ')})` : ''}`)
      .join(', ');
  const days = event.earliest && event.latest ? (event.earliest === event.latest ? event.earliest : `${event.earliest} … ${event.latest}`) : (event.date ?? 'undated');
  const lines = [
    `Event ${event.id} · ${event.type}${event.cameo ? ` (CAMEO ${event.cameo})` : ''} · ${event.status} · ${days}${event.place ? ` · ${event.place}${event.place_country ? `, ${event.place_country}` : ''}` : ''}`,
    `  ${who('actor') || '?'} → ${who('recipient') || '—'}`,
    `  ${steps.length} report${steps.length === 1 ? '' : 's'} in ${event.sources} article${event.sources === 1 ? '' : 's'}, ${event.first_reported ?? '?'} to ${event.last_reported ?? '?'}`,
    '',
  ];
  for (const step of steps) {
    lines.push(`${step.published ?? 'undated'}  ${step.article}${step.title ? ` — ${step.title}` : ''}`);
    lines.push(`  ${step.status.padEnd(10)} ${step.date ?? ''}  “${oneLine(step.text)}”`);
    for (const e of step.evidence) lines.push(`    ${e.status.padEnd(10)} “${oneLine(e.text)}” (${e.rule})`);
    lines.push(`    ${mergeNote(step.merge)}`);
  }
  return safeText(lines.join('\n')) + '\n';
}

function mergeNote(reason: Story['steps'][number]['merge']): string {
  switch (reason.rule) {
    case 'merge.dyad':
      return `joined: same type, same sides (${reason.shared?.join(', ')}), dates agree (${reason.window?.start} … ${reason.window?.end})`;
    case 'merge.actor-place':
      return `joined: same type, same actor (${reason.shared?.join(', ')}) at the same place, dates compatible (${reason.window?.start} … ${reason.window?.end})`;
    case 'merge.actor-date':
      return `joined: same type, same actor (${reason.shared?.join(', ')}), dates in the text agree within a week (${reason.window?.start} … ${reason.window?.end})`;
    case 'new.no-window':
      return 'first report (no date to compare, so never merged)';
    case 'new.no-participants':
      return 'first report (no actors to compare, so never merged)';
    default:
      return `first report (${reason.candidates ?? 0} stored event${reason.candidates === 1 ? '' : 's'} of this type shared a side and dates, none matched)`;
  }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}
