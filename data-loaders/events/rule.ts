import type { ActorFact, DateFact, DocumentRecord, EventRecord, EventType, Fact, Sentence, Span } from "../types.ts";

export interface Trigger extends Span {
  type: EventType;
  /** The index of the trigger's rule in the list its scanner was built from: a bit or an array index, not a hash. */
  rule: number;
  word: string;
}

/** What a rule sees of one clause once facts have been shared out between the event types triggered in it. */
export interface RuleContext {
  text: string;
  document: DocumentRecord;
  sentence: Sentence;
  clause: Span;
  triggers: Trigger[];
  /** Money, counts and dates this event type claimed in the clause. */
  claimed: Fact[];
  /** Every fact of the clause, claimed or not, in text order. */
  facts: Fact[];
  date: DateFact | null;
  /** People, organizations and countries named in the clause, in order. */
  actors: ActorFact[];
  /** Facts of the document before the clause, nearest last, for resolving "it", "both countries". */
  before: Fact[];
  /** The clause speaks of what might, could or should happen rather than what did. */
  hypothetical: boolean;
}

export type EventDraft = Pick<EventRecord, "actor" | "targets" | "targetNames" | "amount" | "equivalents" | "count"> & {
  details?: Record<string, string>;
  participants?: string[];
};

export interface EventRule {
  type: EventType;
  /** Global, case-insensitive pattern of the words that announce the event. */
  trigger: RegExp;
  /** A cheap check that the clause can hold this event at all; a trigger in a clause that fails it claims nothing. */
  applies?(clauseText: string): boolean;
  /** Whether this event type can use a money or count fact found in the clause. */
  claims(fact: Fact, clauseText: string): boolean;
  /** Whether the event needs a money or count fact of its own to exist at all. */
  requiresClaim: boolean;
  /** Whether, lacking a date of its own, the event takes the clause's ("put to a vote in May, both vetoed"). */
  inheritsDate?: boolean;
  /** Whether, lacking a date of its own, the event takes the article's publication date (speech told as news). */
  datedByPublication?: boolean;
  /** Whether the event stands without a date. */
  needsDate: boolean;
  /**
   * A fact the clause must hold for the event to exist: the build gives up when none of its facts passes. A sentence
   * where every triggered rule lacks its fact makes no event, and is passed over without being split into clauses.
   */
  needs?(fact: Fact): boolean;
  build(context: RuleContext): EventDraft | null;
}
