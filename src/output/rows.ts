import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import { safeText } from './safe-text.js';

export type RowFormat = 'table' | 'json' | 'csv';

/** Longest cell in a terminal table; JSON and CSV keep every character. */
const TABLE_CELL_MAX = 70;

/** Query results as an aligned table, a JSON array, or CSV with a header row. */
export function renderRows(rows: Record<string, unknown>[], columns: string[], format: RowFormat): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'csv') return stringify(rows, { header: true, columns });
  const table = new Table({ head: columns, style: { head: [], border: [] }, chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } });
  for (const row of rows) table.push(columns.map((c) => cell(row[c])));
  return `${table.toString()}\n${rows.length} row${rows.length === 1 ? '' : 's'}\n`;
}

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : safeText(String(value).replace(/\s+/g, ' '));
  return text.length > TABLE_CELL_MAX ? `${text.slice(0, TABLE_CELL_MAX - 1)}…` : text;
}
