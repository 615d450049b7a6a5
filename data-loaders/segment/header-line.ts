// What a line near the top of a saved article is: its headline, page furniture (section names,
// "Listen Live", timestamps, bylines, bullets) or the start of the body. The rules describe shapes of
// lines, not particular sites, so they carry over to articles saved from other publishers.
import { matchDateline } from "./dateline.ts";
import { isSpace } from "./whitespace.ts";

export type HeaderLineKind = "headline" | "boilerplate" | "body";

/** Longer lines are body text: headlines run to about 150 characters. */
const MAX_HEADLINE_CHARS = 250;
const MIN_HEADLINE_WORDS = 4;
/** A line ending in a period with this many words reads like a sentence of the story. */
const BODY_SENTENCE_WORDS = 12;

const DATE_WORDS = new Set(
  (
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday " +
    "mon tue tues wed thu thur thurs fri sat sun am pm a m p gmt utc kst jst est edt cst cdt pst pdt cet cest bst ist " +
    "st nd rd th updated update published publish posted last modified date time in on at of ago hour hours " +
    "minute minutes min mins day days week weeks h"
  ).split(" "),
);
/** First words of page controls ("Skip to main content", "Sign up for our newsletter", "Back to top"). */
const INTERFACE_VERBS = new Set(
  (
    "skip jump go back sign log subscribe share follow click tap read watch listen download print email " +
    "tweet search toggle close open accept advertisement menu home login register comment comments leave"
  ).split(" "),
);
const MAX_INTERFACE_WORDS = 6;
const VERB_LIKE =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|say|says|said|to|do|does|did|not)$/i;

/**
 * Classifies one trimmed line from the top of an article.
 * @example
 * classifyHeaderLine("Listen Live") // "boilerplate"
 * classifyHeaderLine("US to coordinate North Korea sanctions with Asian allies") // "headline"
 */
export function classifyHeaderLine(line: string): HeaderLineKind {
  if (line.length > MAX_HEADLINE_CHARS) return "body";
  if (/^[-–—•*·▪►]\s/.test(line)) return "boilerplate"; // a bullet, e.g. of "Key Takeaways"
  const wordCount = countWords(line);
  if (readsLikeBody(line, wordCount)) return "body";
  if (isMostlyDate(line)) return "boilerplate";
  const label = /^([^:]{1,30}):\s*(.*)$/.exec(line);
  if (label && isNavigationLabel(label[1], label[2])) return "boilerplate";
  if (wordCount < MIN_HEADLINE_WORDS) return "boilerplate";
  if (wordCount <= MAX_INTERFACE_WORDS && INTERFACE_VERBS.has(firstWord(line))) return "boilerplate";
  if (!/\p{Ll}/u.test(line) && wordCount <= 5) return "boilerplate"; // all-caps navigation
  if (/©|\bcopyright\b|\b(?:photo|image|credit|source)s?\s*:|https?:\/\/|www\.|\S@\S/i.test(line)) return "boilerplate";
  if ((line.match(/[|»›]/g)?.length ?? 0) >= 2) return "boilerplate"; // breadcrumbs
  if (wordCount <= 8 && isBylineOrSection(line, wordCount)) return "boilerplate";
  return "headline";
}

/** "By Jane Doe and John Roe"; or a section name in title case without a verb: "Asia Pacific Security News". */
function isBylineOrSection(line: string, wordCount: number): boolean {
  const words = line.split(/\s+/).filter((token) => /\p{L}/u.test(token));
  if (/^By\s+\p{Lu}/u.test(line) && words.every((w) => /^(?:\p{Lu}|and$)/u.test(w))) return true;
  return wordCount <= 5 && !line.includes("?") && words.every((w) => /^\P{Ll}/u.test(w)) && !hasVerbLikeWord(words);
}

function firstWord(line: string): string {
  return (/^\p{L}+/u.exec(line)?.[0] ?? "").toLowerCase();
}

/** Whitespace-separated tokens holding a letter; a letter is ASCII or any code unit from U+00C0 outside punctuation. */
function countWords(line: string): number {
  let words = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isSpace(code)) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && isLetter(code)) {
      words++;
      counted = true;
    }
  }
  return words;
}

function isLetter(code: number): boolean {
  if (code < 0xc0) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0xaa || code === 0xba;
  return code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f);
}

/** "07:05 GMT27 October 2020", "Updated in: 28 February 2024 - 12:38": numbers and date words only. */
function isMostlyDate(line: string): boolean {
  // Most lines hold no digit: no need to cut them into words.
  if (!/\d/.test(line)) return false;
  const tokens = line.match(/\p{L}+|\d+/gu) ?? [];
  let other = 0;
  for (const token of tokens) if (!/\d/.test(token) && !DATE_WORDS.has(token.toLowerCase())) other++;
  return other <= 1;
}

/**
 * "READ MORE: …", "WATCH: …", "News ID: 77070": an all-caps word label (not an acronym such as
 * "UN: …", which starts real headlines), or any short label before a bare number or date.
 */
function isNavigationLabel(label: string, rest: string): boolean {
  const labelWords = label.trim().split(/\s+/);
  if (labelWords.length > 3) return false;
  const capsWords = /\p{L}/u.test(label) && !/\p{Ll}/u.test(label);
  if (capsWords && (labelWords.length > 1 || label.trim().length >= 5)) return true;
  return rest === "" || /^[\d\s.,:/-]+$/.test(rest) || isMostlyDate(rest);
}

/** A sentence of the story: it opens with a dateline, or ends with a period after many words or another sentence. */
function readsLikeBody(line: string, words: number): boolean {
  if (matchDateline(line, 0, line.length) !== null) return true;
  if (!endsWithPeriod(line)) return false;
  return words >= BODY_SENTENCE_WORDS || /[a-z0-9][.?!]["'”’]?\s+["'“‘]?\p{Lu}/u.test(line.slice(0, -1));
}

/** Ends with "." and optional closing quotes, but not with an ellipsis "...". */
function endsWithPeriod(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && "\"'”’)".includes(line[i])) i--;
  return line[i] === "." && line[i - 1] !== ".";
}

/** Auxiliaries, -ed/-ing forms and third-person -s ("Fires", "Says"; not "Analysis", "News", "Congress"). */
function hasVerbLikeWord(words: string[]): boolean {
  return words.some((w) => VERB_LIKE.test(w) || /\p{Ll}{2,}(?:ed|ing|es)$/u.test(w) || /[^siuw]s$/.test(w));
}
