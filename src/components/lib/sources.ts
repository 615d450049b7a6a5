// Source lines and as-of dates, from the documents a figure's rows actually come from.
import { documentIndex, type CorpusLike } from "./corpus.js";
import { dayParts } from "./dates.js";

/** Publisher names (or titles, or file names) of the given docs, each once, in the order given. */
export function sourceNames(docs: readonly string[], data: CorpusLike): string[] {
  const index = documentIndex(data);
  const names: string[] = [];
  for (const doc of docs) {
    if (!doc) continue;
    const record = index.get(doc);
    const name = record?.publisher || record?.title || doc;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** "Source: News1, computed by the pipeline" — the line every figure ends with. */
export function sourceLine(docs: readonly string[], data: CorpusLike): string {
  const names = sourceNames(docs, data);
  return `Source: ${names.length ? names.join("; ") : "no articles"}, computed by the pipeline`;
}

/**
 * The day the figure is current to: `override` when given, else the latest publication day among its docs,
 * else among all documents; null when nothing is dated.
 */
export function asOfDay(docs: readonly string[], data: CorpusLike, override?: string | null): string | null {
  if (override) return override;
  const index = documentIndex(data);
  const days = (records: Iterable<string>) =>
    [...records].map((d) => index.get(d)?.published?.last).filter((d): d is string => dayParts(d) !== null);
  const own = days(docs);
  const all = own.length ? own : days(index.keys());
  return all.length ? all.reduce((a, b) => (b > a ? b : a)) : null;
}
