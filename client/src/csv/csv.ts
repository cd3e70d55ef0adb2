/**
 * A small RFC 4180 CSV writer for exports generated in the browser. Excel only reads UTF-8 (and so Chinese) when the
 * file starts with a byte-order mark, and it expects CRLF line ends; fields are quoted only when they must be.
 */
import { downloadBlob } from '../ui/download';

export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

/** One field: quoted when it holds a comma, a quote, a line break or leading/trailing space; quotes doubled. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the header first) as CSV text, CRLF between rows, without the BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The CSV as a Blob Excel opens with the right encoding. */
export function csvBlob(rows: readonly (readonly CsvCell[])[]): Blob {
  return new Blob([BOM + toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}

/** Offer the rows as a file download. */
export function downloadCsv(fileName: string, rows: readonly (readonly CsvCell[])[]): void {
  downloadBlob(csvBlob(rows), fileName);
}
