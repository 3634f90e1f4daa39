import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import { safeText } from './safe-text.js';

export type RowFormat = 'table' | 'json' | 'csv';

/** Longest cell in a terminal table; JSON and CSV keep every character. */
const TABLE_CELL_MAX = 70;

export interface TableFit {
  /** Characters the table may use (a terminal's columns). */
  width: number;
  /** The column that takes the room left and wraps its words. */
  wrap: string;
  /** Longest cell of the other columns. */
  cellMax?: number;
}

/**
 * Query results as an aligned table, a JSON array, or CSV with a header row. With `fit`, the table
 * stays within the width: the other columns keep their longest cell (up to `cellMax`), and the
 * wrap column takes the rest and wraps.
 */
export function renderRows(rows: Record<string, unknown>[], columns: string[], format: RowFormat, fit?: TableFit): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'csv') return stringify(rows, { header: true, columns });
  const colWidths = fit ? fitWidths(rows, columns, fit) : [];
  const table = new Table({
    head: columns,
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    ...(fit ? { colWidths, wordWrap: true, wrapOnWordBoundary: true } : {}),
  });
  for (const row of rows) table.push(columns.map((c) => (fit ? flat(row[c]) : cell(row[c]))));
  return `${table.toString()}\n${rows.length} row${rows.length === 1 ? '' : 's'}\n`;
}

/** A cell's text on one line, escaped so stored text cannot drive the terminal. */
function flat(value: unknown): string {
  return value === null || value === undefined ? '' : safeText(String(value).replace(/\s+/g, ' '));
}

function cell(value: unknown): string {
  const text = flat(value);
  return text.length > TABLE_CELL_MAX ? `${text.slice(0, TABLE_CELL_MAX - 1)}…` : text;
}

/** Widths (padding included) that fit the table in `fit.width`: one border per column plus one. */
function fitWidths(rows: Record<string, unknown>[], columns: string[], fit: TableFit): number[] {
  const max = fit.cellMax ?? 24;
  const widths = columns.map((c) => Math.min(max, Math.max(c.length, ...rows.map((r) => flat(r[c]).length))) + 2);
  const wrapAt = columns.indexOf(fit.wrap);
  const others = widths.reduce((n, w, i) => (i === wrapAt ? n : n + w), 0);
  widths[wrapAt] = Math.max(fit.wrap.length + 2, 16, fit.width - others - (columns.length + 1));
  return widths;
}
