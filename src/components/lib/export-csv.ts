// A figure's rows as CSV (RFC 4180): the same text from the CLI and from the page's download menu.
import { columnsOf, type FigureRow } from "./rows.js";

// Quoted only when needed, so plain values stay plain; quotes from articles often hold commas and newlines.
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header plus one line per row; columns in first-seen order with `doc` and `quote` last; CRLF line ends. */
export function toCsv(rows: readonly FigureRow[]): string {
  const columns = columnsOf(rows);
  if (!columns.includes("doc")) columns.push("doc");
  if (!columns.includes("quote")) columns.push("quote");
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
