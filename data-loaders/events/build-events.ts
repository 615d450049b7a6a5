import type { DateFact, DocumentRecord, EventRecord, EventType, Fact, QuoteFact, Sentence } from "../types.ts";
import type { EventRule, Trigger } from "./rule.ts";
import { EVENT_RULES } from "./rules/index.ts";
import { clausesOf, phrasesOf } from "./clauses.ts";
import { claimFacts } from "./claim-facts.ts";
import { isHypothetical } from "./hypothetical.ts";
import { isActor } from "./actor-helpers.ts";
import { summarize } from "./summary.ts";
import { eventId } from "../provenance/ids.ts";
import { quoteStatements } from "./quote-statements.ts";
import { attachEquivalents } from "./equivalents.ts";
import { groupBy } from "../util/group-by.ts";

const RULES = new Map<EventType, EventRule>(EVENT_RULES.map((r) => [r.type, r]));

// All rules' triggers in one pattern, one capturing group per rule, so a sentence is scanned once. The leading \b
// of each trigger is checked by hand: without it the engine can skip ahead on first letters, twice as fast.
const ALL_TRIGGERS = new RegExp(
  EVENT_RULES.map((r) => `(${r.trigger.source.replace(/^\\b/, "").replace(/\|\\b/g, "|")})`).join("|"),
  "gi",
);
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function findTriggers(text: string, offset: number): Trigger[] {
  const triggers: Trigger[] = [];
  ALL_TRIGGERS.lastIndex = 0;
  for (let m = ALL_TRIGGERS.exec(text); m; m = ALL_TRIGGERS.exec(text)) {
    if (m.index > 0 && WORD_CHAR.test(text[m.index - 1])) continue;
    const rule = m.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    const start = offset + m.index;
    triggers.push({ type: EVENT_RULES[rule].type, start, end: start + m[0].length, word: m[0] });
  }
  return triggers;
}

// Modal words far from a trigger ("… will depend on the future") belong to another part of the sentence.
const WINDOW_BEFORE = 80;
const WINDOW_AFTER = 60;

function hypothesisWindow(clause: { start: number; end: number }, triggers: Trigger[]): [number, number] {
  const first = triggers[0].start;
  const last = triggers[triggers.length - 1].end;
  return [Math.max(clause.start, first - WINDOW_BEFORE), Math.min(clause.end, last + WINDOW_AFTER)];
}

function firstDate(facts: Fact[]): DateFact | null {
  return facts.find((f): f is DateFact => f.kind === "date") ?? null;
}

function eventsOfSentence(
  document: DocumentRecord,
  sentence: Sentence,
  sentenceTriggers: Trigger[],
  facts: Fact[],
  documentFacts: Fact[],
  seen: number,
): EventRecord[] {
  const { text, doc } = document;
  const events: EventRecord[] = [];
  const quoted = facts.some((f) => f.kind === "quote" && f.speaker !== null);
  for (const clause of clausesOf(text, sentence)) {
    const clauseText = text.slice(clause.start, clause.end);
    const triggers = sentenceTriggers.filter(
      (t) => t.start >= clause.start && t.end <= clause.end && (RULES.get(t.type)!.applies?.(clauseText) ?? true),
    );
    if (triggers.length === 0) continue;
    const inClause = facts.filter((f) => f.start >= clause.start && f.start < clause.end);
    const claims = claimFacts(clauseText, inClause, triggers, RULES, () => phrasesOf(text, clause));
    const actors = inClause.filter(isActor);
    const types = new Set(triggers.map((t) => t.type));
    for (const rule of EVENT_RULES) {
      if (!types.has(rule.type) || (rule.type === "statement" && quoted)) continue;
      const own = triggers.filter((t) => t.type === rule.type);
      const claimed = claims.facts.get(rule.type) ?? [];
      const date = claims.dates.get(rule.type) ?? (rule.inheritsDate ? firstDate(inClause) : null);
      const context = {
        ...{ text, document, sentence, clause, triggers: own, claimed, date, actors },
        get hypothetical() {
          return isHypothetical(text.slice(...hypothesisWindow(clause, own)));
        },
        // Only a few rules look back ("both countries", "it"): copy the earlier facts only when one does.
        get before() {
          return documentFacts.slice(0, seen);
        },
      };
      const draft = rule.build(context);
      if (!draft || (rule.needsDate && !date)) continue;
      const used = [...claimed, ...(date ? [date] : []), ...actors];
      const partial = {
        type: rule.type,
        doc,
        start: clause.start,
        end: clause.end,
        quote: clauseText,
        sentence: sentence.index,
        // Speech without a date of its own is dated by the article that reports it.
        date: date?.date ?? (rule.type === "statement" ? document.published : null),
        participants: [],
        ...draft,
        details: {
          ...draft.details,
          ...(rule.type === "statement" ? { dateBasis: date ? "text" : "publication" } : {}),
        },
        facts: used.map((f) => f.id),
      };
      events.push({ id: eventId(doc, rule.type, clause.start, clause.end), ...partial, summary: summarize(partial) });
    }
  }
  return events;
}

/** Builds the events of one document from its facts, sentence by sentence and clause by clause. */
function eventsOfDocument(document: DocumentRecord, facts: Fact[]): EventRecord[] {
  const bySentence = groupBy(facts, (f) => f.sentence.index);
  const triggers = findTriggers(document.text, 0);
  const events: EventRecord[] = [];
  let seen = 0;
  let next = 0;
  for (const sentence of document.segments.sentences) {
    while (next < triggers.length && triggers[next].start < sentence.start) next++;
    const first = next;
    while (next < triggers.length && triggers[next].start < sentence.end) next++;
    if (next === first) continue;
    while (seen < facts.length && facts[seen].start < sentence.start) seen++;
    const sentenceFacts = bySentence.get(sentence.index) ?? [];
    const own = triggers.slice(first, next);
    events.push(...eventsOfSentence(document, sentence, own, sentenceFacts, facts, seen));
  }
  const quotes = facts.filter((f): f is QuoteFact => f.kind === "quote");
  events.push(...quoteStatements(document, quotes, facts));
  attachEquivalents(document, events, facts);
  return events.sort((a, b) => a.start - b.start || a.type.localeCompare(b.type));
}

/**
 * Reads events (thefts, launches, designations, meetings, statements, votes, vetoes, tests, treaties) out of facts.
 * @example
 * const events = buildEvents(corpus.documents, corpus.facts);
 */
export function buildEvents(documents: readonly DocumentRecord[], facts: readonly Fact[]): EventRecord[] {
  const byDoc = groupBy(facts, (f) => f.doc);
  return documents.filter((d) => d.status === "ok").flatMap((d) => eventsOfDocument(d, byDoc.get(d.doc) ?? []));
}
