// What a count counts: the short noun phrase after a number, reduced to a singular lower-case unit.
// "23 ballistic missiles" → "ballistic missile"; "six North Korean individuals" → "individual".
import { isDroppedModifier, isTitleCase } from "./count-modifiers.ts";
import { isMenPlural, PLURALS_WITHOUT_S, singularize } from "./singular.ts";
import { lowerCase } from "../util/lower-case.ts";

/** The unit of a count and where its noun phrase ends. */
export interface CountNoun {
  unit: string;
  end: number;
}

interface Token {
  word: string;
  lower: string;
  end: number;
  quoted: boolean;
  /** Followed by punctuation, a line break or the end: nothing after it joins the phrase. */
  last: boolean;
}

// A word, optionally quoted ("“mixer” companies"), or a dotted abbreviation ("U.S.").
const TOKEN = /[ \t]+(["“‘'])?((?:[A-Z]\.){2,}|[A-Za-z\u00C0-\u024F]+(?:[-'’][A-Za-z\u00C0-\u024F]+)*)(["”’']?)/y;
const MAX_TOKENS = 5;

// Words that cannot sit inside "<number> … <noun>": the phrase ends before them.
const STOP_WORDS = new Set(
  `the a an this that these those its their his her our your my some any no each every all both either neither
  another of in on at to for from by with without into onto over under about against between among during after
  before since until till through across toward towards per via including like near off out up down within upon
  amid despite than as and or but nor so yet if while when where whereas because though although whether that
  which who whom whose what how why it they them we us he she i you me him is are was were be been being has
  have had do does did will would shall should can could may might must said says say told tells added got get
  gets went came took made make makes gave give according also still already even only not never ever again ago
  later earlier now then there here too percent pct am pm o'clock a.m. p.m. same other's one's out involving
  regarding concerning following excluding featuring using`.split(/\s+/),
);

// Words ending in "s" that are not plural nouns.
const NOT_PLURAL = new Set(
  `news gas bus plus atlas alias bias canvas chaos lens physics politics economics ethics logistics mathematics
  this was has is its his hers yes thus less unless across always perhaps sometimes nowadays towards afterwards
  backwards forwards upwards downwards besides whereas nevertheless regardless overseas indoors outdoors whereabouts
  series species means headquarters`.split(/\s+/),
);

function isPossessiveSingular(lower: string): boolean {
  return lower.endsWith("'s") || lower.endsWith("’s");
}

/** The words that can form the noun phrase after `pos`: up to a stop word, a possessive or punctuation. */
function phrase(text: string, pos: number): Token[] {
  const tokens: Token[] = [];
  let at = pos;
  while (tokens.length < MAX_TOKENS) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) break;
    const [whole, open, word, close] = m;
    const lower = lowerCase(word);
    // "US soldiers": an acronym is never the pronoun or preposition it spells.
    const acronym = word.length > 1 && word === word.toUpperCase();
    if ((STOP_WORDS.has(lower) && !acronym) || isPossessiveSingular(lower)) break;
    if (open && !close) break; // an opening quote that never closes starts a quotation, not a modifier
    const apostrophe = close === "'" || close === "’";
    const possessivePlural = !open && apostrophe && word.endsWith("s");
    at += whole.length;
    const next = text.charCodeAt(at);
    const last = possessivePlural || !(next === 32 || next === 9);
    tokens.push({ word, lower, end: at - close.length, quoted: !!open, last });
    if (last) break;
  }
  return tokens;
}

/** Whether a token is a plural noun that can end a count ("missiles", "ICBMs", "people", "gunmen"). */
function isPlural(token: Token): boolean {
  const { word, lower } = token;
  if (/^[A-Z]{2,}s$/.test(word)) return true;
  if (PLURALS_WITHOUT_S.has(lower) || isMenPlural(lower)) return true;
  if (!lower.endsWith("s") || lower.length < 3 || NOT_PLURAL.has(lower)) return false;
  if (/(?:ss|us|is|['’]s)$/.test(lower)) return false;
  return /^[a-z\u00C0-\u024F][a-z\u00C0-\u024F'’-]*$/.test(lower);
}

function unitOf(modifiers: Token[], head: Token): string {
  const capitalized = isTitleCase(head.word);
  const kept = modifiers.filter((m) => !isDroppedModifier(m.word, capitalized)).map((m) => m.lower);
  const headWord = /^[A-Z]{2,}s$/.test(head.word) ? head.lower.slice(0, -1) : singularize(head.lower);
  return [...kept, headWord].join(" ");
}

function isNounLike(token: Token): boolean {
  return (
    !token.lower.endsWith("ly") &&
    !token.lower.endsWith("ed") &&
    !isDroppedModifier(token.word, isTitleCase(token.word))
  );
}

// Plurals that measure time: after a counted noun they start an adverb ("three missiles hours after the drills").
const TIME_SPANS = new Set(["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"]);

const NOUN_WHEN_ALONE = new Set(["individual"]);

const AND_OR = /[ \t]+(?:and|or)(?=[ \t])/y;
// Plurals that are numbers or stand for "more": "ten individuals and dozens of entities" joins no nouns.
const NOT_JOINED = new Set(["dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens", "others"]);

/**
 * "60 individuals and entities": a second bare plural joined by "and"/"or" is counted by the same number, so the
 * unit names both ("individual or entity": each is one or the other). A number or a word before the second noun
 * ("6 individuals and 3 entities", "missiles and other arms") makes it a phrase of its own.
 */
function joinedNoun(text: string, first: CountNoun): CountNoun {
  AND_OR.lastIndex = first.end;
  if (!AND_OR.test(text)) return first;
  const [second] = phrase(text, AND_OR.lastIndex);
  if (!second || !isPlural(second) || second.quoted || NOT_JOINED.has(second.lower)) return first;
  const unit = unitOf([], second);
  return unit === first.unit ? first : { unit: `${first.unit} or ${unit}`, end: second.end };
}

/**
 * The counted noun phrase after a number ending at `pos`: a plural head within a few words, or for a count
 * of one a singular head ("one nuclear test site"). Null when no noun follows.
 * @example countNounAt("23 ballistic missiles in", 2, 23) // → {unit: "ballistic missile", end: 21}
 */
export function countNounAt(text: string, pos: number, value: number): CountNoun | null {
  const run = phrase(text, pos);
  if (run.length === 0) return null;
  if (value === 1) {
    // A singular phrase ends at its last noun; a participle after the first word is already the verb.
    let length = 1;
    while (length < run.length && !run[length].lower.endsWith("ed") && !isPlural(run[length])) length++;
    const head = run[length - 1];
    // "one individual and three entities": an adjective that also names a person is the noun when nothing follows it.
    const nounAlone = length === run.length && NOUN_WHEN_ALONE.has(head.lower);
    if (isPlural(head) || !(isNounLike(head) || nounAlone) || head.quoted) return null;
    return { unit: unitOf(run.slice(0, length - 1), head), end: head.end };
  }
  let h = run.findIndex(isPlural);
  if (h < 0) return null;
  // "arms dealers": a plural noun used as a modifier of the next one. Not a span of time: "two missiles days after".
  const next = run[h + 1];
  if (
    next &&
    !run[h].last &&
    isPlural(next) &&
    !TIME_SPANS.has(next.lower) &&
    !run[h].quoted &&
    run[h].lower === run[h].word
  )
    h++;
  const noun = { unit: unitOf(run.slice(0, h), run[h]), end: run[h].end };
  return h === run.length - 1 ? joinedNoun(text, noun) : noun;
}
