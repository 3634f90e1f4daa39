/** The days an event's date can fall in, as ISO dates (inclusive). */
export interface Window {
  start: string;
  end: string;
}

const DAY = 86_400_000;

/** How far from publication an undated report may reach: back for what happened, ahead for plans. */
const UNDATED_PAST_DAYS = 7;
const UNDATED_FUTURE_DAYS = 90;
const UNDATED_SHELVED_PAST_DAYS = 60;
/** A bound on one side only ("by August", "after the vote") reaches this far to the other. */
const OPEN_BOUND_DAYS = 30;

const FORWARD_STATUSES = new Set(['planned', 'requested', 'intended', 'possible', 'hypothetical']);

/**
 * The window of one report: its resolved date bounds where the times layer gave them, otherwise
 * a span around publication that depends on the status (a plan lies ahead; a shelved plan was
 * made before and pointed ahead). Null when there is nothing to anchor it: such reports never merge.
 */
export function reportWindow(
  date: { earliest: string | null; latest: string | null },
  status: string,
  published: string | null,
): Window | null {
  const window = dateWindow(date) ?? undatedWindow(status, published);
  // A plan lies ahead of the report that announces it, whatever span its date names ("in the spring").
  if (window && published && FORWARD_STATUSES.has(status) && window.start < published) {
    return published <= window.end ? { start: published, end: window.end } : null;
  }
  return window;
}

function dateWindow(date: { earliest: string | null; latest: string | null }): Window | null {
  if (date.earliest && date.latest) {
    const [start, end] = [day(date.earliest), day(date.latest)].sort();
    return { start, end };
  }
  if (date.latest) return { start: shift(day(date.latest), -OPEN_BOUND_DAYS), end: day(date.latest) };
  if (date.earliest) return { start: day(date.earliest), end: shift(day(date.earliest), OPEN_BOUND_DAYS) };
  return null;
}

function undatedWindow(status: string, published: string | null): Window | null {
  if (!published) return null;
  if (FORWARD_STATUSES.has(status)) return { start: published, end: shift(published, UNDATED_FUTURE_DAYS) };
  if (status === 'cancelled') return { start: shift(published, -UNDATED_SHELVED_PAST_DAYS), end: shift(published, UNDATED_FUTURE_DAYS) };
  return { start: shift(published, -UNDATED_PAST_DAYS), end: published };
}

/** How late a plan may still happen: summits slip, and a shelved one may yet be held. */
const SLIP_DAYS = 60;
const SLIPPING_STATUSES = ['planned', 'possible', 'hypothetical', 'cancelled'];

/** The days an event of this status may still fall on: a plan's window stays open after its end. */
export function reachOf(window: Window, status: string): Window {
  return SLIPPING_STATUSES.includes(status) ? { start: window.start, end: shift(window.end, SLIP_DAYS) } : window;
}

/** The days two windows share, or null when they are disjoint. */
export function intersect(a: Window, b: Window): Window | null {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : null;
}

export function windowDays(w: Window): number {
  return Math.round((Date.parse(w.end) - Date.parse(w.start)) / DAY) + 1;
}

function day(value: string): string {
  return value.slice(0, 10);
}

function shift(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * DAY).toISOString().slice(0, 10);
}
