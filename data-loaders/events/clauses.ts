import type { Span } from "../types.ts";

// Boundaries between clauses that can describe different events: "; ", ", but", ", while", ", and in 2020 …",
// "and later", "and then". A ", and" before a capitalized word is a list ("Bluenoroff, and Andariel"), not a clause.
const CLAUSE_BREAK =
  /;\s|,\s+(?:but|while|whereas|although|though)\s|,\s+and\s+(?=[a-z])|\s+and\s+(?:later|then|subsequently)\s/g;

// Inside a clause, commas and parentheses separate the phrases that facts attach to.
const PHRASE_BREAK = /[,;:()\u2013\u2014]|\s-\s/g;

function split(text: string, span: Span, pattern: RegExp): Span[] {
  const parts: Span[] = [];
  const slice = text.slice(span.start, span.end);
  let from = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    if (m.index > from) parts.push({ start: span.start + from, end: span.start + m.index });
    from = m.index + m[0].length;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  if (from < slice.length) parts.push({ start: span.start + from, end: span.end });
  return parts;
}

/** Splits a sentence into clauses that may each carry their own event. */
export function clausesOf(text: string, sentence: Span): Span[] {
  return split(text, sentence, CLAUSE_BREAK);
}

/** Splits a clause into phrases: the nearest trigger in the same phrase claims a fact first. */
export function phrasesOf(text: string, clause: Span): Span[] {
  return split(text, clause, PHRASE_BREAK);
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
