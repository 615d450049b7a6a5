// "stole $1.34 billion this year, up from $660 million in 2023": the numbers and the date after words of comparison
// give the baseline the article measures against, not the event the clause reports.
import type { Fact, Span } from "../types.ts";
import { isClaimable } from "./amounts.ts";
import { contains } from "./clauses.ts";

// Verbs of change before "from", and the comparing phrases; each ends in the white space after it.
const COMPARISON =
  /\b(?:(?:up|down|rising|risen|rose|falling|fallen|fell|(?:increas|decreas|jump|climb|surg|doubl|tripl)(?:ed|ing)|(?:dropp|slipp)(?:ed|ing))\s+from|compared\s+(?:with|to)|as\s+against|versus|vs\.?)\s/gi;
// A comparison runs to the end of its phrase, or to the "to" that gives the new figure ("from $660 million to …").
const COMPARISON_END = /[,;:()\u2013\u2014]|\sto\s/g;

/** The stretches of a clause (its text `clauseText`, starting at `clauseStart`) that state a comparison's baseline. */
export function comparisonSpans(clauseText: string, clauseStart: number): Span[] {
  const spans: Span[] = [];
  COMPARISON.lastIndex = 0;
  for (let m = COMPARISON.exec(clauseText); m; m = COMPARISON.exec(clauseText)) {
    COMPARISON_END.lastIndex = m.index + m[0].length;
    const end = COMPARISON_END.exec(clauseText)?.index ?? clauseText.length;
    spans.push({ start: clauseStart + m.index, end: clauseStart + end });
    COMPARISON.lastIndex = Math.max(COMPARISON.lastIndex, end);
  }
  return spans;
}

/**
 * `facts` without the money, counts and dates that a comparison's baseline gives; `facts` itself when the clause
 * (its text `clauseText`, starting at `clauseStart`) compares nothing.
 * @example
 * withoutBaselines(clauseText, clause.start, facts) // "$1.34 billion … up from $660 million in 2023": $1.34 billion
 */
export function withoutBaselines<T extends Fact>(clauseText: string, clauseStart: number, facts: T[]): T[] {
  // A baseline beside the event's own figure makes two numbers or dates; most clauses with a trigger hold none.
  let numbers = 0;
  for (const f of facts) if (isClaimable(f)) numbers++;
  if (numbers < 2) return facts;
  const spans = comparisonSpans(clauseText, clauseStart);
  if (spans.length === 0) return facts;
  return facts.filter((f) => !isClaimable(f) || !spans.some((s) => contains(s, f)));
}
