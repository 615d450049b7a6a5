// Short quotes for annotations: a window of the sentence around the words a figure comes from.
import { text } from "./corpus.js";

/**
 * Up to `maxChars` of `sentence` centred on `focus` (the fact's exact words), cut at word boundaries with
 * ellipses, so an annotation cites the source without printing a whole paragraph.
 */
export function shortQuote(sentence: unknown, focus: unknown = "", maxChars = 90): string {
  const whole = text(sentence).replace(/\s+/g, " ").trim();
  if (whole.length <= maxChars) return whole;
  const needle = text(focus).replace(/\s+/g, " ").trim();
  const at = needle ? whole.indexOf(needle) : -1;
  const center = at >= 0 ? at + needle.length / 2 : maxChars / 2;
  let start = Math.max(0, Math.min(whole.length - maxChars, Math.round(center - maxChars / 2)));
  let end = start + maxChars;
  // Move inward to the nearest spaces so no word is cut in half.
  if (start > 0) start = whole.indexOf(" ", start) + 1 || start;
  if (end < whole.length) end = whole.lastIndexOf(" ", end) > start ? whole.lastIndexOf(" ", end) : end;
  const body = whole.slice(start, end).trim();
  return `${start > 0 ? "…" : ""}${body}${end < whole.length ? "…" : ""}`;
}

/** A quote wrapped in typographic quotation marks, trimmed of the marks it already had. */
export function quoted(value: unknown): string {
  const inner = text(value)
    .trim()
    .replace(/^["“‘']+|["”’']+$/g, "")
    .trim();
  return inner ? `“${inner}”` : "";
}
