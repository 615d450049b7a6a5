// Every number a page prints from the articles is a link to the sentence it comes from: hovering shows the
// sentence (title), clicking lands on the highlighted fact on the Sources page.
import type { Fact } from "../../../data-loaders/types.ts";
import { text } from "./corpus.js";

/** What a citation needs from a fact; a whole Fact fits. */
export interface Citable {
  id: string;
  quote?: string;
  sentence?: { text?: string } | null;
}

export interface CiteOptions {
  document?: Document;
  /** Extra class names, e.g. "cite--big" for card values. */
  className?: string;
}

/** The Sources page address of a fact: `./sources#<id>`. */
export function sourceHref(factId: string): string {
  return `./sources#${encodeURIComponent(factId)}`;
}

/**
 * The words shown on hover: the fact's whole sentence, or its own quote when the sentence does not hold all of
 * it (a quotation running over two sentences).
 */
export function citeTitle(fact: Citable): string {
  const sentence = text(fact.sentence?.text).trim();
  const quote = text(fact.quote);
  return sentence && sentence.includes(quote) ? sentence : quote || sentence;
}

/** Facts by id, for looking up the fact behind a figure or an event. */
export function factsById(facts: readonly Fact[] | null | undefined): Map<string, Fact> {
  return new Map((Array.isArray(facts) ? facts : []).map((f) => [f.id, f]));
}

function documentOf(options: CiteOptions): Document {
  const document = options.document ?? (typeof window !== "undefined" ? window.document : undefined);
  if (!document) throw new TypeError("no document: pass {document} outside a browser");
  return document;
}

/**
 * `<a class="cite" href="./sources#<fact id>" title="<sentence>">value</a>`, or a plain `<span class="uncited">`
 * when the fact is unknown, so a missing source shows as such instead of breaking the page.
 */
export function cite(value: string | number, fact: Citable | null | undefined, options: CiteOptions = {}): HTMLElement {
  const document = documentOf(options);
  const label = typeof value === "number" ? String(value) : text(value);
  if (!fact || !text(fact.id)) {
    const span = document.createElement("span");
    span.setAttribute("class", ["uncited", options.className].filter(Boolean).join(" "));
    span.setAttribute("title", "No source sentence found for this number");
    span.textContent = label;
    return span;
  }
  const link = document.createElement("a");
  link.setAttribute("class", ["cite", options.className].filter(Boolean).join(" "));
  link.setAttribute("href", sourceHref(fact.id));
  link.setAttribute("title", citeTitle(fact));
  link.setAttribute("data-fact", fact.id);
  link.textContent = label;
  return link;
}

/**
 * The fact behind a figure or an event (its first fact, or the one named by `factId`), falling back to the
 * record's own sentence when the fact list does not hold it.
 */
export function factOf(
  record: { facts?: unknown; quote?: unknown } | null | undefined,
  facts: Map<string, Fact>,
  factId?: string | null,
): Citable | null {
  if (!record) return null;
  const id = factId || (Array.isArray(record.facts) && typeof record.facts[0] === "string" ? record.facts[0] : "");
  if (!id) return null;
  return facts.get(id) ?? { id, quote: text(record.quote) };
}

/** A fact with its place in the document, for marking it inside its sentence. */
export interface PlacedFact extends Citable {
  start: number;
  end: number;
}

/**
 * `<blockquote class="cited-sentence">` holding the sentence (which starts at document offset `sentence.start`)
 * with each of `facts` inside it as a cite link; facts outside the sentence or overlapping an earlier one are skipped.
 */
export function citedSentence(
  sentence: { start: number; text: string },
  facts: readonly PlacedFact[],
  options: CiteOptions = {},
): HTMLElement {
  const document = documentOf(options);
  const body = text(sentence.text);
  const quote = document.createElement("blockquote");
  quote.setAttribute("class", "cited-sentence");
  let at = 0;
  const inside = facts
    .map((f) => ({ f, from: f.start - sentence.start, to: f.end - sentence.start }))
    .filter(
      ({ from, to }) => Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= body.length && to > from,
    )
    .sort((a, b) => a.from - b.from || b.to - a.to);
  for (const { f, from, to } of inside) {
    if (from < at) continue;
    quote.append(document.createTextNode(body.slice(at, from)));
    quote.append(cite(body.slice(from, to), { id: f.id, quote: f.quote, sentence: { text: body } }, options));
    at = to;
  }
  quote.append(document.createTextNode(body.slice(at)));
  return quote;
}
