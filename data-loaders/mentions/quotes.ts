import type { ActorDraft, QuoteDraft } from "../types.ts";
import { QuoteContext, type Attribution } from "./quotes/context.ts";
import { findQuoteSpans, type QuoteSpan } from "./quotes/marks.ts";
import { SpeakerFinder } from "./quotes/speaker.ts";
import { VerbIndex } from "./quotes/verbs.ts";
import { isSpace } from "../segment/whitespace.ts";
import { quoteDraft } from "./fact-shape.ts";

/** A quotation whose scare-quote flag is always set. */
export type QuoteMention = QuoteDraft & { scare: boolean };

const SCARE_MAX_WORDS = 4;

/** The quoted words without surrounding spaces or the comma English puts before a closing mark. */
function innerValue(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 44)) e--;
  return text.slice(s, e);
}

/** The number of words in text[start, end), counting no further than `max + 1`. */
function wordCount(text: string, start: number, end: number, max: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord && ++words > max) return words;
    inWord = !space;
  }
  return words;
}

// A quoted sentence this long or longer, right after another speaker's quotation, is that speaker's still.
const CONTINUATION_MIN_WORDS = 5;

/**
 * Whether a quotation with no attribution of its own goes on the previous one: a whole quoted sentence in the same
 * paragraph, with only the previous attribution between them ("…,” said Hurley. “Treasury will continue …”).
 */
function continuesSpeech(text: string, previous: QuoteSpan, current: QuoteSpan): boolean {
  const between = text.slice(previous.end, current.start);
  if (between.includes("\n") || between.length > 200) return false;
  if (!/[.!?]\s*$/.test(between) && !/^\s*$/.test(between)) return false;
  return wordCount(text, current.innerStart, current.innerEnd, CONTINUATION_MIN_WORDS) >= CONTINUATION_MIN_WORDS;
}

/**
 * Quotations in a text (straight, curly double and curly single quotation marks) with their speakers, resolved
 * against the actors found in the same text: "…,” stated Kim" → the Kim named before; "he added" → the last speaker;
 * "the newspaper added" → the last newspaper named; "KCNA quoted Kim as saying" → Kim.
 * @example
 * const text = 'Ned Price told reporters: "we won\'t hesitate."';
 * extractQuotes(text, extractActors(text))[0].speaker // "Ned Price"
 */
export function extractQuotes(text: string, actors: readonly ActorDraft[]): QuoteMention[] {
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return [];
  const ctx = new QuoteContext(text, actors, spans);
  const finder = new SpeakerFinder(ctx, new VerbIndex(text, spans));
  const out: QuoteMention[] = [];
  let previous: Attribution | null = null;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    let who = finder.attribute(i, previous);
    if (!who.found && previous?.speaker && continuesSpeech(text, spans[i - 1], span)) who = previous;
    previous = who;
    if (who.speaker) ctx.lastSpeaker = who;
    const value = innerValue(text, span.innerStart, span.innerEnd);
    const scare = who.speaker === null && wordCount(value, 0, value.length, SCARE_MAX_WORDS) <= SCARE_MAX_WORDS;
    out.push(quoteDraft(span.start, span.end, value, who.speaker, who.speaker ? who.span : null, scare));
  }
  return out;
}
