// Recurring phrasing: word n-grams (2–4 words by default) that texts from different documents share, such as
// a threat repeated by two officials years apart. Pure and linear in the length of the texts.
import { STOPWORDS } from "./stopwords.js";

/** One text to compare: a quotation or a sentence, with the document and year it belongs to. */
export interface PhraseSource {
  /** Id of the fact (or event) the text comes from, for citing it. */
  id: string;
  doc: string;
  text: string;
  year?: number | null;
}

export interface PhraseOccurrence {
  source: string;
  doc: string;
  year: number | null;
  /** Offsets of the phrase in the source's text. */
  start: number;
  end: number;
}

export interface SharedPhrase {
  /** The words, lower case, separated by single spaces. */
  phrase: string;
  words: number;
  /** Distinct documents, sorted. */
  docs: string[];
  /** Distinct known years, ascending. */
  years: number[];
  /** Every occurrence, in source order. */
  occurrences: PhraseOccurrence[];
}

export interface SharedPhraseOptions {
  minWords?: number;
  maxWords?: number;
  /** Fewest distinct documents a phrase must appear in. */
  minDocs?: number;
  /** Words that carry no phrasing on their own; an n-gram made only of these is skipped. */
  stopwords?: ReadonlySet<string>;
  /** More words to treat as stopwords, e.g. the words of country names ("north", "korea"). */
  ignore?: Iterable<string>;
}

interface Token {
  word: string;
  start: number;
  end: number;
  /** Index of the clause the token is in: phrases never cross a sentence or clause end. */
  clause: number;
}

// Letters and digits, with inner apostrophes ("won't", "DPRK’s"); anything else separates words.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// Sentence and clause ends, brackets, quotation marks and dashes: a phrase does not run across them.
const CLAUSE_END = /[.!?;:\n…()[\]{}"“”—–]/;

/** Lower-cased words of `text` with their offsets and clause numbers. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    if (CLAUSE_END.test(text.slice(last, start))) clause++;
    tokens.push({ word: match[0].toLowerCase().replace(/’/g, "'"), start, end: start + match[0].length, clause });
    last = start + match[0].length;
  }
  return tokens;
}

function checkedInteger(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new TypeError(`invalid ${name}: ${value}`);
  return value;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Phrases of `minWords`–`maxWords` words found in at least `minDocs` documents, most widely shared first. A
 * phrase must end in a word that is not a stopword, so none is made of stopwords only.
 * A phrase is dropped when a longer shared phrase containing it appears in exactly the same documents
 * ("a hundred" gives way to "a hundred times" when both occur in the same articles).
 */
export function sharedPhrases(sources: readonly PhraseSource[], options: SharedPhraseOptions = {}): SharedPhrase[] {
  const minWords = checkedInteger("minWords", options.minWords ?? 2, 1);
  const maxWords = checkedInteger("maxWords", options.maxWords ?? 4, minWords);
  const minDocs = checkedInteger("minDocs", options.minDocs ?? 2, 1);
  const stop = new Set(options.stopwords ?? STOPWORDS);
  for (const word of options.ignore ?? []) stop.add(String(word).toLowerCase().replace(/’/g, "'"));

  const found = new Map<string, PhraseOccurrence[]>();
  for (const source of Array.isArray(sources) ? sources : []) {
    if (!source || typeof source.text !== "string") continue;
    const tokens = tokenize(source.text);
    const year = typeof source.year === "number" && Number.isFinite(source.year) ? source.year : null;
    for (let i = 0; i < tokens.length; i++) {
      for (let n = minWords; n <= maxWords && i + n <= tokens.length; n++) {
        const run = tokens.slice(i, i + n);
        if (run[n - 1].clause !== run[0].clause) break;
        // A run ending in a function word ("show a") is a fragment of a longer phrase, and one made only of
        // function words says nothing.
        if (stop.has(run[n - 1].word)) continue;
        const phrase = run.map((t) => t.word).join(" ");
        const occurrence = {
          source: String(source.id),
          doc: String(source.doc),
          year,
          start: run[0].start,
          end: run[n - 1].end,
        };
        const list = found.get(phrase);
        if (list) list.push(occurrence);
        else found.set(phrase, [occurrence]);
      }
    }
  }

  const candidates: SharedPhrase[] = [];
  for (const [phrase, occurrences] of found) {
    const docs = [...new Set(occurrences.map((o) => o.doc))].sort();
    if (docs.length < minDocs) continue;
    const years = [...new Set(occurrences.flatMap((o) => (o.year === null ? [] : [o.year])))].sort((a, b) => a - b);
    candidates.push({ phrase, words: phrase.split(" ").length, docs, years, occurrences });
  }

  // Every shorter phrase inside a candidate, with the documents of the longer one.
  const covered = new Map<string, string[][]>();
  for (const c of candidates) {
    const words = c.phrase.split(" ");
    for (let n = minWords; n < words.length; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        const sub = words.slice(i, i + n).join(" ");
        covered.set(sub, [...(covered.get(sub) ?? []), c.docs]);
      }
    }
  }
  const contentWords = (p: SharedPhrase) => p.phrase.split(" ").filter((w) => !stop.has(w)).length;
  return candidates
    .filter((c) => !(covered.get(c.phrase) ?? []).some((docs) => sameList(docs, c.docs)))
    .sort(
      (a, b) =>
        b.docs.length - a.docs.length ||
        b.years.length - a.years.length ||
        b.words - a.words ||
        contentWords(b) - contentWords(a) ||
        b.occurrences.length - a.occurrences.length ||
        a.phrase.localeCompare(b.phrase),
    );
}
