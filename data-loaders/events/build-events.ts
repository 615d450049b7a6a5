import type { ActorFact, DateFact, DocumentRecord, EventRecord, Fact, QuoteFact, Sentence, Span } from "../types.ts";
import type { EventRule, Trigger } from "./rule.ts";
import { EVENT_RULES } from "./rules/index.ts";
import { clausesOf, contains, phrasesOf } from "./clauses.ts";
import { claimFacts } from "./claim-facts.ts";
import { ClauseContext } from "./clause-context.ts";
import { isActor } from "./actor-helpers.ts";
import { summarize } from "./summary.ts";
import { eventId } from "../provenance/ids.ts";
import { quoteStatements } from "./quote-statements.ts";
import { attachEquivalents } from "./equivalents.ts";
import { groupBy } from "../util/group-by.ts";
import { byCodeUnit } from "../util/by-code-unit.ts";
import { TriggerScanner } from "./trigger-scan.ts";
import { withoutHeadlineRepeats } from "./headline-repeats.ts";
import { eventDateOf } from "./since-dates.ts";
import { byPosition } from "../provenance/text-order.ts";
import { withoutBaselines } from "./comparisons.ts";

const TRIGGERS = new TriggerScanner(EVENT_RULES);
/** The words that start events, for a lead gate the pipeline shares among its scanners. */
export const TRIGGER_GATE_WORDS = TRIGGERS.gateWords;

function firstDate(facts: Fact[]): DateFact | null {
  return facts.find((f): f is DateFact => f.kind === "date") ?? null;
}

const NO_TRIGGERS: Trigger[] = [];

/** The triggers inside a clause whose rules apply to it; each rule's `applies` check runs once a clause. */
function clauseTriggers(sentenceTriggers: Trigger[], clause: Span, clauseText: string): Trigger[] {
  let found: Trigger[] | null = null;
  let checked = 0;
  let passed = 0;
  for (const t of sentenceTriggers) {
    if (t.start < clause.start || t.end > clause.end) continue;
    const bit = 1 << t.rule;
    if ((checked & bit) === 0) {
      checked |= bit;
      if (EVENT_RULES[t.rule].applies?.(clauseText) ?? true) passed |= bit;
    }
    if ((passed & bit) !== 0) (found ??= []).push(t);
  }
  return found ?? NO_TRIGGERS;
}

/** Whether a rule can make an event from some clause of a sentence holding `facts` (see `EventRule.needs`). */
function mayHold(rule: EventRule, facts: readonly Fact[]): boolean {
  if (rule.needsDate && !facts.some((f) => f.kind === "date")) return false;
  return rule.needs === undefined || facts.some(rule.needs);
}

/** Whether any trigger of a sentence holding `facts` can make an event there; each rule is asked once. */
function anyMayHold(triggers: readonly Trigger[], facts: readonly Fact[]): boolean {
  let asked = 0;
  for (const t of triggers) {
    const bit = 1 << t.rule;
    if ((asked & bit) !== 0) continue;
    asked |= bit;
    if (mayHold(EVENT_RULES[t.rule], facts)) return true;
  }
  return false;
}

function factIds(claimed: Fact[], date: DateFact | null, actors: ActorFact[]): string[] {
  const ids: string[] = [];
  for (const f of claimed) ids.push(f.id);
  if (date) ids.push(date.id);
  for (const f of actors) ids.push(f.id);
  return ids;
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
    const triggers = clauseTriggers(sentenceTriggers, clause, clauseText);
    if (triggers.length === 0) continue;
    const whole = clause.start === sentence.start && clause.end === sentence.end;
    const inClause = withoutBaselines(
      clauseText,
      clause.start,
      whole ? facts : facts.filter((f) => f.start >= clause.start && f.start < clause.end),
    );
    const claims = claimFacts(
      clauseText,
      clause.start,
      inClause,
      triggers,
      EVENT_RULES,
      () => phrasesOf(text, clause),
      document.segments.dateline,
    );
    // "SEOUL, Dec. 20 (Yonhap)": the dateline's place and agency say where the news came from, not who acted.
    const dateline = document.segments.dateline;
    const actors =
      dateline && clause.start < dateline.end
        ? inClause.filter((f): f is ActorFact => isActor(f) && !contains(dateline, f))
        : inClause.filter(isActor);
    let types = 0;
    for (const t of triggers) types |= 1 << t.rule;
    for (let r = 0; r < EVENT_RULES.length; r++) {
      const rule = EVENT_RULES[r];
      if ((types & (1 << r)) === 0 || (rule.type === "statement" && quoted)) continue;
      const own = (types & (types - 1)) === 0 ? triggers : triggers.filter((t) => t.rule === r);
      const claimed = claims.facts.get(rule.type) ?? [];
      const date = claims.dates.get(rule.type) ?? (rule.inheritsDate ? firstDate(inClause) : null);
      if (rule.needsDate && !date) continue;
      const context = new ClauseContext(
        text,
        document,
        sentence,
        clause,
        own,
        claimed,
        inClause,
        date,
        actors,
        documentFacts,
        seen,
      );
      const draft = rule.build(context);
      if (!draft) continue;
      const details = draft.details ?? {};
      // Speech or a vote without a date of its own is dated by the article that reports it.
      if (rule.datedByPublication) details.dateBasis = date ? "text" : "publication";
      const event: EventRecord = {
        id: eventId(doc, rule.type, clause.start, clause.end),
        type: rule.type,
        doc,
        start: clause.start,
        end: clause.end,
        quote: clauseText,
        sentence: sentence.index,
        date: date ? eventDateOf(text, date, document.published) : rule.datedByPublication ? document.published : null,
        participants: draft.participants ?? [],
        actor: draft.actor,
        targets: draft.targets,
        targetNames: draft.targetNames,
        amount: draft.amount,
        equivalents: draft.equivalents,
        count: draft.count,
        details,
        facts: factIds(claimed, date, actors),
        summary: "",
      };
      event.summary = summarize(event);
      events.push(event);
    }
  }
  return events;
}

