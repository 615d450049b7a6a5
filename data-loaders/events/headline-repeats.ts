// A headline restates the story's lead ("N. Korea fires 2 ballistic missiles" over "North Korea fired two ballistic
// missiles on Thursday"): counted twice, one launch would become two. The body's event stays, with its date.
import type { Amount, EventRecord, Span } from "../types.ts";
import { contains } from "./clauses.ts";

/** What an event says in numbers: two events with the same key report the same thing. */
function numbersKey(event: EventRecord, amount: Amount | null = event.amount): string {
  const { count, targets } = event;
  return JSON.stringify([event.type, count?.value, count?.unit, amount?.value, amount?.unit, targets]);
}

/** What a theft is about when its numbers differ: its victim ("" when it names none). */
function victimKey(event: EventRecord): string {
  return event.details.victim ? `${event.type} ${event.details.victim}` : "";
}

function hasNumbers(event: EventRecord): boolean {
  return event.count !== null || event.amount !== null || event.targets !== null;
}

/**
 * The events without those of the headline that the body repeats: same type and the same numbers or the same victim,
 * or, for a headline event with no numbers, any event of its type in the body.
 * @example
 * withoutHeadlineRepeats(segments.title, events) // the headline's "2 ballistic missiles" goes, the lead's stays
 */
export function withoutHeadlineRepeats(title: Span | null, events: EventRecord[]): EventRecord[] {
  if (!title) return events;
  // Most headlines carry no event of their own: then there is nothing to compare.
  if (!events.some((e) => contains(title, e))) return events;
  const bodyKeys = new Set<string>();
  const bodyTypes = new Set<string>();
  // "Atomic Wallet hit by $100m hack" over "$35 million from Atomic Wallet": one theft, told twice.
  const bodyVictims = new Set<string>();
  for (const e of events) {
    if (contains(title, e)) continue;
    bodyKeys.add(numbersKey(e));
    // "stole 1.5 trillion won" over "stole 1.5 trillion won ($1.1 billion)": the body leads with dollars.
    for (const equivalent of e.equivalents) bodyKeys.add(numbersKey(e, equivalent));
    bodyTypes.add(e.type);
    if (victimKey(e)) bodyVictims.add(victimKey(e));
  }
  const repeated = (e: EventRecord) =>
    hasNumbers(e) ? bodyKeys.has(numbersKey(e)) || bodyVictims.has(victimKey(e)) : bodyTypes.has(e.type);
  return events.filter((e) => !contains(title, e) || !repeated(e));
}
