import type { Span } from "../types.ts";
import { isSpace } from "../segment/whitespace.ts";

// Boundaries between clauses that can describe different events: "; ", ", but", ", while", ", and in 2020 …",
// "and later", "and then". A ", and" before a capitalized word is a list ("Bluenoroff, and Andariel"), not a clause.
// "and later" breaks from the white space before it (`\s+and …`); searching for the "and" and stepping back over the
// space is twice as fast, since a pattern that starts with `\s` is tried at every space of the sentence.
const CLAUSE_BREAK =
  /;\s|,\s+(?:but|while|whereas|although|though)\s|,\s+and\s+(?=[a-z])|\band\s+(?:later|then|subsequently)\s/g;

// Inside a clause, commas and parentheses separate the phrases that facts attach to.
const PHRASE_BREAK = /[,;:()\u2013\u2014]|\s-\s/g;

/** Where the break `match` starts in `slice`, or -1 when it is none; `from` is where the previous break ended. */
type BreakStart = (slice: string, match: RegExpExecArray, from: number) => number;

const atMatch: BreakStart = (_slice, match) => match.index;

// "and later" breaks from the white space before it, and only when no earlier break took that space.
const fromSpaceBeforeAnd: BreakStart = (slice, match, from) => {
  if (slice.charCodeAt(match.index) !== 97) return match.index;
  let index = match.index;
  while (index > from && isSpace(slice.charCodeAt(index - 1))) index--;
  return index === match.index ? -1 : index;
};

function split(text: string, span: Span, pattern: RegExp, breakStart: BreakStart = atMatch): Span[] {
  const parts: Span[] = [];
  const slice = text.slice(span.start, span.end);
  let from = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const index = breakStart(slice, m, from);
    if (index < 0) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    if (index > from) parts.push({ start: span.start + from, end: span.start + index });
    from = m.index + m[0].length;
  }
  if (from < slice.length) parts.push({ start: span.start + from, end: span.end });
  return parts;
}

/** Splits a sentence into clauses that may each carry their own event. */
export function clausesOf(text: string, sentence: Span): Span[] {
  return split(text, sentence, CLAUSE_BREAK, fromSpaceBeforeAnd);
}

/** Splits a clause into phrases: the nearest trigger in the same phrase claims a fact first. */
export function phrasesOf(text: string, clause: Span): Span[] {
  return split(text, clause, PHRASE_BREAK);
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
