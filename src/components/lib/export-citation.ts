// One line to paste under a slide: figure title, the articles and publishers behind it, as-of date, page URL.
import { documentIndex, type CorpusLike } from "./corpus.js";
import { formatDay } from "./format.js";
import type { FigureRow } from "./rows.js";
import { asOfDay } from "./sources.js";

export interface CitationSource {
  data: CorpusLike;
  /** Docs the figure draws on; defaults to the docs of its rows. */
  docs?: readonly string[];
  /** "YYYY-MM-DD"; defaults to the latest publication day among the docs. */
  asOf?: string | null;
  /** Page address; defaults to the current page's in a browser. */
  url?: string;
}

/** The docs of `rows`, each once, in order of first appearance. */
export function docsOfRows(rows: readonly FigureRow[]): string[] {
  return [...new Set(rows.map((r) => r.doc).filter((d): d is string => typeof d === "string" && d !== ""))];
}

function documentLabel(doc: string, data: CorpusLike): string {
  const record = documentIndex(data).get(doc);
  const title = record?.title?.trim() || doc;
  const details = [record?.publisher?.trim(), record?.published?.last ? formatDay(record.published.last) : null];
  const said = details.filter((d): d is string => Boolean(d));
  return said.length ? `“${title}” (${said.join(", ")})` : `“${title}”`;
}

function currentUrl(): string {
  return typeof location !== "undefined" ? location.href.replace(/#.*$/, "") : "";
}

/** "Title. Sources: “Article” (Publisher, 6 Nov 2025); …. As of 6 Nov 2025. https://…" */
export function citationLine(title: string, rows: readonly FigureRow[], source: CitationSource): string {
  const docs = source.docs ?? docsOfRows(rows);
  const sources = docs.length ? docs.map((d) => documentLabel(d, source.data)).join("; ") : "no articles";
  const asOf = asOfDay(docs, source.data, source.asOf);
  const url = source.url ?? currentUrl();
  const parts = [`${title.trim().replace(/\.$/, "")}.`, `Sources: ${sources}.`];
  parts.push(`As of ${asOf ? formatDay(asOf) : "an unknown date"}.`);
  if (url) parts.push(url);
  return parts.join(" ");
}