/**
 * A document's facts in text order, with its quotations and dates. One walk over the facts: a document holds
 * hundreds, and each walk over them costs about as much as the rest of the work on a sentence without events.
 */
function orderedWithQuotesAndDates(unordered: Fact[]): { facts: Fact[]; quotes: QuoteFact[]; dates: DateFact[] } {
  const quotes: QuoteFact[] = [];
  const dates: DateFact[] = [];
  let ordered = true;
  for (let i = 0; i < unordered.length; i++) {
    const fact = unordered[i];
    if (fact.kind === "quote") quotes.push(fact);
    else if (fact.kind === "date") dates.push(fact);
    if (ordered && i > 0 && byPosition(unordered[i - 1], fact) > 0) ordered = false;
  }
  // Out of order: the same walk over a sorted copy, which is in order.
  return ordered ? { facts: unordered, quotes, dates } : orderedWithQuotesAndDates([...unordered].sort(byPosition));
}

/** Builds the events of one document from its facts, sentence by sentence and clause by clause. */
function eventsOfDocument(
  document: DocumentRecord,
  unordered: Fact[],
  triggerStarts: readonly number[] | undefined,
): EventRecord[] {
  // In text order, a sentence's facts are one run of the list.
  const { facts, quotes, dates } = orderedWithQuotesAndDates(unordered);
  const triggers = TRIGGERS.scan(document.text, triggerStarts);
  const events: EventRecord[] = [];
  let seen = 0;
  let next = 0;
  for (const sentence of document.segments.sentences) {
    while (next < triggers.length && triggers[next].start < sentence.start) next++;
    const first = next;
    while (next < triggers.length && triggers[next].start < sentence.end) next++;
    if (next === first) continue;
    while (seen < facts.length && facts[seen].start < sentence.start) seen++;
    let last = seen;
    while (last < facts.length && facts[last].sentence.index === sentence.index) last++;
    const sentenceFacts = facts.slice(seen, last);
    const own = triggers.slice(first, next);
    // "Sanctions" is in most sentences of the field, and most name no target: leave such sentences whole.
    if (!anyMayHold(own, sentenceFacts)) continue;
    events.push(...eventsOfSentence(document, sentence, own, sentenceFacts, facts, seen));
  }
  events.push(...quoteStatements(document, quotes, dates));
  attachEquivalents(document, events, facts);
  return withoutHeadlineRepeats(document.segments.title, events).sort(
    (a, b) => a.start - b.start || byCodeUnit(a.type, b.type),
  );
}

// The facts of each document: one slice per run when each document's facts come together, as the pipeline gives them
// (no map lookup per fact); grouped one by one otherwise.
function factsByDoc(facts: readonly Fact[]): Map<string, Fact[]> {
  const runs = new Map<string, Fact[]>();
  let from = 0;
  for (let i = 1; i <= facts.length; i++) {
    if (i < facts.length && facts[i].doc === facts[from].doc) continue;
    if (runs.has(facts[from].doc)) return groupBy(facts, (f) => f.doc);
    runs.set(facts[from].doc, facts.slice(from, i));
    from = i;
  }
  return runs;
}

/**
 * Reads events (thefts, launches, designations, meetings, statements, votes, vetoes, tests, treaties) out of facts.
 * @example
 * const events = buildEvents(corpus.documents, corpus.facts);
 */
export function buildEvents(documents: readonly DocumentRecord[], facts: readonly Fact[]): EventRecord[] {
  const byDoc = factsByDoc(facts);
  return buildDocumentEvents(
    documents,
    documents.map((d) => byDoc.get(d.doc) ?? []),
  );
}

/**
 * `buildEvents` for facts already grouped: `factsOf[i]` holds the facts of `documents[i]`, and `triggerStartsOf[i]`,
 * when given, where a lead gate holding `TRIGGER_GATE_WORDS` found triggers in its text.
 */
export function buildDocumentEvents(
  documents: readonly DocumentRecord[],
  factsOf: readonly Fact[][],
  triggerStartsOf?: readonly (readonly number[] | undefined)[],
): EventRecord[] {
  const events: EventRecord[] = [];
  documents.forEach((d, i) => {
    if (d.status === "ok") for (const e of eventsOfDocument(d, factsOf[i], triggerStartsOf?.[i])) events.push(e);
  });
  return events;
}
