import type { DocumentRecord, EventRecord, Fact, MoneyFact } from "../types.ts";
import { amountOf } from "./amounts.ts";

// "There is also an analysis that it reaches (about 412.3 billion won)": a sentence pointing back at an amount.
const ANAPHOR = /\b(?:it|this|that|which|equivalent|equal|amounts? to|worth|reach(?:es|ed)?)\b/i;

/**
 * Adds to a theft or launch cost the same amount in another currency when the next sentence gives it
 * and points back at it, so that exchange rates implied by the article can be computed.
 */
export function attachEquivalents(document: DocumentRecord, events: EventRecord[], facts: Fact[]): void {
  const sentences = document.segments.sentences;
  for (const event of events) {
    // Checked before reading: a read past the end costs a deoptimization of the whole event builder.
    if (event.type !== "theft" || !event.amount || event.sentence + 1 >= sentences.length) continue;
    const next = sentences[event.sentence + 1];
    const money = facts.filter((f): f is MoneyFact => f.kind === "money" && f.sentence.index === next.index);
    const claimed = events.some((e) => e.sentence === next.index && e.amount);
    if (claimed || money.length !== 1 || money[0].unit === event.amount.unit) continue;
    if (event.equivalents.some((e) => e.unit === money[0].unit)) continue;
    if (!ANAPHOR.test(document.text.slice(next.start, next.end))) continue;
    event.equivalents.push(amountOf(money[0]));
    event.facts.push(money[0].id);
  }
}
