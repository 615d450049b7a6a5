import type { DateFact, EventType, Fact, Span } from "../types.ts";
import type { EventRule, Trigger } from "./rule.ts";
import { contains } from "./clauses.ts";
import { isVerbOfSaying } from "../mentions/quotes/vocabulary.ts";
import { once } from "../util/memo.ts";
import { isClaimable } from "./amounts.ts";
import type { DateResolution } from "../mentions/dates.ts";

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** The trigger that claims a fact: one in the same phrase first, else the nearest in the clause. */
function nearestTrigger(fact: Span, triggers: readonly Trigger[], phrases: () => readonly Span[]): Trigger | null {
  if (triggers.length <= 1) return triggers[0] ?? null;
  const phrase = phrases().find((p) => contains(p, fact));
  let best: Trigger | null = null;
  let bestScore = Infinity;
  for (const t of triggers) {
    const samePhrase = phrase !== undefined && contains(phrase, t);
    const score = distance(fact, t) + (samePhrase ? 0 : 1e6);
    if (score < bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

const REPORT_DATE_PENALTY = 1e5;
// A date the text puts ahead of the article ("whose mandate expires in April") is no date of what has been done.
const AHEAD: DateResolution = "year ahead of document date";
const DONE_TYPES: ReadonlySet<EventType> = new Set(["theft", "missile-launch", "nuclear-test"]);
// The word before a date, past what only places it: "said on Tuesday", "said in December", "said late last week".
const WORD_BEFORE = /\b([A-Za-z]+)(?:\s+(?:on|in|late|early|earlier|later|last|this))*\s+$/;

/** Whether the date is the dateline's ("TOKYO, Dec 24 -") or follows a verb of saying ("said on Tuesday"). */
function datesTheReport(date: DateFact, dateline: Span | null): boolean {
  if (dateline && contains(dateline, date)) return true;
  const offset = date.start - date.sentence.start;
  const verb = WORD_BEFORE.exec(date.sentence.text.slice(Math.max(0, offset - 24), offset))?.[1];
  return verb !== undefined && isVerbOfSaying(verb);
}

// An ordinal before a trigger makes it a tally: "launched an ICBM on Monday, its fifth ICBM launch this year".
const ORDINAL_BEFORE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * The triggers that may take a date. A tally's date is its period ("this year"), not the event's: it dates its type
 * only when no other trigger of that type is there to.
 */
function datingTriggers(clauseText: string, clauseStart: number, viable: readonly Trigger[]): readonly Trigger[] {
  if (viable.length <= 1) return viable;
  const tally = viable.map((t) =>
    ORDINAL_BEFORE.test(clauseText.slice(Math.max(0, t.start - clauseStart - 40), t.start - clauseStart)),
  );
  if (!tally.includes(true)) return viable;
  return viable.filter((t, i) => !tally[i] || !viable.some((u, j) => !tally[j] && u.type === t.type));
}

export interface Claims {
  facts: ReadonlyMap<EventType, Fact[]>;
  dates: ReadonlyMap<EventType, DateFact>;
}

const NO_CLAIMS: Claims = { facts: new Map(), dates: new Map() };

/**
 * Shares a clause's money, counts and dates between the event types triggered in it, so that in
 * "stolen … in March was $235 million, equivalent to the cost ($300-550 million) spent shooting 23 missiles
 * in the first half of this year" the theft gets March and $235 million and the launches the rest.
 */
export function claimFacts(
  clauseText: string,
  clauseStart: number,
  facts: readonly Fact[],
  triggers: readonly Trigger[],
  /** The rules, by the index each trigger carries (`Trigger.rule`). */
  rules: readonly EventRule[],
  phrasesOfClause: () => readonly Span[],
  dateline: Span | null = null,
): Claims {
  // Most clauses hold no number and no date: nothing to share out.
  if (!facts.some(isClaimable)) return NO_CLAIMS;
  // Phrases only decide between competing triggers: split the clause the first time two compete.
  const lazyPhrases = once(phrasesOfClause);
  const claimed = new Map<EventType, Fact[]>();
  const claimers = new Set<Trigger>();
  for (const fact of facts) {
    if (fact.kind !== "money" && fact.kind !== "count") continue;
    const eligible = triggers.filter((t) => rules[t.rule].claims(fact, clauseText));
    const owner = nearestTrigger(fact, eligible, lazyPhrases);
    if (!owner) continue;
    claimed.set(owner.type, [...(claimed.get(owner.type) ?? []), fact]);
    claimers.add(owner);
  }
  // A type that needs money or counts and found none makes no event, so it must not take a date either.
  // A type that found numbers is dated near the trigger that took them: in "launched 69 ballistic missiles so far this
  // year, surpassing the 25 it fired in 2019", "fired" took none, so 2019 is not the 69's year.
  const viable = datingTriggers(
    clauseText,
    clauseStart,
    triggers.filter((t) => (claimed.has(t.type) ? claimers.has(t) : !rules[t.rule].requiresClaim)),
  );
  // Each type keeps the date nearest to one of its triggers ("in 2020 prosecuted … also sanctioned … this year").
  const dates = new Map<EventType, DateFact>();
  const gap = new Map<EventType, number>();
  for (const fact of facts) {
    if (fact.kind !== "date") continue;
    const owner = nearestTrigger(fact, viable, lazyPhrases);
    if (!owner || (fact.resolution === AHEAD && DONE_TYPES.has(owner.type))) continue;
    // "said on Tuesday that hackers were behind the theft … in May": the Tuesday (like a dateline's date) dates the
    // report, so it dates another event only when the clause gives no other date.
    const d =
      distance(fact, owner) + (owner.type !== "statement" && datesTheReport(fact, dateline) ? REPORT_DATE_PENALTY : 0);
    if (d < (gap.get(owner.type) ?? Infinity)) {
      dates.set(owner.type, fact);
      gap.set(owner.type, d);
    }
  }
  return { facts: claimed, dates };
}
